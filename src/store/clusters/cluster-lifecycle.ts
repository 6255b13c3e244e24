import type { ClusterRecord } from '../../core/clustering';
import { toCluster, type ClusterRow } from './cluster-row';
import type { Sql } from './sql';

/**
 * A cluster's own fields: created, read by id, given its statement match and representative
 * post, marked merged.
 *
 * @example const id = clusterLifecycle(sql).create(7, 'Bridge closed', now); clusterLifecycle(sql).findById(id)?.postCount // 0
 */
export function clusterLifecycle(sql: Sql) {
  return {
    create(representativePostId: number | null, representativeText: string, now: string): number {
      const info = sql(`INSERT INTO clusters (representative_post_id, representative_text, created_at, updated_at) VALUES (?, ?, ?, ?)`)
        .run(representativePostId, representativeText, now, now);
      return Number(info.lastInsertRowid);
    },

    findById(id: number): ClusterRecord | null {
      const row = sql('SELECT * FROM clusters WHERE id = ?').get(id) as ClusterRow | undefined;
      return row ? toCluster(row) : null;
    },

    setMatch(clusterId: number, match: { statementId: number | null; stance: string | null; score: number | null; decision: string | null }, now: string): void {
      sql('UPDATE clusters SET statement_id = ?, stance = ?, match_score = ?, match_decision = ?, updated_at = ? WHERE id = ?')
        .run(match.statementId, match.stance, match.score, match.decision, now, clusterId);
    },

    setRepresentative(clusterId: number, postId: number | null, text: string, now: string): void {
      sql('UPDATE clusters SET representative_post_id = ?, representative_text = ?, updated_at = ? WHERE id = ?').run(postId, text, now, clusterId);
    },

    /** Open clusters matched to the statement, at the top or among their other matches. */
    openClustersCiting(statementId: number): number[] {
      return sql(
        `SELECT id FROM clusters WHERE status = 'open' AND (statement_id = ? OR id IN (
           SELECT subject_id FROM matches WHERE subject_type = 'cluster' AND statement_id = ?)) ORDER BY id`,
      )
        .pluck()
        .all(statementId, statementId) as number[];
    },

    markMerged(fromId: number, intoId: number, now: string): void {
      sql("UPDATE clusters SET status = 'merged', merged_into = ?, updated_at = ? WHERE id = ?").run(intoId, now, fromId);
    },
  };
}
