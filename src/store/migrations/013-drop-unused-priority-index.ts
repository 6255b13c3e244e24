import type { Migration } from './migration';

/**
 * `scores(subject_type, priority)` answers no query: the triage queue and the weekly summary
 * order by `COALESCE(s.priority, 0)`, which an index on the bare column cannot serve, and every
 * other read of `scores` is by (subject_type, subject_id). Yet each re-scored cluster moved its
 * entry in it, a page of its own to read and write once the desk outgrew the page cache
 * (issue 17).
 */
export const dropUnusedPriorityIndex: Migration = {
  version: 13,
  name: 'drop-unused-priority-index',
  sql: `DROP INDEX IF EXISTS scores_priority;`,
};
