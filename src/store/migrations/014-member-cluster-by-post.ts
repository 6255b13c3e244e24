import type { Migration } from './migration';

/**
 * Each post's cluster, packed: at a million posts `post_clusters` takes 52 MB and an index of two
 * integers over it 17 MB, and post ids only grow, so new entries land on the index's last page. An
 * author's history asks for the clusters of their last twenty posts; read from the table, those
 * were twenty scattered pages once a desk outgrew SQLite's page cache (issue 17).
 */
export const memberClusterByPost: Migration = {
  version: 14,
  name: 'member-cluster-by-post',
  sql: `CREATE INDEX post_clusters_post_cluster ON post_clusters(post_id, cluster_id);`,
};
