import type { Membership } from '../../core/clustering';
import type { ReplyStanceLabel } from '../../core/scoring/types';
import type { Sql } from './sql';

/** A member and the cluster it joined. */
export interface ClusterMember {
  clusterId: number;
  membership: Membership;
}

/** What a batch of members adds to one cluster, before the store is asked anything. */
interface Sum {
  posts: number;
  engagement: number;
  fromNew: number;
  copies: number;
  first: string | null;
  last: string | null;
  platforms: Set<string>;
  authors: Set<string>;
  hours: Map<string, { posts: number; engagement: number }>;
}

/** The hour a post counts in, as `cluster_hourly` keys it. */
function hourOf(postedAt: string): string {
  return postedAt.slice(0, 13) + ':00:00.000Z';
}

function sumByCluster(members: readonly ClusterMember[]): Map<number, Sum> {
  const sums = new Map<number, Sum>();
  for (const { clusterId, membership: m } of members) {
    let sum = sums.get(clusterId);
    if (!sum) {
      sum = { posts: 0, engagement: 0, fromNew: 0, copies: 0, first: null, last: null, platforms: new Set(), authors: new Set(), hours: new Map() };
      sums.set(clusterId, sum);
    }
    sum.posts += 1;
    sum.engagement += m.engagement;
    if (m.fromNewAccount) sum.fromNew += 1;
    if (m.isCopy) sum.copies += 1;
    sum.platforms.add(m.platform);
    if (m.author) sum.authors.add(m.author);
    if (m.postedAt) {
      if (sum.first === null || m.postedAt < sum.first) sum.first = m.postedAt;
      if (sum.last === null || m.postedAt > sum.last) sum.last = m.postedAt;
      const hour = hourOf(m.postedAt);
      const h = sum.hours.get(hour) ?? { posts: 0, engagement: 0 };
      h.posts += 1;
      h.engagement += m.engagement;
      sum.hours.set(hour, h);
    }
  }
  return sums;
}

/**
 * The one path by which members reach a cluster's counters (post count, authors, engagement,
 * first and last post, copies, new accounts, platforms, hourly volume and its peak); replies
 * are counted against the post they answer.
 *
 * @example clusterCounters(sql).addCounters([{ clusterId: 3, membership }], now)
 */
export function clusterCounters(sql: Sql) {
  return {
    /**
     * The counters of many new members at once: one update per cluster, one per cluster-hour
     * and one per new cluster author, instead of four statements a post. Sums, minimums and
     * maximums do not depend on the order of the posts, and the peak hour is the hour's final
     * count since members only add to it.
     */
    addCounters(members: readonly ClusterMember[], now: string): void {
      const addAuthor = sql('INSERT OR IGNORE INTO cluster_authors (cluster_id, author) VALUES (?, ?)');
      const addHour = sql(
        `INSERT INTO cluster_hourly (cluster_id, hour, posts, engagement) VALUES (?, ?, ?, ?)
         ON CONFLICT(cluster_id, hour) DO UPDATE SET posts = posts + excluded.posts, engagement = engagement + excluded.engagement
         RETURNING posts`,
      );
      // The platform list is a sorted JSON array, rebuilt in SQL only when a new platform joins.
      const update = sql(
        `UPDATE clusters SET
           post_count = post_count + @posts,
           unique_authors = unique_authors + @newAuthors,
           total_engagement = total_engagement + @engagement,
           new_account_posts = new_account_posts + @fromNew,
           copy_posts = copy_posts + @copies,
           first_seen = CASE WHEN @first IS NOT NULL AND (first_seen IS NULL OR @first < first_seen) THEN @first ELSE first_seen END,
           last_seen = CASE WHEN @last IS NOT NULL AND (last_seen IS NULL OR @last > last_seen) THEN @last ELSE last_seen END,
           peak_hour_posts = MAX(peak_hour_posts, @peak),
           platforms = CASE WHEN EXISTS (SELECT 1 FROM json_each(@platforms) n WHERE n.value NOT IN (SELECT value FROM json_each(platforms)))
             THEN (SELECT json_group_array(value) FROM (SELECT value FROM json_each(platforms) UNION SELECT value FROM json_each(@platforms) ORDER BY value))
             ELSE platforms END,
           updated_at = MAX(updated_at, @now)
         WHERE id = @id`,
      );
      for (const [clusterId, sum] of sumByCluster(members)) {
        let newAuthors = 0;
        for (const author of sum.authors) newAuthors += addAuthor.run(clusterId, author).changes;
        let peak = 0;
        for (const [hour, h] of sum.hours) peak = Math.max(peak, (addHour.get(clusterId, hour, h.posts, h.engagement) as { posts: number }).posts);
        update.run({
          id: clusterId,
          posts: sum.posts,
          newAuthors,
          engagement: sum.engagement,
          fromNew: sum.fromNew,
          copies: sum.copies,
          first: sum.first,
          last: sum.last,
          peak,
          platforms: JSON.stringify([...sum.platforms]),
          now,
        });
      }
    },

    /**
     * Counts a reply against the cluster of the post it answers, and records which reply it was
     * (cluster_replies), so the counters and the replies the crowd factor names cannot disagree.
     */
    addReplyStance(clusterId: number, stance: ReplyStanceLabel, isCorrection: boolean, now: string, replyPostId: number): void {
      const column = { support: 'replies_support', deny: 'replies_deny', query: 'replies_query', comment: 'replies_comment' }[stance];
      sql(`UPDATE clusters SET ${column} = ${column} + 1, corrections = corrections + ?, updated_at = ? WHERE id = ?`).run(isCorrection ? 1 : 0, now, clusterId);
      sql('INSERT OR REPLACE INTO cluster_replies (post_id, cluster_id, stance, correction) VALUES (?, ?, ?, ?)').run(replyPostId, clusterId, stance, isCorrection ? 1 : 0);
    },
  };
}
