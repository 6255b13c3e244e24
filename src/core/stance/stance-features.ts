import { compareFacts, type ConflictWhy, type ContrastLexicon, type FactComparison, type KeyFact } from '../facts';
import { namesOnlyOtherPlaces } from './post-places';
import type { AnalysedSentence, AnalysedText } from './analyse-text';
import { CUE_FAMILY_NAMES } from './cue-words';

/** The claim as the features read it: its words and its key facts. */
export interface ClaimSide {
  analysis: AnalysedSentence;
  facts: KeyFact[];
}

/**
 * A statement (or any evidence) as the features read it; what is read per sentence is read on
 * first use and kept with the statement (`prepareStatementSide`).
 */
export interface EvidenceSide {
  analysis: AnalysedText;
  factsOf(sentence: number): KeyFact[];
  /** Whether the sentence reports a rumour going around (`reportsRumor`). */
  quotesRumor(sentence: number): boolean;
  /**
   * Whether the claim gives a status or outcome of the rumour this sentence reports the opposite
   * value ("Station 4 isn't closing" against "Some posts claim Station 4 will close"): it denies
   * the rumour as the statement does.
   */
  opposesQuotedRumor(sentence: number, claimFacts: readonly KeyFact[]): boolean;
  /** The words by which the statement calls the rumour this sentence reports untrue (`deniedReport`). */
  deniedAt(sentence: number): readonly string[];
  /** Up to three deny, falsity or rumour words of the sentence. */
  denialCues(sentence: number): readonly string[];
  /** Up to three reported, modal or uncertain words of the sentence. */
  hedgeCues(sentence: number): readonly string[];
  /** The facts of two sentences, `factsOf(a)` then `factsOf(b)`. */
  factsOfBoth(a: number, b: number): KeyFact[];
  /** The facts of every sentence but `a` and `b`, in order. */
  factsOutside(a: number, b: number): KeyFact[];
  /** Refute and hedge words over all sentences. */
  refuteAll: number;
  hedgeAll: number;
  /** For each content stem of the statement, the sentences that hold it, in order. */
  sentencesWith: ReadonlyMap<string, readonly number[]>;
}

// Where each kind of conflict is counted (place and time together; events only in the total).
const CONFLICT_COUNTER = new Map<ConflictWhy, number>([
  ['opposite', 0],
  ['count', 1],
  ['scope', 2],
  ['negation', 3],
  ['place', 4],
  ['time', 4],
  ['event', 5],
]);

// Facts whose absence from the statement means the statement does not assert the claim.
const KEY_KINDS = new Set(['status', 'outcome', 'count', 'quantity', 'scope']);

/**
 * The features, in the model's order. Each reads the claim against the statement sentence(s)
 * that share most of its content words (the alignment), so a long statement's unrelated
 * paragraphs neither help nor hurt.
 */
const BASE_FEATURES = [
  'coverage_best',
  'coverage_top2',
  'coverage_all',
  'coverage_ge_50',
  'coverage_ge_75',
  'coverage_ge_90',
  'bigram_best',
  'precision_best',
  'missing_share',
  'refute_best',
  'refute_all',
  'refute_first',
  'hedge_best',
  'hedge_all',
  'hedge_first',
  'negation_best',
  'negation_claim',
  'negation_mismatch',
  'polarity_flip',
  'claim_denial',
  'claim_denial_x_refute',
  'opposed_best',
  'number_conflict',
  'number_shared',
  'scope_conflict',
  'question_evidence',
  'question_claim',
  'evidence_length',
  'claim_length',
  'covered_x_refute',
  'covered_x_hedge',
  'covered_x_negation_mismatch',
  'covered_x_opposed',
  'covered_x_number_conflict',
  'fact_opposite',
  'fact_count',
  'fact_scope',
  'fact_negation',
  'fact_place_time',
  'fact_shared',
  'fact_claim_only',
  'covered_x_fact_conflict',
  ...CUE_FAMILY_NAMES.map((f) => `cue_${f}_best`),
  ...CUE_FAMILY_NAMES.map((f) => `cue_${f}_first`),
  ...CUE_FAMILY_NAMES.map((f) => `cue_${f}_claim`),
];

