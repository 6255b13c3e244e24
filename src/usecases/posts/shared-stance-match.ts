import { sharedStance } from '../../core/clustering/shared-stance';
import { usableTopMatch } from '../../core/matching/usable-match';
import type { StatementMatch } from '../../core/matching';
import type { MatchMemo } from './match-memo';

/**
 * The matches with the top one taking the stance the cluster's sampled members agree on (see
 * sharedStance); when that differs from the top match's own, the first reason says why.
 *
 * @example withSharedStance(found, memo)[0].stance // 'contradicts' when most members read so
 */
export function withSharedStance(found: StatementMatch[], memo: MatchMemo): StatementMatch[] {
  const top = usableTopMatch(found);
  if (!top) return found;
  const votes = [...memo.stances.values()].filter((m) => m.statementId === top.statementId).map((m) => m.stance);
  const stance = sharedStance(top.stance, votes);
  if (stance === top.stance) return found;
  const split = [...new Set(votes)].map((s) => `${votes.filter((v) => v === s).length} ${s.replace('_', ' ')}`).join(', ');
  return [{ ...top, stance, stanceReasons: [`the cluster's posts read differently against this statement (${split}); the cluster takes what most of them say`, ...top.stanceReasons] }, ...found.slice(1)];
}
