import { saysSameState, type KeyFact } from '../facts';
import type { AnalysedSentence } from './analyse-text';
import type { Alignment, ClaimSide, EvidenceSide } from './stance-features';

// "All 4 cars ... were found", "both 2 suspects", "all the kids": a post that counts the whole
// it says the state of. Looser words of "all" are not read: "for everyone freaking out", "closed
// both ways", "open all night", "all of Saltmarsh Key" (a place, which the place readers bind).
const ALL_COUNTED = /\b(?:all|both)\s+(?:the\s+|of\s+the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen)\b|\ball\s+the\s+[a-z]+s\b/i;

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
    for (let i = 0; i < sentences.length; i++) {
      const other = statement.factsOf(i).find((f: KeyFact) => f.slot === p.claim.slot && !saysSameState(f, p.statement));
      if (other) return { sentence: (sentences[i] as AnalysedSentence).text, claim: p.statement.surface, statement: other.surface };
    }
  }
  return null;
}
