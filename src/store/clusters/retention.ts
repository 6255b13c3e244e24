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

    fullyPurgedClusters(): { id: number; representativeText: string }[] {
      return sql(
        `SELECT c.id, c.representative_text AS representativeText FROM clusters c WHERE NOT EXISTS (
           SELECT 1 FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = c.id AND p.purged_at IS NULL)`,
      ).all() as { id: number; representativeText: string }[];
    },
  };
}
