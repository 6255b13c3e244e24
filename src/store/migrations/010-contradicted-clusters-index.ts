import type { Migration } from './migration';

/**
 * The clusters a statement strongly contradicts, indexed on their own: author history counts an
 * author's recent claims that sit in one of them, and reads that short list once per batch chunk
 * instead of one clusters row per recent claim of every author in the chunk (issue 17: that read
 * grew with every row of a million-row batch). A partial index holds only those clusters, so
 * keeping it costs nothing on the clusters a post's counters update.
 */
export const contradictedClustersIndex: Migration = {
  version: 10,
  name: 'contradicted-clusters-index',
  sql: `CREATE INDEX IF NOT EXISTS clusters_contradicted ON clusters(id) WHERE stance = 'contradicts' AND match_decision = 'strong';`,
};
