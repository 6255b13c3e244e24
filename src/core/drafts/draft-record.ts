/**
 * A rebuttal draft as stored, declared once here so the store that writes it and the use cases
 * that read it share one shape and one name.
 */
import type { DraftKind } from './draft-types';

export const DRAFT_STATUSES = ['draft', 'edited', 'approved', 'published', 'discarded'] as const;
/** Where a draft stands in the workflow; DRAFT_TRANSITIONS (draft-transitions.ts) says how it moves. */
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface DraftRecord {
  id: number;
  clusterId: number | null;
  claimText: string;
  statementId: number | null;
  kind: DraftKind;
  platform: string;
  status: DraftStatus;
  currentVersion: number;
  text: string;
  privacyFindings: unknown[];
  privacyOverrideBy: string | null;
  privacyOverrideReason: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  publishedUrl: string | null;
  publishedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One wording of a draft; every edit adds the next version. */
export interface DraftVersion {
  version: number;
  text: string;
  editedBy: string;
  createdAt: string;
}

/** What creating a draft takes: its first wording and the subject it answers. */
export type NewDraft = Pick<DraftRecord, 'clusterId' | 'claimText' | 'statementId' | 'kind' | 'platform' | 'text' | 'privacyFindings' | 'createdBy'>;
