import { composeSpelled, WORD_NUMBER_VALUES } from '../text/spelled-numbers';
import type { SentenceToken } from './sentence-tokens';

/** A number read from words, with the range they allow and how many tokens it took. */
export interface ReadNumber {
  range: [number, number];
  /** Tokens from the first (qualifier included) to the last word of the number. */
  from: number;
  to: number;
  /** "no", "nobody", "zero": a count ruled out. */
  zero: boolean;
}

const WORD_NUMBERS = WORD_NUMBER_VALUES;
// Vague amounts as the range a reader would accept for them.
const VAGUE = new Map<string, [number, number]>([
  ['dozens', [24, 99]],
  ['hundreds', [200, 999]],
  ['thousands', [2000, 9999]],
  ['several', [3, 9]],
  ['few', [2, 5]],
  ['handful', [2, 6]],
  ['multiple', [2, 20]],
  ['numerous', [5, 99]],
]);
/** Words that rule a count out: "no", "nobody". */
export const ZERO: ReadonlySet<string> = new Set(['no', 'zero', 'nobody', 'none']);
// Every word that can start a number, so most words are turned away with one lookup.
const NUMBER_STARTS = new Set([...ZERO, ...VAGUE.keys(), ...WORD_NUMBERS.keys()]);
const INF = Number.POSITIVE_INFINITY;

/**
 * A range as an array of doubles whatever its values: ranges of whole numbers and ranges reaching
 * Infinity were arrays of two element kinds, and each new kind made V8 drop the optimised code
 * of the functions that compare them.
 */
function span(lo: number, hi: number): [number, number] {
  const out: [number, number] = [0.5, 0.5];
  out[0] = lo;
  out[1] = hi;
  return out;
}

// Scales written after digits: "$5k", "5 thousand", "$3.4 million", "$2.5M", "1.2 billion".
const SCALES = new Map([['k', 1e3], ['thousand', 1e3], ['mil', 1e6], ['million', 1e6], ['m', 1e6], ['mm', 1e6], ['b', 1e9], ['bn', 1e9], ['billion', 1e9]]);
// Letters that are a scale only glued to the digits ("5k"), and "m"/"b" only after a dollar sign
// ("$2.5M"; "5m" is as often metres or minutes).
const GLUED = new Set(['k', 'm', 'mm', 'b', 'bn']);
const MONEY_ONLY = new Set(['m', 'mm', 'b']);
const RACES = new Set(['race', 'run', 'walk', 'fun', 'runners', 'course']);

function scaleAfter(tokens: readonly SentenceToken[], at: number): number | undefined {
  const next = tokens[at + 1];
  const digits = tokens[at] as SentenceToken;
  if (!next || next.punct || next.number !== undefined) return undefined;
  const scale = SCALES.get(next.word);
  if (scale === undefined) return undefined;
  if (GLUED.has(next.word) && next.start !== digits.end) return undefined;
  if (MONEY_ONLY.has(next.word) && tokens[at - 1]?.word !== '$') return undefined;
  // "a 5k race" is a distance.
  if (next.word === 'k' && RACES.has(tokens[at + 2]?.word ?? '')) return undefined;
  return scale;
}

function qualified(tokens: readonly SentenceToken[], numberAt: number, n: number): { range: [number, number]; from: number } {
  // "under a hundred", "nearly a dozen": the qualifier stands before the article.
  const article = tokens[numberAt - 1]?.word === 'a' || tokens[numberAt - 1]?.word === 'an';
  const at = article ? numberAt - 1 : numberAt;
  const w1 = tokens[at - 1]?.word;
  const w2 = tokens[at - 2]?.word;
  if ((w2 === 'at' && w1 === 'least') || (w2 === 'more' && w1 === 'than') || w1 === 'over' || w1 === 'upwards') return { range: span(n, INF), from: at - (w1 === 'least' || w1 === 'than' ? 2 : 1) };
  if (tokens[at - 3]?.word === 'no' && w2 === 'more' && w1 === 'than') return { range: span(0, n), from: at - 3 };
  if ((w2 === 'up' && w1 === 'to') || (w2 === 'fewer' && w1 === 'than') || (w2 === 'less' && w1 === 'than') || w1 === 'under') return { range: span(0, n), from: at - (w1 === 'under' ? 1 : 2) };
  if (w1 === 'about' || w1 === 'around' || w1 === 'nearly' || w1 === 'almost' || w1 === 'approximately' || w1 === 'roughly' || w1 === 'some' || w1 === 'estimated') {
    return { range: span(Math.floor(n * 0.8), Math.ceil(n * 1.2)), from: at - 1 };
  }
  return { range: span(n, n), from: numberAt };
}

