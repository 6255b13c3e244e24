import { stemWord } from '../text/stem';
import type { AnalysedSentence } from './analyse-text';
import type { ClaimSide, EvidenceSide } from './stance-features';

// "No other vehicles or pedestrians were involved", "Neither the driver nor the passenger was
// hurt", "no students, staff or visitors were injured": a "no" that opens the subject denies every
// noun of its list, where the word-level reading negates only the first.
const DENIED_LIST = /\b(?:no|neither)\s+((?:[a-z'-]+(?:,\s*|\s+))*?)(?:was|were|is|are|has|have|had|will|would|could|can|did|remain|remains)\b/gi;
const LIST_WORDS = /[a-z][a-z'-]*/g;
// Words of such a list that are no participant.
const NOT_PARTICIPANT = new Set(['no', 'other', 'one', 'ones', 'any', 'and', 'or', 'nor', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'more', 'further', 'additional', 'known', 'serious', 'major', 'reported', 'immediate']);

/** The stems a sentence denies with a "no" that opens its subject, every noun of the list. */
export function deniedNouns(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.toLowerCase().matchAll(DENIED_LIST)) {
    const list = m[1] ?? '';
    // A list of a few nouns, not a clause ("no one knows why the car that hit ... was").
    const words = list.match(LIST_WORDS) ?? [];
    if (words.length > 8) continue;
    for (const w of words) if (!NOT_PARTICIPANT.has(w)) out.add(stemWord(w));
  }
  return out;
}

/**
 * A word the post asserts that the statement says only under a "no" opening its subject: "a
 * pickup hit a pedestrian" against "No other vehicles or pedestrians were involved". Null for a
 * post with a negation of its own (it mostly retells the denial: "no sand boils, levee's
 * stable"), a question, or a word the statement also says plainly.
 *
 * @example participantTheStatementDenies(claimSide, statementSide) // 'pedestrian'
 */
export function participantTheStatementDenies(claim: ClaimSide, statement: EvidenceSide): string | null {
  if (claim.analysis.question || claim.analysis.negation > 0) return null;
  const sentences = statement.analysis.sentences as readonly AnalysedSentence[];
  const denied = sentences.map((s) => deniedNouns(s.text));
  for (const t of claim.analysis.content) {
    if (!denied.some((d) => d.has(t))) continue;
    if (sentences.some((s, i) => s.contentSet.has(t) && !(denied[i] as Set<string>).has(t) && !s.negated.has(t))) continue;
    return claim.analysis.surfaces.get(t) ?? t;
  }
  return null;
}
