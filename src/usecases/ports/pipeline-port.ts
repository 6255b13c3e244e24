import type { ClusterRecord, Membership } from '../../core/clustering';
import type { FactorRef, ReplyEvidence, ReplyStanceLabel } from '../../core/scoring/types';
import type { AccountFacts, Statement } from '../../core/types';
import type { StatementMatch } from '../../core/matching';
import type { ClaimSignals, ClusterSignals, Credibility, Triage } from './engines-port';

export type { ClusterRecord, Membership } from '../../core/clustering';

export interface ClusterStore {
  create(representativePostId: number | null, representativeText: string, now: string): number;
  /** Open clusters matched to the statement (at the top or lower), to re-match when it changes. */
  openClustersCiting(statementId: number): number[];
  /** A post joins in two steps: the membership now (later posts of the chunk look it up)... */
  addMember(clusterId: number, membership: Membership, now: string): void;
  /** ...and the counters of a chunk's members at once, before anything reads them. */
  addCounters(members: readonly { clusterId: number; membership: Membership }[], now: string): void;
  /** Counts a reply's stance against a cluster and records which reply it was (for repliesOf). */
  addReplyStance(clusterId: number, stance: ReplyStanceLabel, isCorrection: boolean, now: string, replyPostId: number): void;
  /** The replies that deny, question or back a cluster's claim, oldest first, as the crowd factor reads them (no names; comments are only counted). */
  repliesOf(clusterId: number): ReplyEvidence[];
  /** How the counted replies arrived: how many, from how many accounts, the first one's time, how many within an hour of `since`. */
  replyShapeOf(clusterId: number, since: string | null): { replies: number; replyAuthors: number | null; firstReplyAt: string | null; firstHourReplies: number | null };
  setMatch(clusterId: number, match: { statementId: number | null; stance: string | null; score: number | null; decision: string | null }, now: string): void;
  findById(id: number): ClusterRecord | null;
  clusterOfPost(postId: number): { clusterId: number; pinned: boolean; reason: string } | null;
  postsBetween(clusterId: number, fromHour: string, toHour: string): number;
  memberTexts(clusterId: number, limit: number): { postId: number; text: string }[];
  /** The first few members that are copies, or that come from new accounts, for a spread factor to name. */
  memberExamples(clusterId: number, kind: 'copy' | 'new_account', limit: number): FactorRef[];
  setRepresentative(clusterId: number, postId: number | null, text: string, now: string): void;
}

export interface MatchStore {
  replace(subjectType: 'post' | 'cluster', subjectId: number, matches: StatementMatch[], modelVersion: string, now: string): void;
}

export interface ScoreStore {
  upsert(
    subjectType: 'post' | 'cluster',
    subjectId: number,
    credibility: Credibility,
    triage: Triage | null,
    replyStance: string | null,
    now: string,
  ): void;
}

export interface PostLookup {
  findIdByExternal(platform: string, externalId: string): number | null;
  /** The post a reply answers, and whether that post is itself a reply. */
  replyTarget(platform: string, externalId: string): { id: number; isReply: boolean } | null;
  /** What is recorded about a stored post's account (no handle or name); null for an unknown post. */
  accountOf(postId: number): AccountFacts | null;
  /** The stored claims of each author (one read for a whole chunk), keyed by handle; absent = none. */
  authorHistories(handles: readonly string[]): Map<string, { priorClaims: number; priorContradicted: number }>;
}

export interface StatementLookup {
  findById(id: number): Statement | null;
}

/** A cluster's credibility and the triage that follows from it. */
export interface ClusterScore {
  credibility: Credibility;
  triage: Triage;
}

/**
 * What a credibility engine may offer a large chunk: its scoring done off the pipeline's
 * thread. `beginScoring` says whether this chunk uses it; claims are submitted as posts arrive,
 * clusters at the chunk's end, and all results drained once, in submission order, before the
 * chunk commits.
 */
export interface ScoringQueuePort {
  beginScoring?(posts: number): boolean;
  submitClaim?(signals: ClaimSignals, now: Date): void;
  submitCluster?(signals: ClusterSignals, now: Date): void;
  drainScores?(): (Credibility | ClusterScore)[];
}
