/**
 * Domain types shared by every layer. Plain data only: no behaviour, no I/O.
 * Timestamps are ISO-8601 strings in UTC (`2026-11-02T14:05:00.000Z`).
 */
import type { Platform } from './platforms';

export type StatementStatus = 'active' | 'superseded' | 'retracted';

export interface Statement {
  id: number;
  /** Stable external key (e.g. `ridgeport-pd-2026-041`), used to make imports idempotent. */
  slug: string;
  title: string;
  body: string;
  incident: string | null;
  topic: string | null;
  url: string | null;
  publishedAt: string;
  status: StatementStatus;
  supersededBy: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What importing or creating a statement takes: the fields an officer writes. */
export type NewStatement = Pick<Statement, 'slug' | 'title' | 'body' | 'incident' | 'topic' | 'url' | 'publishedAt' | 'status'>;

/** A change of wording or links; every patch writes a new version. */
export type StatementPatch = Partial<Pick<Statement, 'title' | 'body' | 'incident' | 'topic' | 'url'>>;

/** Which statements to list, a page at a time. */
export interface StatementFilter {
  status?: StatementStatus;
  query?: string;
  incident?: string;
  limit: number;
  offset: number;
}

/** The platforms posts come from live in the platform registry. */
export type { Platform };

export interface AuthorMeta {
  handle: string | null;
  displayName?: string | null;
  verified?: boolean | null;
  followers?: number | null;
  following?: number | null;
  /** Public lists the account is on (X's `listed_count`). */
  listed?: number | null;
  accountCreatedAt?: string | null;
  /** Public accounts (agencies, media) may be named in outputs; private persons may not. */
  isPublicFigure?: boolean | null;
}

/** What is known of an account without naming it: what credibility reads of an author. */
export interface AccountFacts {
  verified: boolean | null;
  followers: number | null;
  following: number | null;
  listed: number | null;
  accountCreatedAt: string | null;
}

export interface Engagement {
  reposts?: number | null;
  likes?: number | null;
  replies?: number | null;
  views?: number | null;
}

export interface PostInput {
  platform: Platform;
  externalId: string | null;
  author: AuthorMeta;
  text: string;
  url: string | null;
  postedAt: string | null;
  engagement: Engagement;
  replyTo: string | null;
  quoteOf: string | null;
  repostOf?: string | null;
}

export interface Post extends PostInput {
  id: number;
  contentHash: string;
  ingestedAt: string;
}

/**
 * What a department statement says about a claim. `unclear` is an honest abstention: a statement
 * on the topic exists but the desk is not confident what it says about the claim, so an officer
 * must read it. Only `supports` from a `strong` match may settle a claim as true.
 */
export type Stance = 'supports' | 'contradicts' | 'not_addressed' | 'unclear';
export const STANCES: readonly Stance[] = ['supports', 'contradicts', 'not_addressed', 'unclear'];

/**
 * How sure the desk is that a statement is about the claim (the strength of the *match*, never
 * of the claim's truth: credibility labels such as `confirmed` are a different scale). Renamed
 * from `confirmed` / `suggested` so an officer cannot read a match as a verdict.
 */
export type MatchDecision = 'strong' | 'possible' | 'none';
export const MATCH_DECISIONS: readonly MatchDecision[] = ['strong', 'possible', 'none'];

export type CredibilityLabel = 'confirmed' | 'likely_true' | 'unverified' | 'likely_false' | 'false';
export type RecommendedAction = 'rebut_now' | 'clarify' | 'monitor' | 'no_action';

/** A clock is injected everywhere time matters, so the core stays deterministic. */
export type Clock = () => Date;
