import type { Sql } from './sql';

/**
 * What retention does to clusters once all their posts are purged: their author lists go,
 * their counters stay (statistics and summaries are unchanged).
 *
 * @example clusterRetention(sql).fullyPurgedClusters() // [{ id: 3, representativeText: 'Bridge closed' }]
 */
export function clusterRetention(sql: Sql) {
  return {
    /** Clusters whose every post is purged: their author list goes, their counters stay. */
    forgetAuthorsOfPurged(): number {
      return sql(
        `DELETE FROM cluster_authors WHERE cluster_id IN (
           SELECT c.id FROM clusters c WHERE NOT EXISTS (
             SELECT 1 FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = c.id AND p.purged_at IS NULL))`,
      ).run().changes;
    },

    /**
     * Clusters whose representative post is purged while other members are not, with the earliest
     * member left to stand for them: the purged post's text (a name, a phone number) must not live
     * on as the cluster's text.
     */
    purgedRepresentatives(): { id: number; postId: number; text: string }[] {
      return sql(
        `SELECT c.id, n.id AS postId, n.text AS text FROM clusters c
           JOIN posts rp ON rp.id = c.representative_post_id AND rp.purged_at IS NOT NULL
           JOIN posts n ON n.id = (
             SELECT p.id FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
             WHERE pc.cluster_id = c.id AND p.purged_at IS NULL AND p.text IS NOT NULL ORDER BY p.posted_at, p.id LIMIT 1)`,
      ).all() as { id: number; postId: number; text: string }[];
    },

    pseudonymiseAuthor(handle: string, pseudonym: string): void {
      // Only where none of the handle's posts in the cluster is kept: a kept post still names it.
      // The author's clusters through the posts' author index: cluster_authors has no index by author.
      const gone = `author = @handle AND cluster_id IN (
           SELECT pc.cluster_id FROM posts p JOIN post_clusters pc ON pc.post_id = p.id WHERE p.author_handle IN (@handle, @pseudonym))
         AND NOT EXISTS (
           SELECT 1 FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
           WHERE pc.cluster_id = cluster_authors.cluster_id AND p.author_handle = @handle AND p.purged_at IS NULL)`;
      sql(`INSERT OR IGNORE INTO cluster_authors (cluster_id, author) SELECT cluster_id, @pseudonym FROM cluster_authors WHERE ${gone}`).run({ handle, pseudonym });
      sql(`DELETE FROM cluster_authors WHERE ${gone}`).run({ handle, pseudonym });
    },

    fullyPurgedClusters(): { id: number; representativeText: string }[] {
      return sql(
        `SELECT c.id, c.representative_text AS representativeText FROM clusters c WHERE NOT EXISTS (
           SELECT 1 FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = c.id AND p.purged_at IS NULL)`,
      ).all() as { id: number; representativeText: string }[];
    },
  };
}
