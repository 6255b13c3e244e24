import { countsNamedGroup, DURATION_SLOT, extractKeyFacts, type ContrastLexicon, type KeyFact } from '../facts';
import type { Stance } from '../types';
import { analyseClaim, type AnalysedSentence } from './analyse-text';
import { STANCE_FEATURES, stanceFeatures, type Alignment, type ClaimSide, type EvidenceSide } from './stance-features';
import { stanceProbabilities, type StanceModel, type StanceProbabilities } from './stance-model';
import { denialBesideClaim } from './clause-denial';
import { placeOfState } from './place-binding';
import { stateSaidOnlyAsPossibility } from './hypothetical-state';
import { participantTheStatementDenies } from './denied-participants';
import { drillToldAsReal } from './drill-told-as-real';
import { replacedAtPlace, saidOfPart } from './said-of-part';
import { stillAfterChange } from './still-after-change';
import type { StanceReason } from './stance-reasons';
import { expandShorthand } from '../text/post-shorthand';

export { prepareStatementSide } from './statement-side';

// The feature row each decision writes and reads before returning (see decideStance).
const ROW = new Float64Array(STANCE_FEATURES.length);

/** The one stance verdict for a claim against one statement, with what decided it. */
export interface StanceVerdict {
  stance: Stance;
  /** Calibrated probability of the verdict's class (for `unclear`, of the likeliest class). */
  confidence: number;
  probabilities: StanceProbabilities;
  /** The statement sentence the claim was compared with. */
  sentence: string;
  /** Share of the claim's content words that the aligned statement sentences hold. */
  coverage: number;
  reasons: StanceReason[];
  /**
   * Set when a rule on the statement's own words decided the verdict (it quotes and denies the
   * rumour, or announces the incident as a drill), whatever the model's odds: `confidence` is
   * then the model's probability alone, not how sure the verdict is.
   */
  decidedBy?: 'statement_words';
}

/** What deciding needs besides the two texts: the fitted model and the contrast lexicon. */
export interface StanceReader {
  model: StanceModel;
  lexicon: ContrastLexicon;
}

/** @example prepareClaimSide('the whole highway is shut', lexicon).facts */
export function prepareClaimSide(text: string, lexicon: ContrastLexicon): ClaimSide {
  // Posts write "no drones w/o a permit"; the readers need the negation in words.
  const written = expandShorthand(text);
  return { analysis: analyseClaim(written), facts: extractKeyFacts(written, lexicon) };
}

// Conflicts that can decide a contradiction on their own. A different place or time, a bare
// WordNet opposite or a number without its noun also stop a `supports`, but a post naming another
// street or an extra figure is not thereby contradicted.
// Facts a statement must assert before it can be said to support a claim.
const ASSERTED_KINDS = new Set(['status', 'outcome', 'count', 'quantity', 'scope']);

// Share of the post's content words the aligned sentences must hold for the lower `supports` bar.
const RESTATED_COVERAGE = 0.5;

/**
 * Whether the statement asserts the post's status or outcome itself (closed, lifted, in custody,
 * contained, a drill, treated and released), not only its words. A shared number is not enough:
 * a post that keeps a statement's figures and swaps one other word is the commonest way a
 * claim is turned around; nor is a WordNet opposite axis.
 */
function factBacked(alignment: Alignment): boolean {
  return alignment.facts.shared.some((p) => (p.claim.kind === 'status' || p.claim.kind === 'outcome') && !p.claim.slot.startsWith('contrast:'));
}

const DECISIVE_CONFLICTS = new Set(['opposite', 'count', 'negation', 'scope', 'event']);

/**
 * Whether the post and the statement share a state and where or what it is of: then another
 * weekday is another claim about the same thing ("Stadium Dr closed FRIDAY" against "On Saturday,
 * Stadium Drive will be closed"), not a chatter post that names a day ("registration closes
 * Thursday").
 */
function sameStateSamePlace(a: Alignment): boolean {
  const shared = a.facts.shared;
  return shared.some((p) => (p.claim.kind === 'status' || p.claim.kind === 'outcome') && !p.claim.slot.startsWith('contrast:')) && shared.some((p) => p.claim.kind === 'place' || p.claim.kind === 'event' || p.claim.slot === 'status:exercise');
}

interface Against {
  reasons: StanceReason[];
  decisive: boolean;
  /**
   * The reasons the model's own inputs already weigh (a word negated on one side of the aligned
   * sentence, a figure without its noun): its odds have counted them, unlike a key-fact conflict.
   */
  weighed: ReadonlySet<StanceReason>;
}

