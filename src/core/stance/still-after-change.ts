import { samePlace, type KeyFact } from '../facts';
import type { AnalysedSentence } from './analyse-text';
import type { ClaimSide, EvidenceSide } from './stance-features';

// "fenwick square station STILL closed", "the inmate is STILL out there", "ketterly still under
// shelter in place": a state the post says goes on. "still" up to two words before the state's
// words, in one clause ("its voluntary not mandatory but still. get out" says no state goes on).
const STILL_BEFORE = (surface: string): RegExp => new RegExp(String.raw`\bstill\s+(?:[\w']+\s+){0,2}?${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');

/** The statement's last word on a state a post says still holds, when that word is another state. */
export interface StillAfterChange {
  sentence: string;
  /** The post's state, as written. */
  claim: string;
  /** The statement's last state of that slot, as written. */
  statement: string;
}

/**
 * A state the post says still holds ("STILL closed") when the statement's last word on that
 * state is another one ("Fenwick Square station reopened at 6 a.m.", after telling of the
 * closure): the department's update, which the post has missed. Read per sentence in order, so
 * a statement that tells the closure and then the reopening ends on the reopening. When the post
 * names its place, only sentences naming that place count ("Pell Hollow reopened" says nothing of
 * Larkspur Flat). Null for a question, a state without "still", a post that gives the state two
 * values itself, or a statement whose last word is the post's.
 *
 * @example stillAfterChange(claimSide, statementSide)?.statement // 'reopened'
 */
export function stillAfterChange(claim: ClaimSide, statement: EvidenceSide): StillAfterChange | null {
  if (claim.analysis.question || !/\bstill\b/i.test(claim.analysis.text)) return null;
  const places = claim.facts.filter((f) => f.kind === 'place');
  const sentences = statement.analysis.sentences as readonly AnalysedSentence[];
  for (const f of claim.facts) {
    // The state's words may hold the "still" themselves ("STILL closed" read as one phrase).
    if (f.kind !== 'status' || f.slot.startsWith('contrast:') || !(/\bstill\b/i.test(f.surface) || STILL_BEFORE(f.surface).test(claim.analysis.text))) continue;
    // A post that gives the slot another state too, or scopes it, tells a split ("sr 9 is still
    // open ... right lane closed", "bridge reopened, one lane still closed").
    if (claim.facts.some((g) => (g.slot === f.slot && g.value !== f.value) || g.kind === 'scope')) continue;
    let last: { fact: KeyFact; sentence: number } | null = null;
    for (let i = 0; i < sentences.length; i++) {
      const facts = statement.factsOf(i);
      const said = facts.filter((g) => g.slot === f.slot && g.replaced !== true);
      if (!said.length) continue;
      // A post that names its place is answered only by sentences that name it too.
      if (places.length && !facts.some((g) => g.kind === 'place' && places.some((c) => c.slot === g.slot && samePlace(c.value, g.value)))) continue;
      last = { fact: said[said.length - 1] as KeyFact, sentence: i };
    }
    if (last === null || last.fact.value === f.value) continue;
    return { sentence: (sentences[last.sentence] as AnalysedSentence).text, claim: f.surface.replace(/^still\s+/i, ''), statement: last.fact.surface };
  }
  return null;
}
