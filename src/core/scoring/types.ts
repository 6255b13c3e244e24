/**
 * Inputs and outputs of the credibility scorer and the triage ranker. Every metadata field is
 * optional or nullable: collected posts often lack follower counts or timestamps, and the scorer
 * must then say "unknown" rather than guess.
 */
import type { AccountFacts, CredibilityLabel, MatchDecision, RecommendedAction, Stance } from '../types';

export type FactorGroup = 'evidence' | 'source' | 'content' | 'crowd' | 'spread' | 'links';

/** A post or reply behind a factor, so an officer can open it: its id on this desk and its link. */
export interface FactorRef {
  kind: 'post' | 'reply';
  id: string;
  /** The platform link the post record already shows; null when the source gave none. */
  url: string | null;
}

export interface CredibilityFactor {
  key: string;
  group: FactorGroup;
  /** Signed points on the 0..100 scale: positive raises credibility, negative lowers it. */
  contribution: number;
  /** Officer-readable reason, one sentence. */
  sentence: string;
  /** The posts or replies the sentence counts (the first few), when the caller passed them. */
  refs?: FactorRef[];
}

export interface CredibilityResult {
  score: number;
  label: CredibilityLabel;
  confidence: number;
  factors: CredibilityFactor[];
  modelVersion: string;
  /** How sure, in words an officer can weigh ("7 in 10 claims like this turned out false."). */
  howSure?: string;
}

/** What the scorer reads of an author: the account facts posts record, any of them missing. */
export type AuthorEvidence = Partial<AccountFacts>;

export interface DepartmentEvidence {
  decision: MatchDecision;
  stance: Stance;
  statementTitle?: string | null;
  score?: number | null;
}

export interface ClaimEvidence {
  text: string;
  links?: string[] | null;
  author?: AuthorEvidence | null;
  authorHistory?: { priorClaims: number; priorContradicted: number } | null;
  evidence?: DepartmentEvidence | null;
  postedAt?: string | null;
}

/**
 * One reply to the claim as the crowd factor reads it: its predicted stance, when it came and
 * how established its author's account is. No handle or name: the factor counts, it does not name people.
 */
export interface ReplyEvidence {
  /** The reply's id on this desk. */
  id: string;
  stance: ReplyStanceLabel;
  url?: string | null;
  postedAt?: string | null;
  authorVerified?: boolean | null;
  authorFollowers?: number | null;
  authorCreatedAt?: string | null;
  /** A denial that carries a link: a correction already posted. */
  correction?: boolean | null;
}

export interface CrowdEvidence {
  support: number;
  deny: number;
  query: number;
  comment: number;
  /** Replies or posts that already correct the claim (e.g. quote the department's statement). */
  corrections?: number | null;
  /** Of the denials, those from verified accounts or accounts with at least 1,000 followers. */
  establishedDeny?: number | null;
  /** Replies in the first hour after the claim, and how many of them deny or question it. */
  early?: number | null;
  earlyDoubt?: number | null;
  /** Ids of the denying replies, so an officer can open them (the first few are named). */
  denyIds?: string[] | null;
  /**
   * The replies that deny, question or back the claim (comments may be left out), oldest first.
   * When given, the factors name which replies they count and who denies (an unset
   * `establishedDeny` is derived from them); the stance counts above stay the totals.
   */
  replies?: ReplyEvidence[] | null;
}

export interface SpreadEvidence {
  postCount: number;
  uniqueAuthors?: number | null;
  /** Posts from accounts younger than 30 days. */
  newAccountPosts?: number | null;
  /** Posts whose comparable text is identical to another post's (copy-paste). */
  copyPosts?: number | null;
  /** The first few of those posts and of the new accounts' posts, for the factor to name (desk ids). */
  copyExamples?: FactorRef[];
  newAccountExamples?: FactorRef[];
  /** Distinct authors who posted identical text. */
  identicalTextAuthors?: number | null;
  postsLastHour?: number | null;
  postsPerHourPeak?: number | null;
  /** Posts in the few hours before the last one, for the velocity trend. */
  postsPrevHours?: number | null;
  totalEngagement?: number | null;
  /** Replies to the claim, how many distinct accounts wrote them, and how soon they came. */
  replies?: number | null;
  replyAuthors?: number | null;
  /** Minutes from the claim to its first reply. */
  firstReplyMinutes?: number | null;
  /** Replies within an hour of the claim. */
  firstHourReplies?: number | null;
}

export interface ClusterEvidence {
  representative: ClaimEvidence;
  crowd?: CrowdEvidence | null;
  spread?: SpreadEvidence | null;
}

export type ReplyStanceLabel = 'support' | 'deny' | 'query' | 'comment';

export interface ReplyStanceResult {
  label: ReplyStanceLabel;
  probabilities: Record<ReplyStanceLabel, number>;
}

export interface HarmMatch {
  category: string | null;
  terms: string[];
  /** 0..1: how much harm a false version of this rumor can do. */
  weight: number;
}

export interface TriageResult {
  priority: number;
  harm: HarmMatch;
  action: RecommendedAction;
  reason: string;
  components: { harm: number; reach: number; velocity: number; doubt: number };
}

/**
 * The latest stored score of a post or cluster, as pages and reports read it back: the
 * credibility record a fresh score is (how sure and the factors' refs included), the triage
 * beside it for clusters, a reply's predicted stance for posts, and when it was stored.
 */
export interface ScoreRecord extends CredibilityResult {
  priority: number | null;
  action: string | null;
  actionReason: string | null;
  harmCategory: string | null;
  replyStance: string | null;
  createdAt: string;
}
