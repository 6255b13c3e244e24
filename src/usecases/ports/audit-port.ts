/** The append-only audit log every use case writes to; src/store/audit-repo.ts implements it. */
import type { AuditEntry, AuditFilter, AuditRecord } from '../../core/audit/audit-record';

export interface AuditStore {
  append(entry: AuditEntry, at: string): void;
  list(filter: AuditFilter): AuditRecord[];
}
