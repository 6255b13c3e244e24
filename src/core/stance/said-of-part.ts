import { saysSameState, type KeyFact } from '../facts';
import { namesPostPlace } from './post-places';
import type { AnalysedSentence } from './analyse-text';
import type { Alignment, ClaimSide, EvidenceSide } from './stance-features';

// "All 4 cars ... were found", "both 2 suspects", "all the kids": a post that counts the whole
// it says the state of. Looser words of "all" are not read: "for everyone freaking out", "closed
// both ways", "open all night", "all of Saltmarsh Key" (a place, which the place readers bind).
const ALL_COUNTED = /\b(?:all|both)\s+(?:the\s+|of\s+the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen)\b|\ball\s+the\s+[a-z]+s\b/i;

const WHOLE = /\b(?:all|both|every|each)\b/i;
const PART = /\b(?:other|others|rest|remaining|of the|of them|of those|only|some|not all)\b/i;

/** The statement saying the post's state of some and another of the rest, as an officer reads it. */
export interface SaidOfPart {
  sentence: string;
  /** The state the post and the statement share, as the statement writes it. */
  claim: string;
  /** The other state the statement gives the same slot, as written. */
  statement: string;
}

/**
 * Where a post says of all what the statement says only of some: it shares a state with the
 * statement ("recovered"), says it of all ("all 4 cars were found"), and the statement gives the
 * same slot another state too ("The other two have not been found"). A statement that says both
 * does not confirm "all"; the officer reads it. Null for a post that does not count the whole, asks,
 * or gives the slot both states itself.
 *
 * @example saidOfPart(alignment, claimSide, statementSide)?.statement // 'not been found'
 */
export function saidOfPart(alignment: Alignment, claim: ClaimSide, statement: EvidenceSide): SaidOfPart | null {
  if (claim.analysis.question || !ALL_COUNTED.test(claim.analysis.text)) return null;
  const sentences = statement.analysis.sentences as readonly AnalysedSentence[];
  for (const p of alignment.facts.shared) {
    // Outcomes are said of people one by one ("the driver died; the passenger is critical").
    if (p.claim.kind !== 'status' || p.claim.slot.startsWith('contrast:')) continue;
    // A post that gives the slot another value too tells the split itself.
    if (claim.facts.some((f) => f.slot === p.claim.slot && !saysSameState(f, p.claim))) continue;
    // A statement that says the state of all of them agrees ("All four inmates who escaped have
    // been captured").
    if (sentences.some((s, i) => statement.factsOf(i).includes(p.statement) && WHOLE.test(s.text))) continue;
    for (let i = 0; i < sentences.length; i++) {
      const text = (sentences[i] as AnalysedSentence).text;
      // The rest must be a part of the same group: "The other two have not been found", "two of the
      // four", not "the inmates who escaped Tuesday" or "District offices will remain open".
      if (!PART.test(text)) continue;
      const other = statement.factsOf(i).find((f: KeyFact) => f.slot === p.claim.slot && !saysSameState(f, p.statement));
      if (other) return { sentence: text, claim: p.statement.surface, statement: other.surface };
    }
  }
  return null;
}

/** The statement naming the post's state as replaced, for the post's own place. */
export interface ReplacedThere {
  sentence: string;
  /** The replaced state, as the statement writes it. */
  statement: string;
}

/**
 * Where the statement says the post's state no longer holds at the post's place: "GP-14 STILL
 * MANDATORY" against "Zone GP-14 ... has been downgraded from a mandatory evacuation order to an
 * evacuation warning", when a headline says "mandatory" of another zone in the same breath. Null
 * when the post names no place or the statement's change names none of the post's places.
 */
export function replacedAtPlace(alignment: Alignment, claim: ClaimSide, statement: EvidenceSide): ReplacedThere | null {
  const places = claim.facts.filter((f) => f.kind === 'place');
  if (!places.length) return null;
  const sentences = statement.analysis.sentences as readonly AnalysedSentence[];
  for (const p of alignment.facts.shared) {
    if (p.claim.kind !== 'status' || p.claim.slot.startsWith('contrast:')) continue;
    for (let i = 0; i < sentences.length; i++) {
      const facts = statement.factsOf(i);
      const old = facts.find((f: KeyFact) => f.replaced === true && saysSameState(f, p.claim));
      if (!old) continue;
      if (namesPostPlace(facts, places)) return { sentence: (sentences[i] as AnalysedSentence).text, statement: old.surface };
    }
  }
  return null;
}
