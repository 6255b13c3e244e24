import { normalizeUnicode } from '../text/normalize';

// Abbreviations that end in a dot without ending the sentence ("Elm St. bridge", "10 a.m.").
const ABBREVIATIONS = /(?:\b(?:St|Ave|Rd|Blvd|Dr|Mr|Mrs|Ms|Sgt|Lt|Capt|Det|Ofc|No|Co|Inc|Jr|Sr|vs|approx|est)|\b[a-z]\.[a-z])\.$/i;

const STOPWORDS = new Set(
  ('the a an and or but of to in on at for from by with is are was were be been it its this that these those ' +
    'there here they them we our you your he she his her not no yes has have had will would can could do does ' +
    'did as into about after before over under than then so just all any some more most very also now today')
    .split(' '),
);

/** Whether text ends in an abbreviation's dot ("Elm St.", "Dr.", "10 a.m."), not a sentence's. */
export function endsWithAbbreviation(text: string): boolean {
  return ABBREVIATIONS.test(text.slice(-8));
}

/** Split prose into sentences without breaking on "St." or "a.m.". */
export function splitSentences(text: string): string[] {
  const clean = normalizeUnicode(text);
  const sentences: string[] = [];
  let start = 0;
  for (const m of clean.matchAll(/[.!?]+(?=\s+["'(]?[A-Z0-9])/g)) {
    const end = (m.index ?? 0) + m[0].length;
    if (endsWithAbbreviation(clean.slice(Math.max(0, end - 8), end))) continue;
    sentences.push(clean.slice(start, end).trim());
    start = end;
  }
  sentences.push(clean.slice(start).trim());
  return sentences.filter((s) => s.length > 0);
}

/** Lower-case content words, crudely de-pluralised, for overlap scoring. */
export function contentWords(text: string): Set<string> {
  const words = normalizeUnicode(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)).map((w) => w.replace(/(?<=\w{3})s$/, '')));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n += 1;
  return n;
}

/** A sentence that reports what others say: "We are aware of posts claiming…", "Posts circulating claim…". */
const REPORTS_CLAIM =
  /\b(?:we(?: are|'re) aware of|we(?: have|'ve) (?:seen|heard)|(?:posts?|rumou?rs?|reports?|messages?|claims?|videos?|stories)\b[^.;]{0,60}?\b(?:claim(?:s|ing)?|say(?:s|ing)?|suggest(?:s|ing)?|alleg(?:e|es|ing)|stat(?:e|es|ing))\b)/i;
/** What makes such a sentence the department's answer after all: "Rumors that … are false." */
const DENIES = /\b(?:false|untrue|not true|inaccurate|not accurate|no evidence|did not|didn't|has not|hasn't|have not|is not|isn't|are not|aren't|was not|were not|no truth|incorrect|misleading|hoax)\b/i;

/**
 * Whether a sentence only restates the rumor. A statement often opens with one ("We are aware of
 * posts claiming that 12 people were killed…"); it shares the most words with the claim, and as
 * the draft's "fact" it would publish the rumor as the department's word.
 */
export function restatesRumor(sentence: string): boolean {
  return REPORTS_CLAIM.test(sentence) && !DENIES.test(sentence);
}

export interface StatementFacts {
  /** The sentence that best answers the claim (the first sentence on a tie: the lede). */
  fact: string;
  /** Another sentence that backs the fact up, or "". */
  evidence: string;
}

/**
 * Pick the fact to lead with and a supporting sentence from a statement body.
 *
 * @example
 * extractFacts('The Elm St. bridge is open. Engineers found no damage. Crews leave at 5.', 'elm st bridge collapsed')
 * // {fact: 'The Elm St. bridge is open.', evidence: 'Engineers found no damage.'}
 */
export function extractFacts(body: string, claimText: string, fallbackTitle = ''): StatementFacts {
  const sentences = splitSentences(body).filter((sentence) => !restatesRumor(sentence));
  if (sentences.length === 0) return { fact: ensureSentence(fallbackTitle), evidence: '' };
  const claim = contentWords(claimText);
  // The lede is usually the fact; a later sentence must overlap the claim more to replace it.
  const scored = sentences.map((s, i) => ({ s, i, score: overlap(contentWords(s), claim) + (i === 0 ? 0.5 : 0) }));
  const best = [...scored].sort((a, b) => b.score - a.score || a.i - b.i)[0];
  const fact = best ? best.s : sentences[0] ?? '';
  const rest = scored.filter((x) => x.s !== fact);
  // Evidence: the sentence right after the fact reads most naturally; else the next best one.
  const next = rest.find((x) => x.i === (best?.i ?? 0) + 1) ?? rest[0];
  return { fact: ensureSentence(fact), evidence: next ? ensureSentence(next.s) : '' };
}

function ensureSentence(s: string): string {
  const t = s.trim();
  if (!t) return '';
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
