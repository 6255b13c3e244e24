import type { Migration } from './migration';

/**
 * The earliest-members index carries each membership's reason, so reading a cluster's earliest
 * members (re-matching texts, copy examples) skips exact copies without reading their
 * `post_clusters` rows. Those rows lie in posting order across the whole table, so at a million
 * posts each was a page read of its own on every re-score, and the number grew with the desk
 * (issue 17).
 */
export const coveringMemberIndex: Migration = {
  version: 11,
  name: 'covering-member-index',
  sql: `CREATE INDEX post_clusters_cluster_post_reason ON post_clusters(cluster_id, post_id, reason);
DROP INDEX IF EXISTS post_clusters_cluster_post;`,
};
