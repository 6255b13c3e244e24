import { comparableText } from '../text/normalize';
import { wordTable } from '../text/word-table';
import { stemWord } from '../text/stem';

/**
 * Function words dropped before stemmed-token comparison. Negations are kept on purpose:
 * "bridge not closed" and "bridge closed" are different claims.
 */
const STOP_WORDS = new Set(
  `a an the and or but if of to in on at by for from with as is are was were be been being am it its this that these those
i me my we our you your he she they them his her their there here so than then too very just also rt via amp
do does did have has had will would can could should may might im ive dont thats lol omg pls please`.split(/\s+/),
);

const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'cant', 'cannot', 'wont', 'isnt', 'arent', 'wasnt', 'didnt', 'doesnt', 'fake', 'false', 'hoax']);

const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', fifty: '50', hundred: '100', dozen: '12',
});

/** A text prepared once for every pair comparison and for blocking. */
export interface PreparedText {
  /** `comparableText` of the post: lower-case, no URLs/handles/emoji, hashtags split. */
  comparable: string;
  /** Every word of `comparable`, in order (stop words included). */
  words: string[];
  /** Stemmed content words (stop words dropped, number words as digits), in order. */
  stems: string[];
  stemSet: Set<string>;
  wordSet: Set<string>;
  /** Adjacent stem pairs, and the first four letters of each stem (a cheap typo-tolerant match). */
  stemBigrams: Set<string>;
  prefixes: Set<string>;
  /** Digit strings in the text. */
  numbers: string[];
  /** Whether the text carries a negation or denial word. */
  negated: boolean;
  /**
   * Distinct character bigrams of the text without spaces (ascending codes) and how often each
   * occurs: the Dice coefficient's input, intersected by one merge pass.
   */
  bigrams: Uint32Array;
  bigramCounts: Uint32Array;
  bigramTotal: number;
  /**
   * Distinct character 3- and 4-grams of ` text ` as numeric codes, sorted ascending. Sorted
   * arrays intersect by one merge pass; Set lookups of these codes (beyond small integers, so
   * hashed as heap numbers) were the single costliest step of a pair comparison.
   */
  grams3: Float64Array;
  grams4: Float64Array;
}

/**
 * Prepares a post text for clustering comparisons.
 *
 * @example prepareText('RT @a: Elm St bridge CLOSED!! #flood').stems // ['elm', 'st', 'bridg', 'close', 'flood']
 */
export function prepareText(text: string): PreparedText {
  return prepareComparable(comparableText(text));
}

/** Same as {@link prepareText} for text that is already in comparable form. */
export function prepareComparable(comparable: string): PreparedText {
  const words = comparable ? comparable.split(' ') : [];
  const stems: string[] = [];
  const numbers: string[] = [];
  let negated = false;
  for (const raw of words) {
    const word = NUMBER_WORDS[raw] ?? raw;
    if (NEGATIONS.has(word)) negated = true;
    if (/^\d+$/.test(word)) {
      numbers.push(word);
      stems.push(word);
      continue;
    }
    if (STOP_WORDS.has(word) || word.length < 2) continue;
    stems.push(stemWord(word));
  }
  const squeezed = comparable.replace(/ /g, '');
  const pairs = new Uint32Array(Math.max(0, squeezed.length - 1));
  for (let i = 0; i + 1 < squeezed.length; i++) pairs[i] = squeezed.charCodeAt(i) * 65536 + squeezed.charCodeAt(i + 1);
  pairs.sort();
  const [bigrams, bigramCounts] = runs(pairs);
  const padded = ` ${comparable} `;
  const count = Math.max(0, padded.length - 2);
  const codes3 = new Float64Array(count);
  const codes4 = new Float64Array(Math.max(0, count - 1));
  for (let i = 0; i + 3 <= padded.length; i++) {
    // Codes stay below 2^53 so they are exact numbers: 3 × 16 bits, or 4 × 13 bits for 4-grams
    // (characters above U+1FFF fold together there, which only blurs that one feature).
    const c1 = padded.charCodeAt(i);
    const c2 = padded.charCodeAt(i + 1);
    const c3 = padded.charCodeAt(i + 2);
    codes3[i] = (c1 * 65536 + c2) * 65536 + c3;
    if (i + 4 <= padded.length) {
      const c4 = padded.charCodeAt(i + 3);
      codes4[i] = ((c1 & 0x1fff) * 8192 + (c2 & 0x1fff)) * 67108864 + (c3 & 0x1fff) * 8192 + (c4 & 0x1fff);
    }
  }
  const grams3 = distinctSorted(codes3);
  const grams4 = distinctSorted(codes4);
  const stemBigrams = new Set<string>();
  for (let i = 1; i < stems.length; i++) stemBigrams.add(`${stems[i - 1]} ${stems[i]}`);
  const stemSet = new Set(stems);
  const prefixes = new Set<string>();
  for (const t of stemSet) prefixes.add(t.slice(0, 4));
  return { comparable, words, stems, stemSet, wordSet: new Set(words), stemBigrams, prefixes, numbers, negated, bigrams, bigramCounts, bigramTotal: pairs.length, grams3, grams4 };
}

/** The distinct values of a sorted array and how many times each occurs. */
function runs(sorted: Uint32Array): [Uint32Array, Uint32Array] {
  const values = new Uint32Array(sorted.length);
  const counts = new Uint32Array(sorted.length);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (n > 0 && values[n - 1] === sorted[i]) counts[n - 1] = (counts[n - 1] as number) + 1;
    else {
      values[n] = sorted[i] as number;
      counts[n] = 1;
      n++;
    }
  }
  return [values.subarray(0, n), counts.subarray(0, n)];
}

/** Sorts the codes and keeps each once (Sets of these large numbers hash slowly). */
function distinctSorted(codes: Float64Array): Float64Array {
  codes.sort();
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (n === 0 || codes[n - 1] !== codes[i]) codes[n++] = codes[i] as number;
  return codes.subarray(0, n);
}

/** Stemmed content words of a text, for blocking without the full preparation. */
export function blockingStems(comparable: string): string[] {
  return prepareStemsOnly(comparable);
}

function prepareStemsOnly(comparable: string): string[] {
  const out: string[] = [];
  for (const raw of comparable ? comparable.split(' ') : []) {
    const word = NUMBER_WORDS[raw] ?? raw;
    if (/^\d+$/.test(word)) out.push(word);
    else if (!STOP_WORDS.has(word) && word.length >= 2) out.push(stemWord(word));
  }
  return out;
}
