import { saysSameState } from '../facts';
import type { AnalysedSentence } from './analyse-text';
import type { Alignment, EvidenceSide } from './stance-features';

// Words that open a clause saying what may happen, not what has: "If approved, construction would
// begin", "unless the order is lifted", "whether the road reopens". Not "once": "Once crews
// cleared the debris, Route 9 reopened" says what happened.
const CONDITION = /\b(?:if|unless|whether|should\s+the|in\s+case)\b/gi;
// A modal right before a state: "the plan would close the street", "crews could reopen it" ("may"
// is left out: "residents may return home" gives leave).
const MODAL_BEFORE = /\b(?:would|could|might)\s+(?:be\s+|have\s+been\s+|then\s+)?$/i;
// What ends the clause a condition opens.
const CLAUSE_END = /[;,.:]|\bthen\b|\band\b/i;

/** Whether the state at `surface` in `sentence` is said under a condition or a modal. */
function saidAsPossibility(sentence: string, surface: string): string | null {
  const at = sentence.indexOf(surface);
  if (at < 0) return null;
  const before = sentence.slice(0, at);
  const modal = MODAL_BEFORE.exec(before);
  if (modal) return `${modal[0].trim()} ${surface}`;
  let cue: RegExpExecArray | null = null;
  for (const m of before.matchAll(CONDITION)) cue = m as RegExpExecArray;
  if (!cue) return null;
  // The condition must still be open where the state is said ("If you see him, call 911. The
  // road is closed" does not put "closed" under the "if").
  const between = before.slice((cue.index ?? 0) + cue[0].length);
  return CLAUSE_END.test(between) ? null : sentence.slice(cue.index ?? 0, at + surface.length);
}

/**
 * A state the post asserts that the statement says only as a possibility ("commission approved
 * the jail wing" against "If approved, construction would begin in 2027"): the words as the
 * statement says them beside the post's, or null when it says the state plainly somewhere (or
 * says no shared state).
 *
 * @example stateSaidOnlyAsPossibility(alignment, 'the board approved it', statementSide) // { claim: 'approved', statement: 'If approved' }
 */
export function stateSaidOnlyAsPossibility(alignment: Alignment, claimText: string, statement: EvidenceSide): { claim: string; statement: string } | null {
  const sentences = statement.analysis.sentences;
  for (const p of alignment.facts.shared) {
    if (p.claim.kind !== 'status' && p.claim.kind !== 'outcome' && !p.claim.slot.startsWith('contrast:')) continue;
    // A post that says it as a possibility too ("if they approve it, ...") asserts nothing here.
    if (saidAsPossibility(claimText, p.claim.surface) !== null) continue;
    let possibility: string | null = null;
    let plainly = false;
    for (let i = 0; i < sentences.length && !plainly; i++) {
      const text = (sentences[i] as AnalysedSentence).text;
      for (const said of statement.factsOf(i)) {
        if (!saysSameState(said, p.claim)) continue;
        const cue = saidAsPossibility(text, said.surface);
        if (cue === null) {
          plainly = true;
          break;
        }
        possibility ??= cue;
      }
    }
    if (possibility !== null && !plainly) return { claim: p.claim.surface, statement: possibility };
  }
  return null;
}
