/**
 * The rumor cluster as stored, and a post's membership in it: declared once here so the store
 * that writes them and the use cases that read them share one shape and one name.
 */
import type { ReplyStanceLabel } from '../scoring/types';
import type { MatchDecision, Stance } from '../types';
import type { AssignReason } from './clusterer';

export type ClusterStatus = 'open' | 'merged' | 'closed';

/**
 * Why a post is in its cluster: the clusterer's reason, or an officer's action
 * (`merged` with its cluster, `moved` by hand, `split` out into a cluster of its own).
 */
export type MembershipReason = AssignReason | 'merged' | 'moved' | 'split';

/** A cluster with the counters that scoring, triage and the queue read. */
export interface ClusterRecord {
  id: number;
  representativePostId: number | null;
  representativeText: string;
  firstSeen: string | null;
  lastSeen: string | null;
  postCount: number;
  uniqueAuthors: number;
  totalEngagement: number;
  /** Sorted platform ids of its members. */
  platforms: string[];
  status: ClusterStatus;
  mergedInto: number | null;
  statementId: number | null;
  stance: Stance | null;
  matchScore: number | null;
  matchDecision: MatchDecision | null;
  newAccountPosts: number;
  copyPosts: number;
  replies: Record<ReplyStanceLabel, number>;
  /** Denials that link somewhere: someone posting a correction. */
  corrections: number;
  /** Posts in its busiest hour. */
  peakHourPosts: number;
  createdAt: string;
  updatedAt: string;
}

/** A post joining a cluster, with what the cluster's counters take from it. */
export interface Membership {
  postId: number;
  reason: MembershipReason;
  similarity: number | null;
  /** Placed by an officer: automatic assignment never moves it. */
  pinned: boolean;
  author: string | null;
  platform: string;
  postedAt: string | null;
  engagement: number;
  fromNewAccount: boolean;
  /** An exact copy or a repost of an earlier post. */
  isCopy: boolean;
}
