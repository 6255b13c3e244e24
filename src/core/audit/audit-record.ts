/**
 * The audit log's entries, declared once here so the store that writes them and the use cases
 * that append and read them share one shape and one name.
 */

/** What a use case appends: who did what to which target, with the state before and after. */
export interface AuditEntry {
  actor: string;
  action: string;
  targetType: string;
  targetId: string | number | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

/** An entry as stored: numbered, timed, its target id kept as text. */
export interface AuditRecord extends Omit<AuditEntry, 'targetId'> {
  id: number;
  at: string;
  targetId: string | null;
}

/** Which entries to read back, newest first. */
export interface AuditFilter {
  since?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  limit: number;
}
