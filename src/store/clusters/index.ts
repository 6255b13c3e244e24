import { CompiledSql } from '../compiled-sql';
import type { Db } from '../database';
import { clusterLifecycle } from './cluster-lifecycle';
import { clustererSnapshot } from './clusterer-snapshot';
import { clusterCounters } from './counters';
import { clusterQueries } from './list-queries';
import { clusterMembership } from './membership';
import { clusterRecount } from './recount';
import { clusterReplies } from './replies';
import { clusterRetention } from './retention';

export type { SortKey, ListFilter } from './list-queries';

/**
 * Rumor clusters, their members and the counters that scoring reads: one repository object
 * composed of one part per concern, all sharing one cache of compiled statements.
 *
 * @example const clusters = createClustersRepo(db); clusters.findById(clusters.create(null, 'Bridge closed', now))
 */
export function createClustersRepo(db: Db) {
  const compiled = new CompiledSql(db);
  const sql = (text: string) => compiled.get(text);
  const counters = clusterCounters(sql);
  return {
    ...clusterLifecycle(sql),
    ...clusterMembership(sql),
    ...counters,
    ...clusterRecount(sql, counters),
    ...clusterReplies(sql),
    ...clusterQueries(sql),
    ...clusterRetention(sql),
    ...clustererSnapshot(sql),
  };
}

export type ClustersRepo = ReturnType<typeof createClustersRepo>;
