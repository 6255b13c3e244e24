import type { ClusterRecord } from '../../core/clustering';

export type { ScoreRecord } from '../../core/scoring';

/** What the officer's cluster actions (merge, move, split, list, show) need of the cluster store. */
export interface ClusterAdminStore {
  findById(id: number): ClusterRecord | null;
  list(filter: { since?: string; limit: number; offset: number; sort: 'priority' | 'volume' | 'velocity' | 'recent'; harm?: string; platform?: string }): ClusterRecord[];
  hourly(clusterId: number): { hour: string; posts: number; engagement: number }[];
  memberIds(clusterId: number, limit: number, offset?: number): { postId: number; reason: string; similarity: number | null; pinned: boolean }[];
  clusterOfPost(postId: number): { clusterId: number; pinned: boolean; reason: string } | null;
  create(representativePostId: number | null, representativeText: string, now: string): number;
  reassignAll(fromId: number, intoId: number, now: string): number;
  reassignPost(postId: number, toId: number, reason: 'moved' | 'split', now: string): void;
  recompute(clusterId: number, newAccountDays: number, now: string): void;
  markMerged(fromId: number, intoId: number, now: string): void;
  setRepresentative(clusterId: number, postId: number | null, text: string, now: string): void;
}

/** The stored matches of a cluster as the messaging rule reads them (MatchesRepo.forSubject). */
export interface StoredClusterMatch {
  statementId: number;
  decision: string;
  stance: string;
  features?: Record<string, number>;
}
