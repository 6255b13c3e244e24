import type { MembershipReason } from '../../core/clustering';
import type { ClusterMember, clusterCounters } from './counters';
import { carriesLinkSql, engagementSql, newAccountSql } from '../sql-rules';
import type { Sql } from './sql';

type Counters = ReturnType<typeof clusterCounters>;

/**
 * Rebuilding a cluster's counters from its members after an officer changed them (merge, move,
 * split). Officer actions are rare, so exactness wins over speed: the counters are zeroed and
 * every member is added again through the same addCounters that ingestion uses, so the two
 * cannot disagree on what a member counts for.
 *
 * @example clusterRecount(sql, counters).recompute(3, 30, now)
 */
export function clusterRecount(sql: Sql, counters: Counters) {
  /** Each member's signals as the pipeline computed them at ingestion, read back from its post. */
  function membersOf(clusterId: number, newAccountDays: number): ClusterMember[] {
    const rows = sql(
      `SELECT pc.post_id AS postId, pc.reason AS reason, pc.similarity AS similarity, pc.pinned AS pinned,
         p.author_handle AS author, p.platform AS platform, p.posted_at AS postedAt,
         ${engagementSql('p')} AS engagement,
         ${newAccountSql('p', '@days')} AS fresh,
         pc.reason IN ('exact', 'repost') AS copy
       FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = @id`,
    ).all({ id: clusterId, days: newAccountDays }) as {
      postId: number;
      reason: MembershipReason;
      similarity: number | null;
      pinned: number;
      author: string | null;
      platform: string;
      postedAt: string | null;
      engagement: number;
      fresh: number | null;
      copy: number;
    }[];
    return rows.map((r) => ({
      clusterId,
      membership: {
        postId: r.postId,
        reason: r.reason,
        similarity: r.similarity,
        pinned: r.pinned === 1,
        author: r.author,
        platform: r.platform,
        postedAt: r.postedAt,
        engagement: r.engagement,
        fromNewAccount: r.fresh === 1,
        isCopy: r.copy === 1,
      },
    }));
  }

  /** Replies to any member, by stance; a denial with a link is a correction. */
  function repliesTo(clusterId: number): { support: number; deny: number; query: number; comment: number; corrections: number } {
    const replies = sql(
      `SELECT s.reply_stance AS stance, COUNT(*) AS n, COALESCE(SUM(${carriesLinkSql('r.text')}), 0) AS linked
       FROM posts r JOIN scores s ON s.subject_type = 'post' AND s.subject_id = r.id
       JOIN posts parent ON parent.platform = r.platform AND parent.external_id = r.reply_to
       JOIN post_clusters pc ON pc.post_id = parent.id
       WHERE pc.cluster_id = ? AND s.reply_stance IS NOT NULL GROUP BY s.reply_stance`,
    ).all(clusterId) as { stance: string; n: number; linked: number }[];
    const count = (stance: string) => replies.find((r) => r.stance === stance)?.n ?? 0;
    return {
      support: count('support'),
      deny: count('deny'),
      query: count('query'),
      comment: count('comment'),
      corrections: replies.find((r) => r.stance === 'deny')?.linked ?? 0,
    };
  }

  /** The replies to the cluster's members as cluster_replies records them, rebuilt with the counts above. */
  function recordReplies(clusterId: number): void {
    sql('DELETE FROM cluster_replies WHERE cluster_id = ?').run(clusterId);
    // OR REPLACE: after a merge, a reply may still be recorded under the cluster it came from.
    sql(
      `INSERT OR REPLACE INTO cluster_replies (post_id, cluster_id, stance, correction)
       SELECT r.id, pc.cluster_id, s.reply_stance, s.reply_stance = 'deny' AND ${carriesLinkSql('r.text')}
       FROM posts r JOIN scores s ON s.subject_type = 'post' AND s.subject_id = r.id
       JOIN posts parent ON parent.platform = r.platform AND parent.external_id = r.reply_to
       JOIN post_clusters pc ON pc.post_id = parent.id
       WHERE pc.cluster_id = ? AND s.reply_stance IN ('support', 'deny', 'query', 'comment')`,
    ).run(clusterId);
  }

  return {
    recompute(clusterId: number, newAccountDays: number, now: string): void {
      sql('DELETE FROM cluster_hourly WHERE cluster_id = ?').run(clusterId);
      sql('DELETE FROM cluster_authors WHERE cluster_id = ?').run(clusterId);
      sql(
        `UPDATE clusters SET post_count = 0, unique_authors = 0, total_engagement = 0, first_seen = NULL, last_seen = NULL,
           copy_posts = 0, new_account_posts = 0, platforms = '[]', peak_hour_posts = 0,
           replies_support = @support, replies_deny = @deny, replies_query = @query, replies_comment = @comment,
           corrections = @corrections, updated_at = @now WHERE id = @id`,
      ).run({ id: clusterId, ...repliesTo(clusterId), now });
      recordReplies(clusterId);
      counters.addCounters(membersOf(clusterId, newAccountDays), now);
      // The representative must be a member: after a split or move, fall back to the earliest post
      // whose text retention has kept (a purged post has none).
      sql(
        `UPDATE clusters SET (representative_post_id, representative_text) = (
           SELECT p.id, COALESCE(p.text, clusters.representative_text) FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
           WHERE pc.cluster_id = clusters.id ORDER BY p.purged_at IS NOT NULL, p.posted_at, p.id LIMIT 1)
         WHERE id = ? AND NOT EXISTS (SELECT 1 FROM post_clusters WHERE cluster_id = clusters.id AND post_id = clusters.representative_post_id)
           AND EXISTS (SELECT 1 FROM post_clusters WHERE cluster_id = clusters.id)`,
      ).run(clusterId);
    },
  };
}
