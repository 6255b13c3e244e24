import { NUMBER_WORDS } from './stop-words';

/** Each spelled number word's value: 'twelve' → 12. */
export const WORD_NUMBER_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS).map(([w, v]) => [w, Number(v)]));
const VALUES = WORD_NUMBER_VALUES;
// Number words that start no compound: "a dozen", "a couple", "a single".
const NOT_COMPOUNDING = new Set(['dozen', 'couple', 'single']);

/**
 * The number spelled by the words from `at` on: "twenty five" (a post's "twenty-five" reaches
 * the readers as two words), "six hundred fifty", "six hundred and fifty", "two thousand five
 * hundred". Reading stops at the first word that cannot continue the number ("one two" is one);
 * `to` is the index of its last word, `at` itself when no word joined.
 *
 * @example composeSpelled((i) => ['six', 'hundred', 'fifty'][i], 0) // { value: 650, to: 2 }
 */
export function composeSpelled(wordAt: (index: number) => string | undefined, at: number): { value: number; to: number } | null {
  const firstWord = wordAt(at);
  const first = firstWord === undefined ? undefined : VALUES.get(firstWord);
  if (first === undefined || firstWord === undefined) return null;
  if (NOT_COMPOUNDING.has(firstWord)) return { value: first, to: at };
  let total = 0;
  let current = first;
  let to = at;
  for (let j = at + 1; ; j++) {
    let word = wordAt(j);
    let next = j;
    if (word === 'and' && current >= 100 && current % 100 === 0) {
      next = j + 1;
      word = wordAt(next);
    }
    const v = word === undefined || NOT_COMPOUNDING.has(word) ? undefined : VALUES.get(word);
    if (v === undefined || v === 0) break;
    if (v === 100) {
      if (current === 0 || current >= 100) break;
      current *= 100;
    } else if (v >= 1000) {
      if (current === 0) break;
      total += current * v;
      current = 0;
    } else if (current === 0 && total > 0) current = v;
    else if (v < 10 && current % 100 >= 20 && current % 10 === 0) current += v;
    else if (v < 100 && current >= 100 && current % 100 === 0) current += v;
    else break;
    to = next;
    j = next;
  }
  return { value: total + current, to };
}

const NUMBER_WORD_SOURCE = [...VALUES.keys()].filter((w) => !NOT_COMPOUNDING.has(w)).join('|');
/** Two or more number words in a row (with hyphens or "and" between): the only text worth rewriting. */
const SPELLED_RUN = new RegExp(String.raw`\b(?:${NUMBER_WORD_SOURCE})(?:(?:\s+|-)(?:and\s+)?(?:${NUMBER_WORD_SOURCE}))+\b`, 'g');

/**
 * Lower-case text with every compound spelled number written in digits, so "six hundred fifty
 * poll workers" and "650 poll workers" give the same number term. Single number words stay.
 *
 * @example spelledNumbersToDigits('forty-one votes') // '41 votes'
 */
export function spelledNumbersToDigits(lowered: string): string {
  SPELLED_RUN.lastIndex = 0;
  if (!SPELLED_RUN.test(lowered)) return lowered;
  return lowered.replace(SPELLED_RUN, (run) => {
    const words = run.split(/[\s-]+/);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const read = composeSpelled((k) => words[k], i);
      if (read && read.to > i) {
        out.push(String(read.value));
        i = read.to;
      } else out.push(words[i] as string);
    }
    return out.join(' ');
  });
}
