import { isUsableMatch } from '../../core/matching/usable-match';
import type { Stance } from '../../core/types';
import type { StatementMatch } from '../../core/matching';

/** Match results of one cluster's member texts: each member's top score, and the best in full. */
export interface MatchMemo {
  at: number;
  scores: Map<number, number>;
  /** Each sampled member's top statement and the stance it got. */
  stances: Map<number, { statementId: number; stance: Stance }>;
  /** The best member's matches as {@link keptMatches} leaves them. */
  best: { postId: number; found: StatementMatch[] } | null;
}

/** Stands in for a match decided `none`: storing a cluster's match skips those (usable-match.ts). */
const UNUSABLE: StatementMatch = Object.freeze({
  statementId: -1,
  score: 0,
  decision: 'none',
  stance: 'unclear',
  stanceConfidence: 0,
  stanceSentence: null,
  stanceReasons: [],
  decisionNotes: [],
  features: {},
  thresholds: { possible: 1, strong: 1 },
  matchedTerms: [],
  passage: '',
}) as StatementMatch;

/**
 * What a memo keeps of a match result: the usable matches as they are, each one decided `none`
 * replaced, in place, by one shared stand-in. Whatever reads a memo's result (the usable top
 * match, the usable matches, the shared stance) gets the same answer from it, and a cluster
 * that never matched a statement (most of a batch: one-off posts) no longer keeps its three full
 * results (features, reasons, passage: several kB) until the end of the run.
 *
 * @example keptMatches([strong, none])[1].decision // 'none', and its features are gone
 */
export function keptMatches(found: readonly StatementMatch[]): StatementMatch[] {
  return found.map((m) => (isUsableMatch(m) ? m : UNUSABLE));
}

/**
 * Each cluster's memo of its member texts' matches, kept for `ttlMs`: the sampled members of a
 * growing cluster rarely change, so without it every milestone re-ran the same matches (most of
 * a batch's time); the expiry lets a statement published meanwhile be found.
 *
 * At most `limit` memos are kept, the least recently used going first: an evicted memo is
 * treated as an expired one (the next milestone matches its sample afresh). Without the bound a
 * batch kept one memo per cluster it ever made, about 3 kB each, mostly for one-off posts that
 * never reach a second milestone: 200 MB at a million rows (issue 17).
 *
 * @example const memos = new MatchMemos(600_000, 8192); remember(memos.of(7, now), 12, found);
 */
export class MatchMemos {
  private readonly memos = new Map<number, MatchMemo>();

  constructor(
    private readonly ttlMs: number,
    private readonly limit: number,
  ) {}

  /** How many memos are held. */
  get size(): number {
    return this.memos.size;
  }

  /** Forgets every memo: the statements they matched against changed (a retraction, a supersession, an edit). */
  clear(): void {
    this.memos.clear();
  }

  /** The cluster's memo, or a fresh one when there is none or it expired. */
  of(clusterId: number, now: Date): MatchMemo {
    const existing = this.memos.get(clusterId);
    // Re-inserted so the Map's order is the order of use: the first key is the least recent.
    this.memos.delete(clusterId);
    const memo: MatchMemo = existing && now.getTime() - existing.at <= this.ttlMs ? existing : { at: now.getTime(), scores: new Map(), stances: new Map(), best: null };
    this.memos.set(clusterId, memo);
    if (this.memos.size > this.limit) this.memos.delete(this.memos.keys().next().value as number);
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
