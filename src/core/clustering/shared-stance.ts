import type { Stance } from '../types';

/**
 * The stance a cluster takes towards its statement: what its members' shared claim gets, not what
 * one wording of it got. The members (a sample, the representative among them) that matched the
 * same statement vote; a strict majority decides; without one, members that split between
 * `supports` and `contradicts` make the cluster `unclear`, else the representative's stance stands.
 *
 * @example sharedStance('supports', ['contradicts', 'contradicts', 'supports']) // 'contradicts'
 */
export function sharedStance(representative: Stance, members: readonly Stance[]): Stance {
  if (!members.length) return representative;
  const counts = new Map<Stance, number>();
  for (const s of members) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [stance, n] of counts) if (n * 2 > members.length) return stance;
  if (counts.has('supports') && counts.has('contradicts')) return 'unclear';
  return representative;
}
