/**
 * The rebuttal workflow as one table: from each status, which actions are allowed and the
 * status each leads to. Every draft use case asks this table before it writes.
 */
import type { DraftStatus } from './draft-record';

export const DRAFT_ACTIONS = ['edit', 'approve', 'publish', 'discard'] as const;
export type DraftAction = (typeof DRAFT_ACTIONS)[number];

/**
 * draft → edited (versions kept) → approved → published, or discarded before publication.
 * An approved draft is not edited: its approval would no longer be of the text it names.
 */
export const DRAFT_TRANSITIONS: Readonly<Record<DraftStatus, Readonly<Partial<Record<DraftAction, DraftStatus>>>>> = {
  draft: { edit: 'edited', approve: 'approved', discard: 'discarded' },
  edited: { edit: 'edited', approve: 'approved', discard: 'discarded' },
  approved: { publish: 'published', discard: 'discarded' },
  published: {},
  discarded: {},
};

/**
 * The status `action` leads to from `from`, or null when the workflow does not allow it.
 *
 * @example
 * nextDraftStatus('edited', 'approve'); // 'approved'
 * nextDraftStatus('published', 'discard'); // null
 */
export function nextDraftStatus(from: DraftStatus, action: DraftAction): DraftStatus | null {
  return DRAFT_TRANSITIONS[from][action] ?? null;
}
