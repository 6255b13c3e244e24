import type { ClusterRecord } from '../../core/clustering';

/** A `clusters` row as SQLite returns it. */
export interface ClusterRow {
  id: number;
  representative_post_id: number | null;
  representative_text: string;
  first_seen: string | null;
  last_seen: string | null;
  post_count: number;
  unique_authors: number;
  total_engagement: number;
  platforms: string;
  status: ClusterRecord['status'];
  merged_into: number | null;
  statement_id: number | null;
  stance: ClusterRecord['stance'];
  match_score: number | null;
  match_decision: ClusterRecord['matchDecision'];
  new_account_posts: number;
  copy_posts: number;
  replies_support: number;
  replies_deny: number;
  replies_query: number;
  replies_comment: number;
  corrections: number;
  peak_hour_posts: number;
  created_at: string;
  updated_at: string;
}

/**
 * The record of a row: camelCase names, the platform list parsed, the reply counts grouped.
 *
 * @example toCluster(db.prepare('SELECT * FROM clusters WHERE id = ?').get(1) as ClusterRow).platforms // ['facebook', 'x']
 */
export function toCluster(r: ClusterRow): ClusterRecord {
  return {
    id: r.id,
    representativePostId: r.representative_post_id,
    representativeText: r.representative_text,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    postCount: r.post_count,
    uniqueAuthors: r.unique_authors,
    totalEngagement: r.total_engagement,
    platforms: JSON.parse(r.platforms) as string[],
    status: r.status,
    mergedInto: r.merged_into,
    statementId: r.statement_id,
    stance: r.stance,
    matchScore: r.match_score,
    matchDecision: r.match_decision,
    newAccountPosts: r.new_account_posts,
    copyPosts: r.copy_posts,
    replies: { support: r.replies_support, deny: r.replies_deny, query: r.replies_query, comment: r.replies_comment },
    corrections: r.corrections,
    peakHourPosts: r.peak_hour_posts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
