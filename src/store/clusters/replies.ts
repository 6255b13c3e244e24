import type { ReplyEvidence, ReplyStanceLabel } from '../../core/scoring';
import type { Sql } from './sql';

interface ReplyRow {
  id: number;
  stance: ReplyStanceLabel;
  correction: number;
  url: string | null;
  postedAt: string | null;
  verified: number | null;
  followers: number | null;
  createdAt: string | null;
}

/**
 * The replies counted against a cluster, as the crowd factor reads them: stance, link, time and
 * how established the author's account is. No handle or display name leaves the store here.
 *
 * @example clusterReplies(sql).repliesOf(3) // [{ id: '41', stance: 'deny', authorVerified: true, ... }]
 */
export function clusterReplies(sql: Sql) {
  return {
    /**
     * How a cluster's counted replies arrived, as the veracity model reads a thread (issue 18):
     * how many, from how many distinct accounts, when the first came and how many came within an
     * hour of `since` (the cluster's first post). Timing is null when no reply has a time.
     */
    replyShapeOf(clusterId: number, since: string | null): { replies: number; replyAuthors: number | null; firstReplyAt: string | null; firstHourReplies: number | null } {
      const sinceMs = since ? Date.parse(since) : NaN;
      const hourEnd = Number.isFinite(sinceMs) ? new Date(sinceMs + 3_600_000).toISOString() : null;
      const row = sql(
        `SELECT COUNT(*) AS replies, COUNT(DISTINCT r.author_handle) AS authors, MIN(r.posted_at) AS firstAt,
           SUM(CASE WHEN ? IS NOT NULL AND r.posted_at IS NOT NULL AND r.posted_at <= ? THEN 1 ELSE 0 END) AS firstHour
         FROM cluster_replies cr JOIN posts r ON r.id = cr.post_id WHERE cr.cluster_id = ?`,
      ).get(hourEnd, hourEnd, clusterId) as { replies: number; authors: number; firstAt: string | null; firstHour: number | null };
      return {
        replies: row.replies,
        replyAuthors: row.authors > 0 ? row.authors : null,
        firstReplyAt: row.firstAt,
        firstHourReplies: hourEnd === null || row.firstAt === null ? null : (row.firstHour ?? 0),
      };
    },

    /**
     * The replies that deny, question or back the claim, oldest first (undated last, then by id).
     * Comments are only counted (clusters.replies_comment): they are most replies, and no
     * factor names them, so a thread's read stays a fraction of its size.
     */
    repliesOf(clusterId: number): ReplyEvidence[] {
      const rows = sql(
        `SELECT r.id AS id, cr.stance AS stance, cr.correction AS correction, r.url AS url, r.posted_at AS postedAt,
           r.author_verified AS verified, r.author_followers AS followers, r.author_created_at AS createdAt
         FROM cluster_replies cr JOIN posts r ON r.id = cr.post_id
         WHERE cr.cluster_id = ? AND cr.stance != 'comment' ORDER BY r.posted_at IS NULL, r.posted_at, r.id`,
      ).all(clusterId) as ReplyRow[];
      return rows.map((r) => ({
        id: String(r.id),
        stance: r.stance,
        url: r.url,
        postedAt: r.postedAt,
        authorVerified: r.verified === null ? null : r.verified === 1,
        authorFollowers: r.followers,
        authorCreatedAt: r.createdAt,
        correction: r.correction === 1,
      }));
    },
  };
}
