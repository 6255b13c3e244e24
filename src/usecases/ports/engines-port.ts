/**
 * The domain engines the use cases drive, as narrow ports. The composition root adapts the
 * pure core implementations (src/core/matching, clustering, scoring) to these shapes, so the
 * use cases do not depend on an engine's construction or its model files.
 */
import type { AssignReason, FactConflict } from '../../core/clustering';
import type { StatementMatch } from '../../core/matching';
import type { CredibilityFactor, CredibilityResult, ReplyEvidence, SpreadEvidence } from '../../core/scoring';
import type { AccountFacts, MatchDecision, RecommendedAction, Stance, Statement } from '../../core/types';

export interface MatchingEngine {
  readonly modelVersion: string;
  upsert(statement: Statement): void;
  match(text: string, options: { k: number; now: Date; urls: string[] }): StatementMatch[];
  /** The statement as the engine matched it (the version its scores and stance were read from). */
  statement(id: number): Pick<Statement, 'id' | 'title' | 'url' | 'status' | 'publishedAt'> | null;
}

/**
 * Matching run off the request thread (the service's matching workers). Answers exactly as
 * `MatchingEngine.match` does for the same statements and settings.
 */
export interface OffloadedMatching {
  match(text: string, options: { k: number; now: Date; urls: string[] }): Promise<StatementMatch[]>;
}

export interface ClusterablePost {
  key: string;
  text: string;
  urls: string[];
  /** The post this one reposts or quotes (its id as a string), and that post's cluster. */
  sourceKey: string | null;
  sourceClusterId: number | null;
}

export interface ClusterAssignment {
  clusterId: number;
  reason: AssignReason;
  similarity: number | null;
  /** Why the best-scoring cluster was refused: its members' key facts conflict with the post's. */
  conflicts?: FactConflict[];
}

export interface ClustererEngine {
  assign(post: ClusterablePost, newClusterId: () => number): ClusterAssignment;
  /** The cluster a text would join, without joining it (for `check`). */
  peek(text: string, urls: string[]): { clusterId: number; similarity: number } | null;
  merge(fromId: number, intoId: number): void;
  /** An officer moved a post: later exact copies of its text follow it. */
  movePost(key: string, text: string | null, toClusterId: number): void;
}

/** One factor of a credibility result: the core's record, refs to the replies behind it included. */
export type Factor = CredibilityFactor;

/** A credibility result, how sure included: the core's record under the use cases' name, never a copy. */
export type Credibility = CredibilityResult;

export interface Triage {
  priority: number;
  harmCategory: string | null;
  harmTerms: string[];
  action: RecommendedAction;
  reason: string;
}

export interface ClaimSignals {
  text: string;
  urls: string[];
  author: Partial<AccountFacts> | null;
  authorHistory: { priorClaims: number; priorContradicted: number } | null;
  evidence: { decision: MatchDecision; stance: Stance; statementTitle: string | null; score: number | null } | null;
  postedAt: string | null;
}

export interface ClusterSignals {
  representative: ClaimSignals;
  /** A few other member texts (harm words may sit in any copy). */
  sampleTexts: string[];
  /** Reply stance counts, and the replies that take a side (oldest first) so the crowd factor can name them. */
  crowd: { support: number; deny: number; query: number; comment: number; corrections: number; replies?: ReplyEvidence[] };
  spread: {
    postCount: number;
    uniqueAuthors: number;
    newAccountPosts: number;
    copyPosts: number;
    postsLastHour: number;
    postsPerHourPeak: number;
    postsPrevHours: number;
    totalEngagement: number;
  } & Pick<SpreadEvidence, 'replies' | 'replyAuthors' | 'firstReplyMinutes' | 'firstHourReplies' | 'copyExamples' | 'newAccountExamples'>;
}

export interface CredibilityEngine {
  readonly modelVersion: string;
  /** The harm categories triage can give a cluster (`harmCategory`), as the queue filters by them. */
  readonly harmCategories: readonly string[];
  scoreClaim(signals: ClaimSignals, now: Date): Credibility;
  scoreCluster(signals: ClusterSignals, now: Date): Credibility;
  triage(signals: ClusterSignals, credibility: Credibility, now: Date): Triage;
  /** `directReply`: whether the reply answers the claim itself (true) or another reply (false); null when not known. */
  replyStance(text: string, sourceText?: string | null, directReply?: boolean | null): 'support' | 'deny' | 'query' | 'comment';
}
