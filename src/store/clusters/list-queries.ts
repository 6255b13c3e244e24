import type { ClusterRecord } from '../../core/clustering';
import { toCluster, type ClusterRow } from './cluster-row';
import type { Sql } from './sql';
import { filterClause } from '../filter-clause';

export type SortKey = 'priority' | 'volume' | 'velocity' | 'recent';

export interface ListFilter {
  since?: string;
  limit: number;
  offset: number;
  sort: SortKey;
  harm?: string;
  platform?: string;
}

const ORDER: Record<SortKey, string> = {
  priority: 'COALESCE(s.priority, 0) DESC, c.post_count DESC',
  volume: 'c.post_count DESC, c.total_engagement DESC',
  velocity: 'c.peak_hour_posts DESC, c.post_count DESC',
  recent: 'c.last_seen DESC',
};

/**
 * The rumor queue and a cluster's volume over time.
 *
 * @example clusterQueries(sql).list({ sort: 'velocity', limit: 20, offset: 0 })[0].peakHourPosts // 41
 */
export function clusterQueries(sql: Sql) {
  return {
    /** Open clusters with members, by the chosen order; ties by id so pages never overlap. */
    list(filter: ListFilter): ClusterRecord[] {
      const { where, params } = filterClause(
        ["c.status = 'open'", 'c.post_count > 0'],
        [
          { value: filter.since, sql: 'c.last_seen >= @since', param: 'since' },
          { value: filter.harm, sql: 's.harm_category = @harm', param: 'harm' },
          { value: filter.platform, sql: 'EXISTS (SELECT 1 FROM json_each(c.platforms) j WHERE j.value = @platform)', param: 'platform' },
        ],
      );
      const rows = sql(
        `SELECT c.* FROM clusters c LEFT JOIN scores s ON s.subject_type = 'cluster' AND s.subject_id = c.id
         ${where} ORDER BY ${ORDER[filter.sort]}, c.id LIMIT @limit OFFSET @offset`,
      ).all({ ...params, limit: filter.limit, offset: filter.offset }) as ClusterRow[];
      return rows.map(toCluster);
    },

    /** Posts per hour, oldest first. */
    hourly(clusterId: number): { hour: string; posts: number; engagement: number }[] {
      return sql('SELECT hour, posts, engagement FROM cluster_hourly WHERE cluster_id = ? AND posts > 0 ORDER BY hour').all(clusterId) as {
        hour: string;
        posts: number;
        engagement: number;
      }[];
    },

    /** Posts in the hours [from, to) for velocity: one indexed range read. */
    postsBetween(clusterId: number, fromHour: string, toHour: string): number {
      const row = sql('SELECT COALESCE(SUM(posts), 0) AS n FROM cluster_hourly WHERE cluster_id = ? AND hour >= ? AND hour < ?').get(clusterId, fromHour, toHour) as { n: number };
      return row.n;
    },
  };
}
