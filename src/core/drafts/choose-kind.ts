import type { MatchDecision, Stance } from '../types';
import type { DraftKind } from './draft-types';

/**
 * The draft kind that fits what we know. A claim with no matched statement, one the statement
 * does not address, or one whose stance is `unclear` gets a holding message: a correction or a
 * confirmation must rest on what the statement settles, and `unclear` means the desk could not
 * tell. A contradicted claim gets a correction; a supported one a confirmation. "Partly right"
 * is a human judgement the stance model does not make, so a clarification is only drafted when
 * the caller asks for it.
 *
 * @example chooseDraftKind('contradicts', 'strong', true) // 'correction'
 * @example chooseDraftKind('unclear', 'strong', true) // 'holding'
 */
export function chooseDraftKind(stance: Stance, decision: MatchDecision, hasStatement: boolean): DraftKind {
  if (!hasStatement || decision === 'none') return 'holding';
  switch (stance) {
    case 'contradicts':
      return 'correction';
    case 'supports':
      return 'confirmation';
    case 'unclear':
    case 'not_addressed':
      return 'holding';
  }
}
