import type { StanceJudge } from '../stance';
import type { MatchDecision, Stance, StatementStatus } from '../types';

/** What the index needs of a department statement. */
export interface IndexableStatement {
  id: number;
  title: string;
  body: string;
  url: string | null;
  publishedAt: string | null;
  status: StatementStatus;
  /** The statement that replaces this one when it is superseded. */
  supersededBy?: number | null;
}

/** One ranked statement for a claim, with everything that decided it. */
export interface StatementMatch {
  statementId: number;
  /** Calibrated probability (0..1) that the statement is about the claim. */
  score: number;
  decision: MatchDecision;
  stance: Stance;
  /** Calibrated probability of the stance (0 when no stance was judged). */
  stanceConfidence: number;
  /** Present when the statement's own words decided the stance by rule; `stanceConfidence` is then the model's odds alone. */
  stanceDecidedBy?: 'statement_words';
  /** The statement sentence the stance was read from. */
  stanceSentence: string | null;
  stanceReasons: string[];
  /** Why the match decision is what it is (retracted, superseded, too short to be strong): not about the stance. */
  decisionNotes: string[];
  features: Record<string, number>;
  thresholds: { possible: number; strong: number };
  /** Surface words of the claim found in the statement, for highlighting. */
  matchedTerms: string[];
  /** The statement passage (title or paragraph) closest to the claim. */
  passage: string;
}

export interface MatchOptions {
  /** How many results (default 5). */
  k?: number;
  /** The claim's time, for the recency window (default: no recency penalty). */
  now?: Date;
  /** Links attached to the claim besides those in its text. */
  urls?: string[];
}

export interface StatementIndexOptions {
  possibleThreshold?: number;
  strongThreshold?: number;
  /** Statements older than this many days (relative to `now`) rank lower (default 60). */
  recencyWindowDays?: number;
  /** Split words the index does not know into indexed parts (default true; off for ablation). */
  splitCompounds?: boolean;
  /** Reads each strong or possible match's stance; without one, stance is `unclear`. */
  stanceJudge?: StanceJudge;
}
