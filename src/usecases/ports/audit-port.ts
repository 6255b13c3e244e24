/** The append-only audit log every use case writes to; src/store/audit-repo.ts implements it. */
export interface AuditEntry {
  actor: string;
  action: string;
  targetType: string;
  targetId: string | number | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

export interface AuditRecord extends Omit<AuditEntry, 'targetId'> {
  id: number;
  at: string;
  targetId: string | null;
}

export interface AuditStore {
  append(entry: AuditEntry, at: string): void;
  list(filter: { since?: string; actor?: string; targetType?: string; targetId?: string; limit: number }): AuditRecord[];
}
