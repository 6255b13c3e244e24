/** A word or punctuation mark of one sentence, with where it is. */
export interface SentenceToken {
  /** Lower-case word, or the punctuation character (stems are taken where needed: `stemWord`). */
  word: string;
  start: number;
  end: number;
  punct: boolean;
  /** The value of a digit number ("1,200" → 1200). */
  number?: number;
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+(?:'\p{L}+)*|[.,;:!?()"%$]/gu;
// The same for ASCII text, where \p{L} is [A-Za-z]: most posts, and the non-Unicode pattern is faster.
const ASCII_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:'[A-Za-z]+)*|[.,;:!?()"%$]/g;
const NON_ASCII = /[\u0080-\uFFFF]/;

/**
 * The words and clause punctuation of a sentence.
 *
 * @example sentenceTokens('Road closed.').map((t) => t.word) // ['road', 'closed', '.']
 */
export function sentenceTokens(sentence: string): SentenceToken[] {
  const out: SentenceToken[] = [];
  const pattern = NON_ASCII.test(sentence) ? TOKEN : ASCII_TOKEN;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(sentence)) !== null) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // "6 000" is 6,000 whose comma became a space (a post's comparable text).
      const prev = out[out.length - 1];
      if (raw.length === 3 && prev?.number !== undefined && prev.word.length <= 3 && /^\d+$/.test(prev.word) && start === prev.end + 1 && sentence.charCodeAt(prev.end) === 32) {
        const word = `${prev.word}${raw}`;
        out[out.length - 1] = { word, start: prev.start, end, punct: false, number: Number(word) };
        continue;
      }
      out.push({ word: raw, start, end, punct: false, number: Number(raw.replace(/,/g, '')) });
    } else if (raw.length === 1 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127)) {
      // Every token has all five fields (number undefined for words), so the extractors that
      // read tokens see one object shape.
      out.push({ word: raw, start, end, punct: true, number: undefined });
    } else {
      out.push({ word: raw.toLowerCase(), start, end, punct: false, number: undefined });
    }
  }
  return out;
}

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'hasnt', 'havent', 'hadnt', 'wont', 'cant', 'couldnt', 'shouldnt', 'nowhere']);
// Words that end the reach of a negation before them ("not X but Y").
const BREAKS = new Set(['but', 'however', 'although', 'though', 'yet', 'and', 'while', 'whereas']);

// Contractions whose apostrophe was turned into a space ("isn t" in a post's comparable text).
const SPLIT_CONTRACTION = new Set(['isn', 'aren', 'wasn', 'weren', 'don', 'doesn', 'didn', 'hasn', 'haven', 'hadn', 'won', 'can', 'couldn', 'shouldn', 'wouldn', 'ain']);

/** Whether `word` negates what follows it ("not", "isn't", "never", "no"). */
export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/** Whether token `i` negates what follows: a negating word, or the "t" of a split "isn t". */
export function isNegatorAt(tokens: readonly SentenceToken[], i: number): boolean {
  const word = (tokens[i] as SentenceToken).word;
  if (word === 't') return SPLIT_CONTRACTION.has(tokens[i - 1]?.word ?? '');
  return isNegator(word);
}

// Auxiliaries do not use up a negation's reach: "no one has been arrested" is as negated as "no one was hurt".
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/**
 * Where the negation of token `at` starts: the index of a negating word within `reach` (3) words,
 * auxiliaries not counted, before it, in its clause ("is not closed", "has never been found", "no one was hurt", "has
 * yet to be found", "no longer"), or -1.
 *
 * @example negationBefore(sentenceTokens('the road is not closed'), 4) // 3
 */
export function negationBefore(tokens: readonly SentenceToken[], at: number, reach = 3): number {
  const near = negationWithin(tokens, at, reach);
  return near >= 0 ? near : negatedSubject(tokens, at);
}

// Determiners that negate a whole subject: "no firefighters or members of the public were injured".
const SUBJECT_NEGATORS = new Set(['no', 'nobody', 'none', 'neither', 'nothing']);
// Words that start another clause inside the subject ("no one knows why the workers were hurt").
const CLAUSE_STARTS = new Set(['that', 'which', 'who', 'whom', 'whose', 'why', 'when', 'where', 'how', 'if', 'whether', 'because', 'after', 'before', 'since', 'until', 'says', 'said', 'knows', 'know', 'think', 'thinks']);
const SUBJECT_REACH = 8;

/** A negating determiner opening the subject of the passive or copula just before `at`, or -1. */
function negatedSubject(tokens: readonly SentenceToken[], at: number): number {
  // A phrase that opens with its own "no" ("... and no injuries have been reported") is its own subject.
  if (SUBJECT_NEGATORS.has(tokens[at]?.word ?? '')) return -1;
  // "no one was shot or hurt": a second participle joined to the first shares its subject.
  const joined = tokens[at - 1]?.word === 'or' || tokens[at - 1]?.word === 'and';
  const verb = joined && !(tokens[at - 2] as SentenceToken | undefined)?.punct && AUXILIARY.has(tokens[at - 3]?.word ?? '') ? at - 2 : at;
  if (!AUXILIARY.has(tokens[verb - 1]?.word ?? '')) return -1;
  // "No homes or other structures have been damaged": the subject ends before the whole verb.
  let first = verb - 1;
  while (first > 0 && AUXILIARY.has(tokens[first - 1]?.word ?? '') && !(tokens[first - 1] as SentenceToken).punct) first--;
  for (let i = first - 1; i >= 0 && i >= first - SUBJECT_REACH; i--) {
    const t = tokens[i] as SentenceToken;
    if (t.punct || BREAKS.has(t.word) || CLAUSE_STARTS.has(t.word)) return -1;
    if (SUBJECT_NEGATORS.has(t.word)) return i;
    // "not one student was hurt", "not a single person was injured".
    if (t.word === 'not' && (tokens[i + 1]?.word === 'one' || (tokens[i + 1]?.word === 'a' && tokens[i + 2]?.word === 'single'))) return i;
    if (AUXILIARY.has(t.word) || isNegatorAt(tokens, i)) return -1;
  }
  return -1;
}

function negationWithin(tokens: readonly SentenceToken[], at: number, reach: number): number {
  let left = reach;
  for (let i = at - 1; i >= 0 && left > 0 && i >= at - reach - 3; i--) {
    const t = tokens[i] as SentenceToken;
    // "no $$ approved": a currency sign is a word of the phrase, not a clause break.
    if (t.word === '$') continue;
    if (!AUXILIARY.has(t.word)) left--;
    if (t.punct) return -1;
    if (isNegatorAt(tokens, i)) return t.word === 't' ? i - 1 : i;
    if (t.word === 'longer' && tokens[i - 1]?.word === 'no') return i - 1;
    if (t.word === 'yet' && tokens[i + 1]?.word === 'to') return i;
    if (BREAKS.has(t.word)) return -1;
  }
  return -1;
}