// From this P(supports) on, reasons the model has weighed no longer hold `supports` back: the
// word-level negation reading misfires on posts that retell a denial or a warning in their own
// words ("NO gas rationing", "its just the yearly test", "NEVER in the garage"). Chosen on the
// 28 training departments, leave one department out (bars 0.6-0.9 and never; right claims less
// ten per false rumour supported): 0.75 in 27 of 28 folds, +17 claims right out of fold
// [9, 26], false rumours supported 3 -> 4.
const WEIGHED_REASONS_OUTWEIGHED = 0.75;

/**
 * Whether the post calls something untrue in words: a refuting word, or calling it a scam ("that
 * free-pass post is a SCAM" repeats the department's warning, it does not restate the rumour).
 */
function callsUntrue(claim: ClaimSide): boolean {
  return claim.analysis.refute > 0 || isScamCall(claim.facts);
}

/**
 * Whether the statement gives this count's figure, of whatever it counts: "9 garage break ins"
 * against "nine burglaries", "station 41 ... $10 adults" against "Station 41's breakfast, $10".
 * Only for a count of the noun after a number; "2 people taken to the hospital" against "two
 * were treated at the scene" keeps its group.
 */
function figureGivenElsewhere(count: KeyFact, statement: EvidenceSide): boolean {
  if (count.kind !== 'count' || countsNamedGroup(count)) return false;
  for (let i = 0; i < statement.analysis.sentences.length; i++) {
    for (const f of statement.factsOf(i)) if ((f.kind === 'count' || f.kind === 'quantity') && f.value === count.value && f.replaced !== true) return true;
  }
  return false;
}

const tellsDrill = (facts: readonly KeyFact[]): boolean => facts.some((f) => f.slot === 'status:exercise' && f.value === 'test' && !f.negated);

/** Whether the post and the statement both tell of a drill, exercise or test. */
function bothTellDrill(claim: ClaimSide, statement: EvidenceSide): boolean {
  return tellsDrill(claim.facts) && statement.analysis.sentences.some((_, i) => tellsDrill(statement.factsOf(i)));
}

function isScamCall(facts: readonly KeyFact[]): boolean {
  return facts.some((f) => f.slot === 'status:legitimacy' && f.value === 'scam' && !f.negated);
}

/** Whether some sentence of the statement calls something a scam. */
function warnsOfScam(statement: EvidenceSide): boolean {
  return statement.analysis.sentences.some((_, i) => isScamCall(statement.factsOf(i)));
}

/**
 * Whether the post negates just what the statement negates ("There is no curfew in Ridgeport"
 * against "There is NO curfew", in a statement that calls the curfew notice fake): a post that
 * denies the rumour the way the department does is the department's answer repeated.
 */
function negatesAsStatementDoes(claim: ClaimSide, statement: EvidenceSide): boolean {
  const negated = claim.analysis.negated;
  if (negated.size === 0 || claim.analysis.question) return false;
  // The statement's denial reaches past its first word: "NOBODY escaped" denies what "No inmates
  // escaped" does.
  for (const t of negated) if (!statement.analysis.sentences.some((s) => s.negatedNear.has(t))) return false;
  return true;
}

