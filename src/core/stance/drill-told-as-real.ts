import type { AnalysedSentence } from './analyse-text';
import type { Alignment, ClaimSide, EvidenceSide } from './stance-features';

const EXERCISE_SLOT = 'status:exercise';
// A post that names the drill in any word of its own retells the announcement.
const NAMES_A_DRILL = /\b(?:drill|drills|training|exercise|practice|test|testing|simulat\w*|mock|rehears\w*|planned|scheduled|fake|pretend\w*|blanks)\b/i;

/**
 * The sentence that announces a drill a post tells as a real emergency ("ACTIVE SHOOTER AT
 * TIDEWATER COMMONS!!! heard shots" against "an active-shooter training exercise at Tidewater
 * Commons on Sunday morning"): a sentence of the statement frames an incident the post names (a
 * shared event) as a drill or exercise, the statement says nowhere that it was real, and the post names no drill, asks
 * nothing, negates nothing ("no threat", "not real" retell the announcement) and puts the
 * incident at no other day or hour than the statement's. Null otherwise.
 *
 * @example drillToldAsReal(alignment, claimSide, statementSide)?.words // ['training exercise']
 */
export function drillToldAsReal(alignment: Alignment, claim: ClaimSide, statement: EvidenceSide): { sentence: string; words: string[] } | null {
  if (claim.analysis.question || claim.analysis.negation > 0 || NAMES_A_DRILL.test(claim.analysis.text)) return null;
  if (claim.facts.some((f) => f.slot === EXERCISE_SLOT)) return null;
  const events = new Set(alignment.facts.shared.filter((p) => p.claim.kind === 'event').map((p) => p.claim.value));
  if (!events.size) return null;
  // A post that puts the incident on another day or hour may tell of a real one: the officer reads it.
  if (alignment.facts.conflicts.some((c) => c.why === 'time')) return null;
  const sentences = statement.analysis.sentences;
  let announced: { sentence: string; words: string[] } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const facts = statement.factsOf(i);
    // The drill must be the incident the post names: "House fire on Birch Rd ... a training burn
    // next month" announces no drill of that fire.
    const framesTheIncident = facts.some((f) => f.kind === 'event' && events.has(f.value));
    for (const f of facts) {
      // A negation folds into the value ("not a drill" is real); an unfolded one says neither.
      if (f.slot !== EXERCISE_SLOT || (f.negated && !f.folded)) continue;
      if (f.value === 'real') return null;
      if (framesTheIncident) announced ??= { sentence: (sentences[i] as AnalysedSentence).text, words: [f.surface] };
    }
  }
  return announced;
}