// Evidence comes as a headline, one sentence or a whole article, and a cue means something
// different in each (a "could" in a headline hedges; in an article it is routine). Each base
// feature therefore also has a copy that is non-zero only for short evidence and one only for
// long evidence, so the linear model can weigh it per regime.
const SHORT_EVIDENCE_WORDS = 12;
const LONG_EVIDENCE_WORDS = 120;

// A sentence that opens on a condition ("If you or your pet touched a bat, call us").
const CONDITIONAL = /^\W*(?:if|unless|anyone who|whoever)\b/i;
/**
 * A prohibition says "no X" without a negating word: "campfires are prohibited" is what "no
 * campfires" says. A flip of X between them is agreement, unless the negating side denies a
 * ban itself ("there is no burn ban" against "burning is banned").
 */
const PROHIBITS = /\b(?:prohibited|banned|forbidden|illegal|outlawed|not (?:allowed|permitted)|ban (?:on|includes))\b/i;

const NEGATED_RULE = /\b(?:no|not|never|\w+n['’]?t)\s+(?:\w+\s+){0,2}(?:bans?|banned|prohibit\w*|forbid\w*|illegal|outlaw\w*)\b/i;

function prohibitionAgrees(negatingText: string, otherText: string): boolean {
  return PROHIBITS.test(otherText) && !NEGATED_RULE.test(negatingText);
}

/** The model's features, in order: the base features, their short- and long-evidence copies, the two regime flags. */
export const STANCE_FEATURES: readonly string[] = [
  ...BASE_FEATURES,
  ...BASE_FEATURES.map((f) => `${f}@short`),
  ...BASE_FEATURES.map((f) => `${f}@long`),
  'evidence_short',
  'evidence_long',
];

/** Which sentences of the statement the claim was aligned with, and what they share. */
export interface Alignment {
  best: number;
  second: number;
  shared: string[];
  /** Claim stems whose opposite the aligned sentence says, as [claim stem, statement stem]. */
  opposed: Array<[string, string]>;
  /** Claim numbers the aligned sentence gives differently. */
  numberConflicts: string[];
  /** Shared stems said under a negation on one side only. */
  polarityFlips: string[];
  /**
   * Stems a post without negation asserts that only the second-best sentence holds, denied
   * there. A reason for the verdict, not a feature: the model was fitted without them.
   */
  deniedNext: string[];
  /** The claim's key facts against those of the aligned sentence(s). */
  facts: FactComparison;
  /** For each statement sentence, how many of the claim's content stems it holds. */
  overlaps: Int32Array;
}

export interface StanceFeatureRow {
  values: Float64Array;
  alignment: Alignment;
}

// A short statement says a key fact once, not always in the sentence that shares most words with
// the post ("Bridge closed as a precaution. … The bridge has not collapsed."). A claim fact the
// aligned sentences leave open is looked up in the rest of the statement, up to this many sentences.
const WHOLE_STATEMENT_SENTENCES = 12;

/** Whether the statement sentence of `fact` names places of the post's kinds and none of the post's own. */
function ofAnotherPlace(fact: KeyFact, evidence: EvidenceSide, claimFacts: readonly KeyFact[]): boolean {
  const posts = claimFacts.filter((f) => f.kind === 'place');
  if (!posts.length) return false;
  // Facts are read per sentence and cached, so the sentence is the one whose facts hold this object.
  for (let i = 0; i < evidence.analysis.sentences.length; i++) {
    const facts = evidence.factsOf(i);
    if (!facts.includes(fact)) continue;
    return namesOnlyOtherPlaces(facts, posts);
  }
  return false;
}

function settleUnaligned(aligned: FactComparison, evidence: EvidenceSide, used: readonly [number, number], lexicon: ContrastLexicon, claimFacts: readonly KeyFact[]): FactComparison {
  const count = evidence.analysis.sentences.length;
  if ((!aligned.claimOnly.length && !aligned.conflicts.length) || count > WHOLE_STATEMENT_SENTENCES) return aligned;
  const rest = evidence.factsOutside(used[0] as number, used[1] as number);
  if (!rest.length) return aligned;
  // A conflict with the aligned sentence is no conflict when the statement says the claim's value
  // elsewhere (a post quoting the statement gives both "19.6 feet" and "flood stage is 17 feet").
  const conflicting = aligned.conflicts.map((c) => c.claim);
  const saidElsewhere = new Set<KeyFact>();
  // Not when that sentence says it of another place than the post's: "order lifted" for CR-12 is
  // not rescued by "The evacuation warning for Zone CR-14 has been lifted".
  if (conflicting.length) for (const p of compareFacts(conflicting, rest, lexicon).shared) if (!ofAnotherPlace(p.statement, evidence, claimFacts)) saidElsewhere.add(p.claim);
  // Whether the claim gives a slot one value is read from all its facts, not the ones left open: a
  // post saying one road is open and another still closed gives closure two values.
  const more = compareFacts(aligned.claimOnly, rest, lexicon, claimFacts);
  return {
    shared: [...aligned.shared, ...aligned.conflicts.filter((c) => saidElsewhere.has(c.claim)), ...more.shared],
    conflicts: [...aligned.conflicts.filter((c) => !saidElsewhere.has(c.claim)), ...more.conflicts],
    claimOnly: more.claimOnly,
  };
}

/** How many of the claim's content stems each statement sentence holds: one lookup per claim stem. */
function overlapsOf(claim: AnalysedSentence, evidence: EvidenceSide): Int32Array {
  const overlaps = new Int32Array(evidence.analysis.sentences.length);
  for (const t of claim.content) {
    const at = evidence.sentencesWith.get(t);
    if (at !== undefined) for (let k = 0; k < at.length; k++) overlaps[at[k] as number]++;
  }
  return overlaps;
}

const log1p = Math.log1p;

// How far a post's round figure may sit from the statement's exact one: "about 6k" of 6,150,
// "over a thousand acres" of 1,150. Posts round what they retell; a changed figure in a rumour
// is most often further off than this ("5,000 acres" of 1,150, "17 deaths" of 7).
const ROUNDING_SHARE = 0.15;

/** Whether a number term is an ordinal ("5th"): its last character is a letter. */
function isOrdinal(term: string): boolean {
  return term.charCodeAt(term.length - 1) > 57;
}

const FIGURES = new WeakMap<EvidenceSide, Set<string>>();

/**
 * The figures a statement counts or measures with (its count and quantity facts' digits), which a
 * post may round: not a block number, a year or "1040 hours", which the raw numbers also hold
 * ("2000 people evacuated" is no rounding of "the 1900 block of Main Street").
 */
function figuresOf(evidence: EvidenceSide): ReadonlySet<string> {
  // A statement is weighed against many posts: its figures are read once.
  const known = FIGURES.get(evidence);
  if (known !== undefined) return known;
  const out = new Set<string>();
  FIGURES.set(evidence, out);
  for (let i = 0; i < evidence.analysis.sentences.length; i++) {
    for (const f of evidence.factsOf(i)) {
      if (f.kind !== 'count' && f.kind !== 'quantity') continue;
      for (const digits of f.surface.match(/\d[\d,]*(?:\.\d+)?/g) ?? []) out.add(digits.replace(/,/g, ''));
    }
  }
  return out;
}

/** Whether a round figure of the post (hundreds or more, ending in 00) is one of the statement's, rounded. */
export function roundedFrom(claimNumber: string, statementNumbers: ReadonlySet<string>): boolean {
  const v = Number(claimNumber);
  if (!(v >= 100) || v % 100 !== 0) return false;
  for (const s of statementNumbers) {
    const m = Number(s);
    if (m > 0 && Math.abs(v - m) <= ROUNDING_SHARE * m) return true;
  }
  return false;
}

/**
 * The feature row for one claim against one statement (or any evidence text). With `into`, the
 * row is written there (zeroed first) and is valid until the next call with the same buffer.
 *
 * @example stanceFeatures(analyseClaim('bridge closed'), analyseText('The bridge is open.'), noOpposites).values.length === STANCE_FEATURES.length
 */
export function stanceFeatures(claimSide: ClaimSide, evidenceSide: EvidenceSide, lexicon: ContrastLexicon, into?: Float64Array): StanceFeatureRow {
  const claim = claimSide.analysis;
  const evidence = evidenceSide.analysis;
  const opposition = lexicon;
  const size = Math.max(1, claim.content.length);
  const sentences = evidence.sentences;
  let best = 0;
  let second = -1;
  let bestScore = -1;
  let secondScore = -1;
  const overlaps = overlapsOf(claim, evidenceSide);
  for (let i = 0; i < sentences.length; i++) {
    const score = overlaps[i] as number;
    if (score > bestScore) {
      second = best;
      secondScore = bestScore;
      best = i;
      bestScore = score;
    } else if (score > secondScore) {
      second = i;
      secondScore = score;
    }
  }
  const top = sentences[best] as AnalysedSentence;
  const next = second >= 0 && second !== best ? (sentences[second] as AnalysedSentence) : null;
  const first = sentences[0] as AnalysedSentence;

  const shared: string[] = [];
  let inTop2 = 0;
  let inAll = 0;
  for (const t of claim.content) {
    const inTop = top.contentSet.has(t);
    if (inTop) shared.push(t);
    if (inTop || (next !== null && next.contentSet.has(t))) inTop2++;
    if (evidence.contentSet.has(t)) inAll++;
  }
  const coverageBest = shared.length / size;
  let bigrams = 0;
  for (const b of claim.bigrams) if (top.bigrams.has(b)) bigrams++;

  const opposed: Array<[string, string]> = [];
  for (const a of claim.content) {
    if (top.contentSet.has(a)) continue;
    const opposites = opposition.oppositesOf(a);
    if (!opposites) continue;
    const aNegated = claim.negated.has(a);
    for (const b of top.content) {
      // "not hurt" against "uninjured" is the same fact: an opposite negated on one side only agrees.
      if (!claim.contentSet.has(b) && aNegated === top.negated.has(b) && opposites.has(b)) {
        opposed.push([a, b]);
        break;
      }
    }
  }
  const numberConflicts: string[] = [];
  let numbersShared = 0;
  let figures: ReadonlySet<string> | undefined;
  // An ordinal is compared with ordinals and a count with counts: "5th & 7th ave" says nothing
  // against "600 Larch Street", nor "2 hurt" against "the 3rd floor".
  let topOrdinals = 0;
  for (const n of top.numbers) if (isOrdinal(n)) topOrdinals++;
  const topCounts = top.numbers.size - topOrdinals;
  for (const n of claim.numbers) {
    if (evidence.numbers.has(n) || roundedFrom(n, (figures ??= figuresOf(evidenceSide)))) numbersShared++;
    else if (isOrdinal(n) ? topOrdinals > 0 : topCounts > 0) numberConflicts.push(n);
  }
  const polarityFlips: string[] = [];
  // A sentence that reports a rumour ("Posts say the fountains were shut off") or sets a condition
  // ("If you touched a bat, call us") asserts none of its words: "no fountains were shut off" and
  // "nobody touched it" are no negation of it. The next sentence still can deny the rumour ("Posts
  // say officers used tear gas. No tear gas was used.").
  const asserts = !evidenceSide.quotesRumor(best) && !CONDITIONAL.test(top.text);
  // A statement often names the rumour in one sentence and denies it in the next.
  for (const t of shared) {
    const negatedNext = next !== null && next.negated.has(t) && next.contentSet.has(t);
    if (!(asserts ? claim.negated.has(t) !== (top.negated.has(t) || negatedNext) : negatedNext && !claim.negated.has(t))) continue;
    const agrees = claim.negated.has(t) ? prohibitionAgrees(claim.text, top.text) : prohibitionAgrees(negatedNext ? (next as AnalysedSentence).text : top.text, claim.text);
    if (!agrees) polarityFlips.push(t);
  }
  // A word a post with no negation of its own asserts that only the second sentence holds,
  // denied there: "the state militia was deployed" against "The march was peaceful. The state
  // militia was not deployed." A post with negations of its own mostly restates such a sentence.
  const deniedNext: string[] = [];
  if (next !== null && next.negation > 0 && claim.negation === 0 && !evidenceSide.quotesRumor(second) && !CONDITIONAL.test(next.text) && !prohibitionAgrees(next.text, claim.text)) {
    for (const t of claim.content) if (!top.contentSet.has(t) && next.negated.has(t) && next.contentSet.has(t)) deniedNext.push(t);
  }

  const negationMismatch = (claim.negation > 0) !== (top.negation > 0) ? 1 : 0;
  const claimDenial = claim.refute > 0 ? 1 : 0;
  const refuteAll = evidenceSide.refuteAll;
  const hedgeAll = evidenceSide.hedgeAll;
  const scopeConflict = (claim.scopeAll > 0 && top.scopePart > 0) || (claim.scopePart > 0 && top.scopeAll > 0) ? 1 : 0;
  const covered = coverageBest >= 0.5 ? coverageBest : 0;
  const alignedFacts = next ? evidenceSide.factsOfBoth(best, second) : evidenceSide.factsOf(best);
  const facts = settleUnaligned(compareFacts(claimSide.facts, alignedFacts, lexicon), evidenceSide, [best, second], lexicon, claimSide.facts);
  // Conflicts by kind, counted in one pass through one update (a branch per kind left the rare
  // kinds' branches without type feedback, and the first scope conflict cost a recompilation).
  const byWhy = [0, 0, 0, 0, 0, 0];
  for (const c of facts.conflicts) byWhy[CONFLICT_COUNTER.get(c.why) as number]++;
  const placeTimeConflicts = byWhy[4] as number;
  const factConflicts = facts.conflicts.length - placeTimeConflicts;
  let claimOnlyKey = 0;
  for (const f of facts.claimOnly) if (KEY_KINDS.has(f.kind)) claimOnlyKey++;

  const base = BASE_FEATURES.length;
  // A caller that reads the row at once may lend a buffer: a new row of this size lives outside
  // the heap, and allocating one cost more than some of the features.
  const values = into ?? new Float64Array(STANCE_FEATURES.length);
  if (into) values.fill(0);
  let i = 0;
  values[i++] = coverageBest;
  values[i++] = inTop2 / size;
  values[i++] = inAll / size;
  values[i++] = coverageBest >= 0.5 ? 1 : 0;
  values[i++] = coverageBest >= 0.75 ? 1 : 0;
  values[i++] = coverageBest >= 0.9 ? 1 : 0;
  values[i++] = claim.bigrams.size ? bigrams / claim.bigrams.size : 0;
  values[i++] = top.content.length ? shared.length / top.content.length : 0;
  values[i++] = (size - inAll) / size;
  values[i++] = Math.min(top.refute, 3);
  values[i++] = log1p(refuteAll);
  values[i++] = Math.min(first.refute, 3);
  values[i++] = Math.min(top.hedge, 3);
  values[i++] = log1p(hedgeAll);
  values[i++] = Math.min(first.hedge, 3);
  values[i++] = Math.min(top.negation, 3);
  values[i++] = Math.min(claim.negation, 3);
  values[i++] = negationMismatch;
  values[i++] = Math.min(polarityFlips.length, 3);
  values[i++] = claimDenial;
  values[i++] = claimDenial && top.refute > 0 ? 1 : 0;
  values[i++] = Math.min(opposed.length, 3);
  values[i++] = Math.min(numberConflicts.length, 3);
  values[i++] = Math.min(numbersShared, 3);
  values[i++] = scopeConflict;
  values[i++] = top.question || first.question ? 1 : 0;
  values[i++] = claim.question ? 1 : 0;
  values[i++] = log1p(evidence.words) / 5;
  values[i++] = log1p(claim.content.length) / 3;
  values[i++] = covered * Math.min(top.refute + first.refute, 3);
  values[i++] = covered * Math.min(top.hedge + first.hedge, 3);
  values[i++] = covered * negationMismatch;
  values[i++] = covered * Math.min(opposed.length, 3);
  values[i++] = covered * Math.min(numberConflicts.length, 3);
  values[i++] = Math.min(byWhy[0] as number, 2);
  values[i++] = Math.min(byWhy[1] as number, 2);
  values[i++] = Math.min(byWhy[2] as number, 2);
  values[i++] = Math.min(byWhy[3] as number, 2);
  values[i++] = Math.min(placeTimeConflicts, 2);
  values[i++] = Math.min(facts.shared.length, 3);
  values[i++] = Math.min(claimOnlyKey, 3);
  values[i++] = covered * Math.min(factConflicts, 2);
  for (const n of top.families) values[i++] = Math.min(n, 2);
  for (const n of first.families) values[i++] = Math.min(n, 2);
  for (const n of claim.families) values[i++] = Math.min(n, 2);
  const short = evidence.words <= SHORT_EVIDENCE_WORDS ? 1 : 0;
  const long = evidence.words > LONG_EVIDENCE_WORDS ? 1 : 0;
  for (let f = 0; f < base; f++) {
    values[base + f] = (values[f] as number) * short;
    values[2 * base + f] = (values[f] as number) * long;
  }
  values[3 * base] = short;
  values[3 * base + 1] = long;
  return { values, alignment: { best, second: next ? second : -1, shared, opposed, numberConflicts, polarityFlips, deniedNext, facts, overlaps } };
}