/**
 * The number that token `at` starts, if any: digits, number words ("twelve", "a dozen"),
 * vague amounts ("dozens", "a few"), zero words ("no", "nobody"), with qualifiers ("at least 3").
 *
 * @example readNumber(sentenceTokens('at least 3 hurt'), 2)?.range // [3, Infinity]
 */
export function readNumber(tokens: readonly SentenceToken[], at: number): ReadNumber | null {
  const t = tokens[at];
  if (!t || t.punct) return null;
  if (t.number !== undefined) {
    const scale = scaleAfter(tokens, at);
    const q = qualified(tokens, at, scale ? Math.round(t.number * scale * 100) / 100 : t.number);
    return { range: q.range, from: q.from, to: scale ? at + 1 : at, zero: false };
  }
  if (!NUMBER_STARTS.has(t.word)) return null;
  // "not one injury", "not a single person": none.
  const notBefore = t.word === 'one' ? at - 1 : t.word === 'single' && tokens[at - 1]?.word === 'a' ? at - 2 : -1;
  if (notBefore >= 0 && tokens[notBefore]?.word === 'not' && tokens[at + 1]?.word !== 'but') return { range: span(0, 0), from: notBefore, to: at, zero: true };
  if (ZERO.has(t.word)) {
    // "no one" is one zero, not a zero and a one.
    const to = t.word === 'no' && tokens[at + 1]?.word === 'one' ? at + 1 : at;
    // "No one else was arrested", "no other injuries": none besides those named, which is no count.
    const after = tokens[to + 1]?.word;
    if (after === 'else' || after === 'other' || after === 'further' || after === 'additional') return null;
    return { range: span(0, 0), from: at, to, zero: true };
  }
  const vague = VAGUE.get(t.word);
  if (vague) return { range: span(vague[0], vague[1]), from: tokens[at - 1]?.word === 'a' ? at - 1 : at, to: at, zero: false };
  const n = WORD_NUMBERS.get(t.word);
  if (n === undefined) return null;
  // "one of the", "a single" are fine; "one" as a pronoun ("the one who") is not a count, nor
  // the "one" of a "no one" that read as no count ("no one else").
  if (t.word === 'one' && (tokens[at - 1]?.word === 'the' || tokens[at - 1]?.word === 'no')) return null;
  // "every single school" means all of them, not one.
  if (t.word === 'single' && tokens[at - 1]?.word === 'every') return null;
  // "two hundred", "twenty-five", "six hundred and fifty": the words after it join the number.
  const spelled = composeSpelled((k) => tokens[k]?.word, at);
  if (spelled && spelled.to > at) {
    const q = qualified(tokens, at, spelled.value);
    return { range: q.range, from: q.from, to: spelled.to, zero: false };
  }
  const q = qualified(tokens, at, n);
  return { range: q.range, from: tokens[q.from - 1]?.word === 'a' && (t.word === 'dozen' || t.word === 'couple') ? q.from - 1 : q.from, to: at, zero: false };
}

/** A range as a value string: '12', '24-99', '3+'. */
export function rangeValue(range: readonly [number, number]): string {
  const [lo, hi] = range;
  if (lo === hi) return String(lo);
  if (hi === INF) return `${lo}+`;
  return `${lo}-${hi}`;
}
