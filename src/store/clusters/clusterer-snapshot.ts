import type { Sql } from './sql';

/** A clustered post as the clusterer is given it back at start-up. */
export interface SnapshotPost {
  key: string;
  text: string;
  clusterId: number;
  pinned: boolean;
  sourceKey: string | null;
}

/**
 * What the in-memory clusterer needs to resume exactly where it stopped after a restart.
 *
 * @example clustererSnapshot(sql).mergedClusters() // [{ fromId: 4, intoId: 2 }]
 */
export function clustererSnapshot(sql: Sql) {
  return {
    /**
     * Every clustered post in arrival order with its text, its cluster, whether an officer
     * placed it, and the post it reposts.
     */
    restorePosts(visit: (post: SnapshotPost) => void): void {
      const rows = sql(
        `SELECT p.id AS id, p.text AS text, pc.cluster_id AS clusterId, pc.pinned AS pinned, src.id AS sourceId
         FROM posts p JOIN post_clusters pc ON pc.post_id = p.id
         LEFT JOIN posts src ON src.platform = p.platform AND src.external_id = COALESCE(p.repost_of, p.quote_of)
         WHERE p.text IS NOT NULL ORDER BY p.id`,
      ).iterate() as IterableIterator<{ id: number; text: string; clusterId: number; pinned: number; sourceId: number | null }>;
      for (const r of rows) visit({ key: String(r.id), text: r.text, clusterId: r.clusterId, pinned: r.pinned === 1, sourceKey: r.sourceId === null ? null : String(r.sourceId) });
    },

    /** The officer's merges, each from the merged cluster into the one it joined. */
    mergedClusters(): { fromId: number; intoId: number }[] {
      return sql("SELECT id AS fromId, merged_into AS intoId FROM clusters WHERE status = 'merged' AND merged_into IS NOT NULL").all() as { fromId: number; intoId: number }[];
    },
  };
}
