import { normalizeUnicode } from '../text/normalize';
import { stemWord } from '../text/stem';
import { NUMBER_WORDS, STOP_WORDS } from '../text/stop-words';
import { CUE_FAMILIES, CUE_FAMILY_NAMES, HEDGE_WORDS, NEGATION_WORDS, REFUTE_WORDS, SCOPE_ALL_WORDS, SCOPE_PART_WORDS } from './cue-words';
import { spelledNumbersToDigits } from '../text/spelled-numbers';

const FAMILY_OF = new Map<string, number>();
CUE_FAMILY_NAMES.forEach((name, i) => {
  for (const w of CUE_FAMILIES[name]) FAMILY_OF.set(w, i);
});

/** One sentence of a claim or statement, reduced to what the stance features compare. */
export interface AnalysedSentence {
  text: string;
  /** Content-word stems (numbers as digits), in order of first appearance. */
  content: string[];
  contentSet: ReadonlySet<string>;
  /** Adjacent content stems, "a b", for phrase overlap. */
  bigrams: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  /** Content stems said under a negation ("not closed" → closed). */
  negated: ReadonlySet<string>;
  /**
   * Every content stem within a negation's reach, not only the first: "No inmates escaped"
   * denies the escape as much as the inmates. For telling whether a post denies what the
   * statement denies; `negated` stays the first word, as the model was fitted on.
   */
  negatedNear: ReadonlySet<string>;
  refute: number;
  hedge: number;
  negation: number;
  scopeAll: number;
  scopePart: number;
  question: boolean;
  /** The first word as written for each stem, for reasons shown to a person. */
  surfaces: ReadonlyMap<string, string>;
  /** How many words of each cue family (CUE_FAMILY_NAMES order). */
  families: number[];
}

export interface AnalysedText {
  text: string;
  sentences: AnalysedSentence[];
  contentSet: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  words: number;
}

const NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS));
const WORD = /\d[\d,]*(?:\.\d+)?|[\p{L}][\p{L}\p{N}']*/gu;
// The same for lower-cased ASCII text (most posts and statements), where \p{L} is [A-Za-z] and
// \p{N} is [0-9]: the non-Unicode pattern is several times faster.
const ASCII_WORD = /\d[\d,]*(?:\.\d+)?|[A-Za-z][A-Za-z0-9']*/g;
const NON_ASCII = /[\u0080-\uFFFF]/;
// A sentence ends at . ! ? or a line break; abbreviations cost a spurious split, which only
// moves the best-aligned window a little.
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
const URL = /https?:\/\/\S+|www\.\S+/gi;
const SPACES = /\s+/g;
// Whitespace that SPACES would change: anything but a single space.
const IRREGULAR_SPACE = /[^\S ]| {2}/;
const CONTRACTION = /n't\b/g;
const APOSTROPHE = /['’]/g;
// A negation reaches the first content word within the next few words ("has not been closed",
// "no injuries"), not every word after it: "no need to boil water" denies the need, not the water.
const NEGATION_REACH = 3;

// A question asks rather than asserts: a final question mark, or an opening auxiliary or
// "anyone know" and a closing "or nah" / "or not", the way posts ask without one.
const QUESTION_END = /(\?|\bor (nah|not|no))[\s?!.\p{Extended_Pictographic}]*$/iu;
const QUESTION_START = /^\W*(is|are|was|were|does|do|did|would|could|has|have|any(one|body) (know|heard?))\s+(?!not\b)/i;

// QUESTION_END needs a question mark or "or n…": most posts have neither, and the pattern, with
// its Unicode property class, cost more than the rest of the check on them.
const MAY_END_AS_QUESTION = /\?|or n/iu;

function isQuestion(text: string): boolean {
  return (MAY_END_AS_QUESTION.test(text) && QUESTION_END.test(text)) || (QUESTION_START.test(text) && !/[.!]\s+\S/.test(text));
}

/** What sentenceOf reads of one lower-case word; a pure function of the word. */
interface WordInfo {
  /** Index of its cue family in CUE_FAMILY_NAMES, or -1. */
  family: number;
  refute: number;
  hedge: number;
  scopeAll: number;
  scopePart: number;
  negation: boolean;
  /** The content term it gives (a stem, or a number as digits), or null for a stop word. */
  term: string | null;
}

// One lookup per word instead of eight: posts reuse a small vocabulary, and the separate set
// lookups were a large share of reading a claim. Bounded like the stem cache.
const WORD_INFO = new Map<string, WordInfo>();
const WORD_INFO_LIMIT = 200_000;

function wordInfo(word: string): WordInfo {
  let info = WORD_INFO.get(word);
  if (info !== undefined) return info;
  const negation = NEGATION_WORDS.has(word);
  let term: string | null = null;
  const spelled = NUMBER_WORD.get(word);
  // A negating word is never a term (sentenceOf moves on before reading one).
  if (negation) term = null;
  else if (spelled !== undefined && word !== 'one' && word !== 'single') term = spelled;
  else if (word.charCodeAt(0) <= 57) term = word.replace(/,/g, '');
  else if (!STOP_WORDS.has(word) && word.length > 1) term = stemWord(word);
  info = {
    family: FAMILY_OF.get(word) ?? -1,
    refute: REFUTE_WORDS.has(word) ? 1 : 0,
    hedge: HEDGE_WORDS.has(word) ? 1 : 0,
    scopeAll: SCOPE_ALL_WORDS.has(word) ? 1 : 0,
    scopePart: SCOPE_PART_WORDS.has(word) ? 1 : 0,
    negation,
    term,
  };
  if (WORD_INFO.size < WORD_INFO_LIMIT) WORD_INFO.set(word, info);
  return info;
}

// What may follow digits and change what they say. An ordinal ("5th & 7th ave", "the 1st
// Wednesday") is kept apart from a count of the same digits; a scale multiplies ("18.4k customers", "$2.5m", "6 thousand"),
// the way the key-fact reader reads them (facts/read-number.ts). "m" and "b" are a scale only
// after a dollar sign: "5m" is as often metres or minutes.
const ORDINAL_AFTER = /(?:st|nd|rd|th)\b/y;
const GLUED_SCALE_AFTER = /(k|mm|m|mil|bn|b)\b/y;
const WORD_SCALE_AFTER = /\s+(thousand|million|billion)\b/y;
const SCALE_OF = new Map([['k', 1e3], ['thousand', 1e3], ['m', 1e6], ['mm', 1e6], ['mil', 1e6], ['million', 1e6], ['b', 1e9], ['bn', 1e9], ['billion', 1e9]]);
const MONEY_ONLY_SCALES = new Set(['m', 'mm', 'b', 'bn', 'mil']);

/** The term a number token gives with what follows it, and where reading goes on; null when nothing follows. */
function readAfterDigits(lowered: string, start: number, end: number, digits: string): { term: string; isNumber: boolean; end: number } | null {
  ORDINAL_AFTER.lastIndex = end;
  const ordinal = ORDINAL_AFTER.exec(lowered);
  if (ordinal !== null && !digits.includes('.')) return { term: `${digits}${ordinal[0]}`, isNumber: true, end: ORDINAL_AFTER.lastIndex };
  GLUED_SCALE_AFTER.lastIndex = end;
  let scale = GLUED_SCALE_AFTER.exec(lowered);
  let next = GLUED_SCALE_AFTER.lastIndex;
  if (scale === null) {
    WORD_SCALE_AFTER.lastIndex = end;
    scale = WORD_SCALE_AFTER.exec(lowered);
    next = WORD_SCALE_AFTER.lastIndex;
  }
  if (scale === null) return null;
  const unit = scale[1] as string;
  if (MONEY_ONLY_SCALES.has(unit) && lowered.charCodeAt(start - 1) !== 36 /* $ */) return null;
  const value = Number(digits) * (SCALE_OF.get(unit) as number);
  if (!Number.isFinite(value)) return null;
  return { term: String(Math.round(value)), isNumber: true, end: next };
}

function sentenceOf(text: string): AnalysedSentence {
  const content: string[] = [];
  const contentSet = new Set<string>();
  const bigrams = new Set<string>();
  const numbers = new Set<string>();
  const negated = new Set<string>();
  const negatedNear = new Set<string>();
  const surfaces = new Map<string, string>();
  let refute = 0;
  let hedge = 0;
  let negation = 0;
  let scopeAll = 0;
  let scopePart = 0;
  let lastNegation = -100;
  let lastNegationNear = -100;
  let previous: string | null = null;
  const families = new Array<number>(CUE_FAMILY_NAMES.length).fill(0);
  let position = 0;
  let lowered = text.toLowerCase();
  // Both rewrites need an apostrophe, which most posts do not have.
  if (lowered.includes("'") || lowered.includes('’')) lowered = lowered.replace(CONTRACTION, 'nt').replace(APOSTROPHE, '');
  lowered = spelledNumbersToDigits(lowered);
  // exec on a module-level pattern: sentenceOf never re-enters itself while the loop runs.
  const pattern = NON_ASCII.test(lowered) ? WORD : ASCII_WORD;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(lowered)) !== null) {
    let word = match[0];
    position++;
    const info = wordInfo(word);
    let term = info.term;
    let isNumber = term !== null && term.charCodeAt(0) <= 57;
    if (isNumber) {
      const read = readAfterDigits(lowered, match.index, pattern.lastIndex, term as string);
      if (read !== null) {
        pattern.lastIndex = read.end;
        term = read.term;
        isNumber = read.isNumber;
        word = lowered.slice(match.index, read.end);
      }
    }
    if (info.family >= 0) families[info.family] = (families[info.family] as number) + 1;
    refute += info.refute;
    hedge += info.hedge;
    scopeAll += info.scopeAll;
    scopePart += info.scopePart;
    if (info.negation) {
      negation++;
      lastNegation = position;
      lastNegationNear = position;
      previous = null;
      continue;
    }
    if (term === null) continue;
    if (isNumber) numbers.add(term);
    if (!contentSet.has(term)) {
      contentSet.add(term);
      content.push(term);
      surfaces.set(term, word);
    }
    if (position - lastNegationNear <= NEGATION_REACH) negatedNear.add(term);
    if (position - lastNegation <= NEGATION_REACH) {
      negated.add(term);
      lastNegation = -100;
    }
    if (previous !== null) bigrams.add(`${previous} ${term}`);
    previous = term;
  }
  return { text, content, contentSet, bigrams, numbers, negated, negatedNear, refute, hedge, negation, scopeAll, scopePart, question: isQuestion(text), families, surfaces };
}

/**
 * A text split into sentences and reduced to stems, cue counts and negated terms. Pure and
 * deterministic; callers cache statements' analyses, since a statement is compared with many claims.
 *
 * @example analyseText('The bridge is not closed. Traffic flows.').sentences[0].negated.has('close') // true
 */
export function analyseText(text: string): AnalysedText {
  const parts = normalizeUnicode(text).replace(URL, ' ').split(SENTENCE_END);
  const sentences: AnalysedSentence[] = [];
  for (const part of parts) {
    const trimmed = part.trim();
    if (trimmed) sentences.push(sentenceOf(trimmed));
  }
  if (!sentences.length) sentences.push(sentenceOf(''));
  const contentSet = new Set<string>();
  const numbers = new Set<string>();
  let words = 0;
  for (const s of sentences) {
    for (const t of s.content) contentSet.add(t);
    for (const n of s.numbers) numbers.add(n);
    words += s.content.length;
  }
  return { text, sentences, contentSet, numbers, words };
}

/**
 * A claim as one unit: posts are short, and a negation or number anywhere in them counts.
 *
 * @example analyseClaim('Bridge NOT closed!').negated.has('close') // true
 */
export function analyseClaim(text: string): AnalysedSentence {
  const plain = normalizeUnicode(text).replace(URL, ' ');
  // Collapsing runs of whitespace rebuilt every post, though most have none to collapse.
  return sentenceOf((IRREGULAR_SPACE.test(plain) ? plain.replace(SPACES, ' ') : plain).trim());
}
