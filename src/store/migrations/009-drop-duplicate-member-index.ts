import type { Migration } from './migration';

/**
 * post_clusters had two indexes that start with cluster_id: (cluster_id) from the first schema
 * and (cluster_id, post_id) from migration 004, which answers every query the first one did.
 * Each stored post paid for writing both, at a random place in a growing index (issue 17: the
 * per-row cost of a million-row batch).
 */
export const dropDuplicateMemberIndex: Migration = {
  version: 9,
  name: 'drop-duplicate-member-index',
  sql: `DROP INDEX IF EXISTS post_clusters_cluster;`,
};
