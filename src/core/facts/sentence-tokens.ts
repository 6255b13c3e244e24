import { stemWord } from '../text/stem';

/** A word or punctuation mark of one sentence, with where it is. */
export interface SentenceToken {
  /** Lower-case word, or the punctuation character. */
  word: string;
  /** Porter2 stem of `word` (the word itself for numbers and punctuation). */
  stem: string;
  start: number;
  end: number;
  punct: boolean;
  /** The value of a digit number ("1,200" → 1200). */
  number?: number;
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+(?:'\p{L}+)*|[.,;:!?()"%$]/gu;

/**
 * The words and clause punctuation of a sentence; stems come from the shared cache.
 *
 * @example sentenceTokens('Road closed.').map((t) => t.stem) // ['road', 'close', '.']
 */
export function sentenceTokens(sentence: string): SentenceToken[] {
  const out: SentenceToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(sentence)) !== null) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out.push({ word: raw, stem: raw, start, end, punct: false, number: Number(raw.replace(/,/g, '')) });
    } else if (raw.length === 1 && !/\p{L}/u.test(raw)) {
      out.push({ word: raw, stem: raw, start, end, punct: true });
    } else {
      const word = raw.toLowerCase().replace(/\u2019/g, "'");
      out.push({ word, stem: stemWord(word), start, end, punct: false });
    }
  }
  return out;
}

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'hasnt', 'havent', 'hadnt', 'wont', 'cant', 'couldnt', 'shouldnt', 'nowhere']);
// Words that end the reach of a negation before them ("not X but Y").
const BREAKS = new Set(['but', 'however', 'although', 'though', 'yet', 'and', 'while', 'whereas']);

/** Whether `word` negates what follows it ("not", "isn't", "never", "no"). */
export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/**
 * The negating word within `reach` words before token `at`, in its clause: "is not closed",
 * "has never been found", "no one was hurt", "has yet to be found".
 *
 * @example negationBefore(sentenceTokens('the road is not closed'), 4) // 'not'
 */
export function negationBefore(tokens: readonly SentenceToken[], at: number, reach = 4): string | null {
  for (let i = at - 1; i >= 0 && i >= at - reach; i--) {
    const t = tokens[i] as SentenceToken;
    if (t.punct) return null;
    if (isNegator(t.word)) return t.word;
    if (t.word === 'longer' && tokens[i - 1]?.word === 'no') return 'no longer';
    if (t.word === 'yet' && tokens[i + 1]?.word === 'to') return 'yet to';
    if (BREAKS.has(t.word)) return null;
  }
  return null;
}
