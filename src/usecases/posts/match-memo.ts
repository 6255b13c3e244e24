import { isUsableMatch } from '../../core/matching/usable-match';
import type { Stance } from '../../core/types';
import type { StatementMatch } from '../../core/matching';

/** Match results of one cluster's member texts: each member's top score, and the best in full. */
export interface MatchMemo {
  at: number;
  scores: Map<number, number>;
  /** Each sampled member's top statement and the stance it got. */
  stances: Map<number, { statementId: number; stance: Stance }>;
  best: { postId: number; text: string; found: StatementMatch[] } | null;
}

/**
 * Each cluster's memo of its member texts' matches, kept for `ttlMs`: the sampled members of a
 * growing cluster rarely change, so without it every milestone re-ran the same matches (most of
 * a batch's time); the expiry lets a statement published meanwhile be found.
 *
 * @example const memos = new MatchMemos(600_000); remember(memos.of(7, now), 12, found);
 */
export class MatchMemos {
  private readonly memos = new Map<number, MatchMemo>();

  constructor(private readonly ttlMs: number) {}

  /** The cluster's memo, or a fresh one when there is none or it expired. */
  of(clusterId: number, now: Date): MatchMemo {
    const existing = this.memos.get(clusterId);
    if (existing && now.getTime() - existing.at <= this.ttlMs) return existing;
    const memo: MatchMemo = { at: now.getTime(), scores: new Map(), stances: new Map(), best: null };
    this.memos.set(clusterId, memo);
    return memo;
  }
}

/**
 * Notes a member's match in the memo: its top score, and the statement and stance it votes for
 * when the top match is usable.
 *
 * @example remember(memo, 12, engine.match(text, options)); memo.scores.get(12) // the top score
 */
export function remember(memo: MatchMemo, postId: number, found: readonly StatementMatch[]): number {
  const top = found[0];
  const score = top?.score ?? 0;
  memo.scores.set(postId, score);
  if (top && isUsableMatch(top)) memo.stances.set(postId, { statementId: top.statementId, stance: top.stance });
  return score;
}
