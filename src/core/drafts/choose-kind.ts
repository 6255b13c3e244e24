import type { MatchDecision, Stance } from '../types';
import type { DraftKind } from './draft-types';

/**
 * The draft kind that fits what we know. A claim with no matched statement, or one the
 * statement does not address, gets a holding message; a contradicted claim a correction; a
 * supported one a confirmation. "Partly right" is a human judgement the stance model does not
 * make, so a clarification is only drafted when the caller asks for it.
 *
 * @example chooseDraftKind('contradicts', 'confirmed', true) // 'correction'
 */
export function chooseDraftKind(stance: Stance, decision: MatchDecision, hasStatement: boolean): DraftKind {
  if (!hasStatement || decision === 'none' || stance === 'not_addressed') return 'holding';
  return stance === 'contradicts' ? 'correction' : 'confirmation';
}