// A post that tells what to do if something happens ("if someone calls saying u missed jury duty,
// HANG UP") asserts nothing of what its "if" clause says, which a statement's "does not call"
// could deny. The clause runs to the next comma or sentence end, and what the post then says to
// do must be a warning: "if someone calls about a warrant you have to pay it" tells the rumour.
const WHAT_TO_DO_IF = /\b(?:if|when)\s+(?:someone|somebody|anyone|anybody|u|you|ur|your)\b[^,.!?;]*/gi;
const WARNS = /\b(?:hang up|don'?t|dont|do not|never|report|ignore|scam|fake|block|delete)\b/i;

/** Whether `word` stands only inside such an "if" clause of a post whose main clause warns. */
function onlySupposed(text: string, word: string): boolean {
  if (!/\b(?:if|when)\b/i.test(text)) return false;
  const lowered = text.toLowerCase();
  const at = lowered.indexOf(word.toLowerCase());
  if (at < 0) return false;
  for (const m of lowered.matchAll(WHAT_TO_DO_IF)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (at >= start && at < end) return lowered.indexOf(word.toLowerCase(), end) < 0 && WARNS.test(lowered.slice(end));
  }
  return false;
}

/** Whether the post itself denies what the statement denies: in words, by negating it, or by opposing the rumour's status. */
function deniesToo(claim: ClaimSide, statement: EvidenceSide, sentence: number): boolean {
  return callsUntrue(claim) || negatesAsStatementDoes(claim, statement) || statement.opposesQuotedRumor(sentence, claim.facts);
}

function contradictionReasons(a: Alignment, claimSide: ClaimSide, statement: EvidenceSide): Against {
  const claim = claimSide.analysis;
  const top = statement.analysis.sentences[a.best] as AnalysedSentence;
  const reasons: StanceReason[] = [];
  const weighed = new Set<StanceReason>();
  let decisive = false;
  // A post that tells the drill as a drill and denies what it stages ("its a DRILL, nobody has to
  // leave", "TRAINING, not a real collapse") denies what the statement only rehearses.
  const deniesStaged = bothTellDrill(claimSide, statement);
  for (const c of a.facts.conflicts) {
    if (deniesStaged && c.claim.negated) continue;
    reasons.push({ kind: 'fact_conflict', why: c.why, slot: c.claim.slot, claim: c.claim.surface, statement: c.statement.surface, ...(c.statement.replaced === true ? { replaced: true } : {}) });
    if (DECISIVE_CONFLICTS.has(c.why) || (c.why === 'time' && c.claim.slot === 'time:day' && sameStateSamePlace(a))) decisive = true;
  }
  for (const [c, s] of a.opposed) {
    reasons.push({ kind: 'opposite_words', claim: claim.surfaces.get(c) ?? c, statement: top.surfaces.get(s) ?? s });
  }
  if (a.numberConflicts.length && !a.facts.conflicts.some((c) => c.why === 'count')) {
    const reason: StanceReason = { kind: 'number_conflict', claim: a.numberConflicts, statement: [...top.numbers] };
    reasons.push(reason);
    weighed.add(reason);
  }
  // A post that calls the scam a scam and says not to do what it asks ("do not pay the shipping
  // fee") repeats a scam warning that describes the ask ("anyone who ... pays a shipping fee").
  const warnsToo = isScamCall(claimSide.facts) && warnsOfScam(statement);
  // A post that warns of a scam, calls something untrue or denies what the statement denies
  // retells a warning or a denial.
  const retellsDenial = callsUntrue(claimSide) || negatesAsStatementDoes(claimSide, statement);
  // A denial in the next sentence is read here only, not by the model.
  const flipped = new Set(a.polarityFlips);
  for (const t of [...a.polarityFlips, ...a.deniedNext]) {
    if ((warnsToo || deniesStaged) && claim.negated.has(t)) continue;
    const reason: StanceReason = { kind: 'negation', word: claim.surfaces.get(t) ?? top.surfaces.get(t) ?? t, negatedIn: claim.negated.has(t) ? 'claim' : 'statement' };
    reasons.push(reason);
    if (flipped.has(t)) weighed.add(reason);
    // A word negated on one side only decides when the statement denies what the post asserts
    // ("the National Guard was deployed" against "was not deployed"): never a word the post
    // negates, and never in a post that retells a warning or a denial ("if someone calls asking
    // for a fee HANG UP, its a scam" against "the office never asks for payment"). Out of fold on
    // all 28 training departments (the fit's procedure), letting every such word decide said
    // 'contradicts' for 16.8% of true posts, this 7.7%. A question asserts nothing a negation
    // could flip.
    if (!claim.question && !claim.negated.has(t) && !retellsDenial && !onlySupposed(claim.text, claim.surfaces.get(t) ?? t)) decisive = true;
  }
  // A statement calling something false contradicts a post that asserts it, not one that calls it
  // false too ("contamination posts are false", shared from the department's own account).
  // So does one that quotes the rumour and calls it untrue in the next breath ("Posts say the
  // fountains were shut off. That is not correct.").
  const agrees = deniesToo(claimSide, statement, a.best);
  let denial = agrees ? [] : statement.denialCues(a.best);
  if (!denial.length && !agrees) denial = statement.deniedAt(a.best);
  // Only when the post says what the other clause says (a key fact they share, none in conflict).
  if (denial.length && !a.facts.conflicts.length && a.facts.shared.some((f) => ASSERTED_KINDS.has(f.claim.kind)) && denialBesideClaim(top.text, denial, claim)) denial = [];
  if (denial.length) {
    reasons.push({ kind: 'statement_denies', words: [...denial] });
    decisive = true;
  }
  return { reasons, decisive, weighed };
}

// Share of a post's content words a quoted rumour must hold for the post to be that rumour.
const RESTATED_RUMOR_SHARE = 0.5;

/** The sentence quoting a rumour the post restates, when the statement calls it untrue. */
function deniedRumorRestated(claimSide: ClaimSide, statement: EvidenceSide, overlaps: Int32Array): { sentence: string; words: string[] } | null {
  const claim = claimSide.analysis;
  if (claim.content.length < 2) return null;
  const sentences = statement.analysis.sentences;
  for (let i = 0; i < sentences.length; i++) {
    // The claim's content stems this sentence holds.
    const held = overlaps[i] as number;
    if (held < 2 || held / claim.content.length < RESTATED_RUMOR_SHARE) continue;
    const words = statement.deniedAt(i);
    if (words.length && !statement.opposesQuotedRumor(i, claimSide.facts)) return { sentence: (sentences[i] as AnalysedSentence).text, words: [...words] };
  }
  return null;
}

/** The statement sentence that holds the fact the verdict rests on, else the best-aligned one. */
function decidingSentence(alignment: Alignment, statement: EvidenceSide, fact: KeyFact | undefined): string {
  const sentences = statement.analysis.sentences;
  if (fact) {
    // Facts are read per sentence and cached, so this finds the very object the comparison used.
    for (let i = 0; i < sentences.length; i++) if (statement.factsOf(i).includes(fact)) return (sentences[i] as AnalysedSentence).text;
  }
  return (sentences[alignment.best] as AnalysedSentence).text;
}

// A reason names a handful of facts, each once: an officer reads it at a glance.
const SHARED_FACTS_SHOWN = 5;

function distinctFacts(facts: Array<{ claim: string; statement: string }>): Array<{ claim: string; statement: string }> {
  const seen = new Set<string>();
  const out: Array<{ claim: string; statement: string }> = [];
  for (const f of facts) {
    const key = f.statement.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
    if (out.length === SHARED_FACTS_SHOWN) break;
  }
  return out;
}


/**
 * The stance of a statement towards a claim: a learned, calibrated classifier over the claim's
 * alignment with the statement's closest sentences, with an honest fourth answer. `supports` is
 * said only when the model is confident AND the aligned sentences assert every key fact of the
 * claim with nothing in conflict; below the model's bars the answer is `unclear` ("read the
 * statement").
 *
 * @example decideStance(prepareClaimSide('boil advisory extended', lex), prepareStatementSide('The boil advisory was lifted.', lex), reader).stance // 'contradicts'
 */
export function decideStance(claim: ClaimSide, statement: EvidenceSide, reader: StanceReader): StanceVerdict {
  const { values, alignment } = stanceFeatures(claim, statement, reader.lexicon, ROW);
  return settleStance(stanceProbabilities(reader.model, values), alignment, values[1] as number, claim, statement, reader.model.bars);
}

/**
 * The verdict from calibrated probabilities and the alignment they were read from: the bars and
 * the rules that keep `supports` rare and right. Separate from `decideStance` so the fitting
 * script chooses the bars on out-of-fold probabilities with exactly the product's rules.
 */
export function settleStance(
  probabilities: StanceProbabilities,
  alignment: Alignment,
  coverage: number,
  claim: ClaimSide,
  statement: EvidenceSide,
  bars: StanceModel['bars'],
): StanceVerdict {
  const sentences = statement.analysis.sentences;
  const top = sentences[alignment.best] as AnalysedSentence;
  const claimWords = claim.analysis.content.length;
  const { supports, contradicts, not_addressed: notAddressed } = probabilities;

  // The statement quotes this very rumour and calls it untrue: that is the department's answer,
  // whatever the word statistics say.
  const denied = callsUntrue(claim) || negatesAsStatementDoes(claim, statement) ? null : deniedRumorRestated(claim, statement, alignment.overlaps);
  if (denied) {
    return { probabilities, sentence: denied.sentence, coverage, stance: 'contradicts', confidence: contradicts, reasons: [{ kind: 'statement_denies', words: denied.words }], decidedBy: 'statement_words' };
  }
  // So is a drill the department announced, told by the post as a real emergency.
  const drill = drillToldAsReal(alignment, claim, statement);
  if (drill) {
    return { probabilities, sentence: drill.sentence, coverage, stance: 'contradicts', confidence: contradicts, reasons: [{ kind: 'drill_told_as_real', words: drill.words }], decidedBy: 'statement_words' };
  }

  // So is a state the post says still holds after the statement's last word changed it.
  const still = stillAfterChange(claim, statement);
  if (still) {
    return { probabilities, sentence: still.sentence, coverage, stance: 'contradicts', confidence: contradicts, reasons: [{ kind: 'still_after_change', claim: still.claim, statement: still.statement }], decidedBy: 'statement_words' };
  }

  if (contradicts >= supports && contradicts >= notAddressed) {
    const { reasons, decisive } = contradictionReasons(alignment, claim, statement);
    if (contradicts >= bars.contradicts && decisive) {
      return { probabilities, sentence: decidingSentence(alignment, statement, alignment.facts.conflicts[0]?.statement), coverage, stance: 'contradicts', confidence: contradicts, reasons };
    }
    return { probabilities, sentence: top.text, coverage, stance: 'unclear', confidence: contradicts, reasons: [{ kind: 'not_confident', probabilities }, ...reasons] };
  }
  if (supports >= notAddressed) {
    // A WordNet-axis word ("buy", "cold", "stable") the statement does not use is a word, not an
    // unstated key fact, once the statement backs a key fact of the post: "Arrest made in the Oak
    // St hit and run ... cyclist is stable" is not "not covered" for lack of "stable".
    const keyFactBacked = alignment.facts.shared.some((p) => ASSERTED_KINDS.has(p.claim.kind) && !p.claim.slot.startsWith('contrast:'));
    // A post that calls a scam or rumour untrue, against a statement that warns or denies too,
    // tells the scam's ask in its own figures ("that text saying u owe $4.35 is FAKE", "pay or get
    // arrested -> SCAM"): a figure, a threat of arrest or the word "scam" the statement does not
    // repeat is no unstated key fact. A figure the statement gives otherwise still conflicts.
    const warnsAlike = callsUntrue(claim) && (warnsOfScam(statement) || statement.analysis.sentences.some((_, i) => statement.denialCues(i).length > 0));
    const unstated = claim.facts.filter(
      (f) =>
        (ASSERTED_KINDS.has(f.kind) || f.slot === DURATION_SLOT) &&
        !(keyFactBacked && f.slot.startsWith('contrast:')) &&
        !(warnsAlike && (f.kind === 'quantity' || f.kind === 'count' || f.slot === 'status:custody' || f.slot === 'status:legitimacy')) &&
        alignment.facts.claimOnly.includes(f) &&
        !figureGivenElsewhere(f, statement),
    );
    const { reasons: against, decisive, weighed } = contradictionReasons(alignment, claim, statement);
    const holdingBack = supports >= WEIGHED_REASONS_OUTWEIGHED ? against.filter((r) => !weighed.has(r)) : against;
    // The words a statement quotes from a rumour are not the department's: they support nothing
    // unless the post too calls the rumour untrue.
    const quoted = statement.quotesRumor(alignment.best) && !deniesToo(claim, statement, alignment.best);
    // The lower bar is for a post that restates the statement: its key fact and most of its words.
    const backed = supports >= (bars.supportsBacked ?? bars.supports) && coverage >= RESTATED_COVERAGE && factBacked(alignment);
    // A question asserts nothing for a statement to confirm ("it has to be real, right?").
    if ((supports >= bars.supports || backed) && !unstated.length && !holdingBack.length && !quoted && !claim.analysis.question) {
      // The statement may say the shared state of another place ("SR 19 closed; chains required
      // on SR 140" against "SR 140 is CLOSED"): then it does not assert the post's fact.
      const elsewhere = placeOfState(alignment, claim, statement);
      if (elsewhere) {
        return { probabilities, sentence: elsewhere.sentence, coverage, stance: 'unclear', confidence: supports, reasons: [{ kind: 'said_of_other_place', claim: elsewhere.claim, statement: elsewhere.statement }] };
      }
      // Nor does one that says the post's state only as what may happen ("If approved, ...").
      const possibility = stateSaidOnlyAsPossibility(alignment, claim.analysis.text, statement);
      if (possibility !== null) {
        return { probabilities, sentence: top.text, coverage, stance: 'unclear', confidence: supports, reasons: [{ kind: 'said_as_possibility', ...possibility }] };
      }
      // Nor one that denies who or what the post says was there ("No other vehicles or pedestrians
      // were involved" against "a pickup hit a pedestrian"): the word-level reading negates only
      // the first noun of such a list, and only in the sentence it aligns.
      const denied = participantTheStatementDenies(claim, statement);
      if (denied !== null) {
        return { probabilities, sentence: denied.sentence, coverage, stance: 'unclear', confidence: supports, reasons: [{ kind: 'denied_participant', word: denied.word }] };
      }
      // Nor one that says of some what the post says of all ("all 4 cars ... were found" against
      // "Two of the vehicles have been recovered ... The other two have not been found").
      const part = saidOfPart(alignment, claim, statement);
      if (part !== null) {
        return { probabilities, sentence: part.sentence, coverage, stance: 'unclear', confidence: supports, reasons: [{ kind: 'said_of_part', claim: part.claim, statement: part.statement }] };
      }
      // Nor one whose state the statement says was changed at the post's place ("downgraded from a
      // mandatory evacuation order to an evacuation warning"), whatever it says of other places.
      const changed = replacedAtPlace(alignment, claim, statement);
      if (changed !== null) {
        return { probabilities, sentence: changed.sentence, coverage, stance: 'unclear', confidence: supports, reasons: [{ kind: 'said_replaced', statement: changed.statement }] };
      }
      // A "no" on each side is no fact they share ("no windows" and "No abduction").
      const asserted = alignment.facts.shared.filter((p) => p.claim.kind !== 'polarity');
      const shared = distinctFacts(asserted.map((p) => ({ claim: p.claim.surface, statement: p.statement.surface })));
      const reasons: StanceReason[] = shared.length ? [{ kind: 'facts_shared', facts: shared }] : [];
      reasons.push({ kind: 'restates', shared: alignment.shared.length, of: claimWords });
      return { probabilities, sentence: decidingSentence(alignment, statement, asserted[0]?.statement), coverage, stance: 'supports', confidence: supports, reasons };
    }
    // The statement cannot support a post it conflicts with: of the two answers left, the model's
    // odds decide, and the conflict is the reason.
    const contradictsGivenConflict = contradicts / (contradicts + notAddressed);
    if (decisive && contradictsGivenConflict >= Math.max(0.5, bars.contradicts)) {
      return { probabilities, sentence: decidingSentence(alignment, statement, alignment.facts.conflicts[0]?.statement), coverage, stance: 'contradicts', confidence: contradicts, reasons: against };
    }
    const missing: StanceReason[] = unstated.map((f) => ({ kind: 'fact_not_stated', slot: f.slot, claim: f.surface }));
    // The post's key fact is not in the statement at all: the statement does not address it.
    if (missing.length && !against.length) return { probabilities, sentence: top.text, coverage, stance: 'not_addressed', confidence: notAddressed, reasons: missing };
    return { probabilities, sentence: top.text, coverage, stance: 'unclear', confidence: supports, reasons: [{ kind: 'not_confident', probabilities }, ...against, ...missing] };
  }
  if (notAddressed >= bars.not_addressed) {
    // A key fact the statement states otherwise (arrested / still at large, 3 hurt / no one hurt)
    // means the statement does speak to the post, however few words they share: "not covered"
    // would tell the officer the department has said nothing. Too weak for `contradicts` here, so
    // the officer reads the sentence, shown with the conflict.
    const conflicts = alignment.facts.conflicts.filter((c) => DECISIVE_CONFLICTS.has(c.why));
    if (conflicts.length && !claim.analysis.question) {
      const { reasons } = contradictionReasons(alignment, claim, statement);
      return { probabilities, sentence: decidingSentence(alignment, statement, conflicts[0]?.statement), coverage, stance: 'unclear', confidence: notAddressed, reasons: [{ kind: 'not_confident', probabilities }, ...reasons] };
    }
    const hedges = statement.hedgeCues(alignment.best);
    const reasons: StanceReason[] = [{ kind: 'few_shared_words', shared: alignment.shared.length, of: claimWords }];
    if (hedges.length && alignment.shared.length) reasons.push({ kind: 'statement_hedges', words: [...hedges] });
    return { probabilities, sentence: top.text, coverage, stance: 'not_addressed', confidence: notAddressed, reasons };
  }
  return { probabilities, sentence: top.text, coverage, stance: 'unclear', confidence: notAddressed, reasons: [{ kind: 'not_confident', probabilities }] };
}
