import type { MessagingKind, MessagingMatch } from '../reach';

/**
 * The raw figures a summary is built from, as the store returns them. Plain data: the store
 * fills them with SQL, the core turns them into a Summary. No author data ever appears here.
 */

/** A half-open UTC interval [start, end) as ISO-8601 instants. */
export interface TimeRange {
  start: string;
  end: string;
}

export interface TotalsFact {
  posts: number;
  /** Clusters with at least one post in the range. */
  activeClusters: number;
  /** Clusters whose first post falls in the range. */
  newClusters: number;
}

/** One rumor cluster as seen within a range; draft times are those before the range's end. */
export interface ClusterFact {
  clusterId: number;
  /** The representative rumor text, NOT yet privacy-redacted. */
  text: string;
  posts: number;
  /** Reposts + likes + replies of the cluster's posts in the range. */
  reach: number;
  /** Most posts in one UTC hour in the range. */
  peakHourPosts: number;
  firstSeen: string | null;
  credibilityLabel: string | null;
  /** The cluster score's "how sure" in words; null for scores without one. */
  credibilityHowSure: string | null;
  statementTitle: string | null;
  /** The matched statement's status now (`active`, `superseded`, `retracted`). */
  statementStatus: string | null;
  /** What the matched statement says about the rumor (a Stance), null when none matched. */
  stance: string | null;
  harmCategory: string | null;
  action: string | null;
  priority: number | null;
  firstDraftAt: string | null;
  firstApprovedAt: string | null;
  firstPublishedAt: string | null;
}

/** A cluster whose first approved rebuttal was approved in the range. */
export interface RebuttalDelayFact {
  clusterId: number;
  firstSeen: string;
  firstApprovedAt: string;
}

/** One published correction and the cluster's posts in the hours around it (from cluster_hourly). */
export interface CorrectionFact {
  draftId: number;
  clusterId: number;
  /** The cluster's representative text, NOT yet privacy-redacted. */
  clusterText: string;
  platform: string;
  publishedAt: string;
  postsBefore: number;
  postsAfter: number;
}

export interface PlatformCount {
  platform: string;
  posts: number;
}

export interface HarmCount {
  harmCategory: string | null;
  posts: number;
  clusters: number;
}

/** A distinct post text and how many posts in the range carried it. */
export interface TopicText {
  text: string;
  posts: number;
}

/**
 * A cluster active in the range that matched a statement, with what the department-messaging
 * rule reads: its representative text (NOT privacy-redacted; never printed) and its matches.
 */
export interface MessagingCandidateFact {
  clusterId: number;
  text: string;
  matches: MessagingMatch[];
}

/** A cluster the rule recognised as the department's own messaging. */
export interface RecognisedCluster {
  clusterId: number;
  statementId: number;
  kind: MessagingKind;
}

/** One statement's reach in the range: the posts of its recognised clusters. */
export interface StatementReachFact {
  statementId: number;
  title: string | null;
  /** The statement's status now; null when it was deleted. */
  status: string | null;
  posts: number;
  /** Distinct known author handles, counted in SQL; no handle leaves the store. */
  authors: number;
  /** Reposts + likes + replies of those posts. */
  reach: number;
  clusterIds: number[];
  kinds: MessagingKind[];
}
