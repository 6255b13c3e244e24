import type { Membership } from '../../core/clustering';
import type { FactorRef } from '../../core/scoring';
import { newAccountSql } from '../sql-rules';
import type { Sql } from './sql';

/** Members looked at for a spread factor's example posts. */
const EXAMPLE_SCAN = 500;

/** A member as the cluster page lists it. */
export interface MemberRef {
  postId: number;
  reason: string;
  similarity: number | null;
  pinned: boolean;
}

/**
 * Which post is in which cluster (`post_clusters`): joining, looking up, listing and the
 * officer's moves. Moves change only the rows; the caller recounts both clusters after.
 *
 * @example clusterMembership(sql).clusterOfPost(42) // { clusterId: 3, pinned: false, reason: 'near_duplicate' }
 */
export function clusterMembership(sql: Sql) {
  return {
    /** The membership row alone; the counters follow with addCounters. */
    addMember(clusterId: number, m: Membership, now: string): void {
      sql(
        `INSERT INTO post_clusters (post_id, cluster_id, reason, similarity, pinned, assigned_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(post_id) DO UPDATE SET cluster_id = excluded.cluster_id, reason = excluded.reason,
           similarity = excluded.similarity, pinned = excluded.pinned, assigned_at = excluded.assigned_at`,
      ).run(m.postId, clusterId, m.reason, m.similarity, m.pinned ? 1 : 0, now);
    },

    clusterOfPost(postId: number): { clusterId: number; pinned: boolean; reason: string } | null {
      const row = sql('SELECT cluster_id, pinned, reason FROM post_clusters WHERE post_id = ?').get(postId) as
        | { cluster_id: number; pinned: number; reason: string }
        | undefined;
      return row ? { clusterId: row.cluster_id, pinned: row.pinned === 1, reason: row.reason } : null;
    },

    /** Members in posting order, a page at a time. */
    memberIds(clusterId: number, limit: number, offset = 0): MemberRef[] {
      const rows = sql(
        `SELECT pc.post_id, pc.reason, pc.similarity, pc.pinned FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
         WHERE pc.cluster_id = ? ORDER BY p.posted_at, p.id LIMIT ? OFFSET ?`,
      ).all(clusterId, limit, offset) as { post_id: number; reason: string; similarity: number | null; pinned: number }[];
      return rows.map((r) => ({ postId: r.post_id, reason: r.reason, similarity: r.similarity, pinned: r.pinned === 1 }));
    },

    /** Distinct texts of the earliest members, for re-matching a growing cluster. */
    memberTexts(clusterId: number, limit: number): { postId: number; text: string }[] {
      // A bounded window of the earliest memberships (index on cluster_id, post_id), so the cost
      // stays flat however large the cluster grows. Exact copies are dropped before their post
      // rows are read (their text is an earlier member's), and reading stops at `limit` distinct
      // texts: a post row, text and all, is the costly read, and at a million rows reading all
      // forty of a big cluster's window on every re-score was a growing share of a batch.
      const rows = sql(
        `SELECT p.id AS postId, p.text AS text, p.content_hash AS hash
         FROM (SELECT post_id, reason FROM post_clusters WHERE cluster_id = ? ORDER BY post_id LIMIT ?) pc
         JOIN posts p ON p.id = pc.post_id
         WHERE pc.reason <> 'exact' AND p.text IS NOT NULL ORDER BY pc.post_id`,
      ).iterate(clusterId, limit * 10) as IterableIterator<{ postId: number; text: string; hash: string }>;
      const seen = new Set<string>();
      const out: { postId: number; text: string }[] = [];
      for (const row of rows) {
        if (seen.has(row.hash)) continue;
        seen.add(row.hash);
        out.push({ postId: row.postId, text: row.text });
        // Leaving the loop early ends the statement (the iterator's return() resets it).
        if (out.length >= limit) break;
      }
      return out;
    },

    /**
     * The first few members (by desk id) that are copies (exact copies and reposts, as the copy
     * counter counts them) or come from accounts under 30 days old, for a spread factor to name.
     * Only the earliest EXAMPLE_SCAN members are looked at, so a cluster whose copies all came
     * late costs a bounded read, not one over every member, on each re-score.
     */
    memberExamples(clusterId: number, kind: 'copy' | 'new_account', limit: number): FactorRef[] {
      const which = kind === 'copy' ? "pc.reason IN ('exact', 'repost')" : `${newAccountSql('p')} = 1`;
      const rows = sql(
        `SELECT p.id AS id, p.url AS url
         FROM (SELECT post_id, reason FROM post_clusters WHERE cluster_id = ? ORDER BY post_id LIMIT ?) pc JOIN posts p ON p.id = pc.post_id
         WHERE ${which} ORDER BY pc.post_id LIMIT ?`,
      ).all(clusterId, EXAMPLE_SCAN, limit) as { id: number; url: string | null }[];
      return rows.map((r) => ({ kind: 'post', id: String(r.id), url: r.url }));
    },

    /** Moves every member of one cluster into another (officer merge). */
    reassignAll(fromId: number, intoId: number, now: string): number {
      return sql("UPDATE post_clusters SET cluster_id = ?, reason = 'merged', pinned = 1, assigned_at = ? WHERE cluster_id = ?").run(intoId, now, fromId).changes;
    },

    /** Moves one post and pins it there, so automatic assignment never moves it back. */
    reassignPost(postId: number, toId: number, reason: 'moved' | 'split', now: string): void {
      sql('UPDATE post_clusters SET cluster_id = ?, reason = ?, pinned = 1, assigned_at = ? WHERE post_id = ?').run(toId, reason, now, postId);
    },
  };
}
