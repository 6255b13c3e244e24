import type { Credibility, ScoreRecord } from '../ports';

/**
 * The credibility record inside a stored score: everything but what the store keeps beside it
 * (triage, reply stance, time). Taken apart rather than rebuilt field by field, so a field the
 * core adds to its result (as `howSure` was) reaches the cluster pages without a change here.
 *
 * @example storedCredibility(scores.find('cluster', 3)!).howSure // '5 in 10 claims like this turned out false…'
 */
export function storedCredibility(score: ScoreRecord): Credibility {
  const { priority: _priority, action: _action, actionReason: _reason, harmCategory: _harm, replyStance: _stance, createdAt: _at, ...credibility } = score;
  return credibility;
}
