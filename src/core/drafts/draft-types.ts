import type { MatchDecision, Stance } from '../types';
import type { PrivacyFinding } from '../privacy';
import { DRAFT_PLATFORMS, type DraftPlatform } from '../platforms';

export const DRAFT_KINDS = ['correction', 'clarification', 'holding', 'confirmation'] as const;
/** correction: the claim contradicts a statement; clarification: partly right; holding: not addressed yet; confirmation: true. */
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** The draft platforms and their length rules live in the platform registry. */
export { DRAFT_PLATFORMS, type DraftPlatform };

export interface DraftStatement {
  title: string;
  body: string;
  url: string | null;
  publishedAt: string;
}

export interface DraftDepartment {
  name: string;
  /** The department's own account, e.g. "@RidgeportPD"; always public. */
  handle: string;
  url: string;
}

export interface DraftInput {
  /** Forces a kind; otherwise chosen from stance and decision (see chooseDraftKind). */
  kind?: DraftKind;
  platform: DraftPlatform;
  statement: DraftStatement | null;
  claim: { text: string; topic?: string | null };
  stance: Stance;
  decision: MatchDecision;
  department: DraftDepartment;
  /** People named in the verified statement plus department officials. */
  allowedNames: string[];
}

/**
 * Every field a draft template may use. Templates are checked against this shape at start, so
 * a field added here must also be added to REPRESENTATIVE_DRAFT_CONTEXT.
 */
export interface DraftContext {
  kind: DraftKind;
  platform: DraftPlatform;
  department: { name: string; handle: string; url: string };
  statement: { title: string; url: string; date: string };
  /** The key fact, one sentence from the statement ("" for holding). */
  fact: string;
  /** A second statement sentence that explains why the claim is wrong ("" when none fits). */
  evidence: string;
  /** The myth described, never quoted: "posts about the Elm St bridge". */
  myth: string;
  /** The claim's gist, privacy-redacted and short; only holding drafts restate it. */
  claimSummary: string;
  /** The link every draft carries: the statement page, or the department's news page. */
  link: string;
}

/** The narrow port composeDraft needs from the template layer (src/render implements it). */
export interface DraftTemplates {
  render(kind: DraftKind, platform: DraftPlatform, context: DraftContext): string;
}

export interface Draft {
  platform: DraftPlatform;
  kind: DraftKind;
  text: string;
  /** Length by the platform's own counting rule (X: URLs count 23). */
  length: number;
  limit: number;
  withinLimit: boolean;
  shortened: boolean;
  /** What the guard removed from the rendered draft; positions refer to the text before removal. */
  privacy: { findings: PrivacyFinding[]; report: string[] };
}
