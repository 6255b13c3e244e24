import { stemWord } from '../text/stem';
import type { AnalysedSentence } from './analyse-text';
import type { ClaimSide, EvidenceSide } from './stance-features';

// "No other vehicles or pedestrians were involved", "no students or staff were inside": a "no" that
// opens a clause and a list of who or what was there, denied by a verb of being there. Such a list
// denies every noun of it, where the word-level reading negates only the first. "Neither the
// driver nor the passenger was hurt" denies an injury, not that they were there: not read here.
const DENIED_LIST = /(?:^|[.;:!?]\s+|,\s+(?:and\s+|but\s+)?)(?:no|neither)\s+((?:[a-z'-]+(?:,\s*|\s+)){0,7}?)(?:was|were|is|are)\s+(?:involved|present|inside|aboard|on board|in the (?:vehicle|car|truck|bus|building|home|house))\b/gi;
const LIST_WORDS = /[a-z][a-z'-]*/g;
// Words of such a list that are no participant.
const NOT_PARTICIPANT = new Set(['no', 'other', 'one', 'ones', 'any', 'and', 'or', 'nor', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'more', 'further', 'additional', 'known', 'serious', 'major', 'reported', 'immediate']);

/**
 * The stems a sentence denies were there, every noun of the list a clause-opening "no" makes.
 *
 * @example [...deniedNouns('No other vehicles or pedestrians were involved.')] // ['vehicl', 'pedestrian']
 */
export function deniedNouns(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.toLowerCase().matchAll(DENIED_LIST)) {
    for (const w of (m[1] ?? '').match(LIST_WORDS) ?? []) if (!NOT_PARTICIPANT.has(w)) out.add(stemWord(w));
  }
  return out;
}

/**
 * A word the post asserts that the statement says only under a "no" opening its subject: "a
 * pickup hit a pedestrian" against "No other vehicles or pedestrians were involved". Null for a
 * post with a negation of its own (it mostly retells the denial: "no sand boils, levee's
 * stable"), a question, or a word the statement also says plainly.
 *
 * @example participantTheStatementDenies(claimSide, statementSide)?.word // 'pedestrian'
 */
export function participantTheStatementDenies(claim: ClaimSide, statement: EvidenceSide): { word: string; sentence: string } | null {
  if (claim.analysis.question || claim.analysis.negation > 0) return null;
  const sentences = statement.analysis.sentences as readonly AnalysedSentence[];
  const denied = sentences.map((s) => deniedNouns(s.text));
  for (const t of claim.analysis.content) {
    const at = denied.findIndex((d) => d.has(t));
    if (at < 0) continue;
    if (sentences.some((s, i) => s.contentSet.has(t) && !(denied[i] as Set<string>).has(t) && !s.negated.has(t))) continue;
    return { word: claim.analysis.surfaces.get(t) ?? t, sentence: (sentences[at] as AnalysedSentence).text };
  }
  return null;
}
