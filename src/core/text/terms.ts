import { comparableText } from './normalize';
import { stemWord } from './stem';
import { wordTable } from './word-table';

/**
 * English function words that carry no claim content. Negations ("not", "no", "never") are
 * deliberately absent: stance detection needs them, and "not closed" must not match "closed".
 */
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can could
did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in
into is it its itself just let me more most my myself of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself yourselves rt via amp just really also
get got im ive dont thats theres lol omg pls please today tonight now`.split(/\s+/),
);

const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', twenty: '20', thirty: '30', fifty: '50', hundred: '100', dozen: '12',
});

/**
 * The content terms of a text: comparable text (no URLs, handles, emojis; hashtags split),
 * stop words dropped, number words as digits, Porter2 stems.
 *
 * @example contentTerms('BREAKING: twelve dead at #NorthgateHigh') // ['break', '12', 'dead', 'northgat', 'high']
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of comparableText(text).split(' ')) {
    if (!raw) continue;
    const word = NUMBER_WORDS[raw] ?? raw;
    if (STOP_WORDS.has(word)) continue;
    if (/^\d+$/.test(word)) {
      out.push(word);
      continue;
    }
    if (word.length < 2) continue;
    out.push(stemWord(word));
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}
