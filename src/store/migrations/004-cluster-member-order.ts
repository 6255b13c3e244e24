import type { Migration } from './migration';

/** A cluster's earliest members without reading all of them: the pipeline asks on every chunk. */
export const clusterMemberOrder: Migration = {
  version: 4,
  name: 'cluster-member-order',
  sql: `CREATE INDEX post_clusters_cluster_post ON post_clusters(cluster_id, post_id);`,
};
