import type { KeyFact } from '../facts';
import { escapeRegex } from '../text/escape-regex';
import { namesPostPlace } from './post-places';
import type { AnalysedSentence } from './analyse-text';
import type { ClaimSide, EvidenceSide } from './stance-features';

// "fenwick square station STILL closed", "the inmate is STILL out there", "ketterly still under
// shelter in place": a state the post says goes on. "still" up to two words before the state's
// words, in one clause ("its voluntary not mandatory but still. get out" says no state goes on).
const STILL_BEFORE = (surface: string): RegExp => new RegExp(String.raw`\bstill\s+(?:[\w']+\s+){0,2}?${escapeRegex(surface)}`, 'i');

// A sentence that says what may come is no word on what holds now: "is expected to reopen
// Friday", "will be lifted once two rounds of tests come back clean".
const MAY_COME = /\b(?:will|would|expected|may|might|could|should|if|once|plans?|planned|scheduled|unless)\b/i;
// A sentence that says a state goes on: "remains closed", "Towers 9 and 10 stay closed".
const GOES_ON = /\b(?:remains?|still|continues?|continuing|stays?|until further notice)\b/i;

// Clauses of a statement sentence: "Zone C lowered to voluntary evacuation; Zone B remains
// mandatory", "Route 9, which remains closed, while Route 12 has reopened".
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\b/;

/**
 * Whether a clause of the sentence says the post's state goes on ("remains open", "stay closed")
 * of the post's place, when the post names one: "The Oak Park shelter remains open, and the
 * Lincoln High shelter closed" keeps the Oak Park shelter open; "Zone C lowered to voluntary;
 * Zone B remains mandatory" keeps nothing mandatory in Zone C.
 */
function saysItGoesOn(text: string, said: readonly KeyFact[], state: KeyFact, places: readonly KeyFact[]): boolean {
  const same = said.filter((g) => g.value === state.value);
  if (!same.length) return false;
  return text.split(CLAUSE_BREAK).some((clause) => {
    const lower = clause.toLowerCase();
    if (!GOES_ON.test(clause) || !same.some((g) => lower.includes(g.surface.toLowerCase()))) return false;
    return !places.length || places.some((p) => lower.includes(p.value) || lower.includes(p.surface.toLowerCase()));
  });
}

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
 * Larkspur Flat). Sentences that deny the state or say what may come ("expected to reopen
 * Friday") are no word on now. Null for a question, a state without "still", a post that gives
 * the state two values itself, a statement that says the post's state goes on ("remains closed")
 * or whose last word is the post's, and a post naming no place against a statement that speaks
 * of several.
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
    let holds = false;
    for (let i = 0; i < sentences.length; i++) {
      const facts = statement.factsOf(i);
      const text = (sentences[i] as AnalysedSentence).text;
      // What the statement denies, replaced or says may come is no word on what holds now.
      const said = facts.filter((g) => g.slot === f.slot && g.replaced !== true && !(g.negated && !g.folded));
      if (!said.length) continue;
      // A post that names its place is answered only by sentences that name it.
      if (places.length && !namesPostPlace(facts, places)) continue;
      if (saysItGoesOn(text, said, f, places)) holds = true;
      if (!MAY_COME.test(text)) last = { fact: said[said.length - 1] as KeyFact, sentence: i };
    }
    if (last === null || holds || last.fact.value === f.value) continue;
    return { sentence: (sentences[last.sentence] as AnalysedSentence).text, claim: f.surface.replace(/^still\s+/i, ''), statement: last.fact.surface };
  }
  return null;
}
