import type { AuditEntry, AuditFilter, AuditRecord } from '../core/audit/audit-record';
import type { Db } from './database';

function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

function fromJson(text: string | null): unknown {
  return text === null ? undefined : (JSON.parse(text) as unknown);
}

/** The append-only audit log; the table's triggers refuse UPDATE and DELETE. */
export class AuditRepo {
  constructor(private readonly db: Db) {}

  append(entry: AuditEntry, at: string): void {
    this.db
      .prepare(
        `INSERT INTO audit_log (at, actor, action, target_type, target_id, before, after, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        at,
        entry.actor,
        entry.action,
        entry.targetType,
        entry.targetId === null ? null : String(entry.targetId),
        toJson(entry.before),
        toJson(entry.after),
        entry.note ?? null,
      );
  }

  list(filter: AuditFilter): AuditRecord[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: filter.limit };
    if (filter.since) {
      where.push('at >= @since');
      params.since = filter.since;
    }
    if (filter.actor) {
      where.push('actor = @actor');
      params.actor = filter.actor;
    }
    if (filter.targetType) {
      where.push('target_type = @targetType');
      params.targetType = filter.targetType;
    }
    if (filter.targetId) {
      where.push('target_id = @targetId');
      params.targetId = filter.targetId;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT @limit`)
      .all(params) as {
      id: number;
      at: string;
      actor: string;
      action: string;
      target_type: string;
      target_id: string | null;
      before: string | null;
      after: string | null;
      note: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      before: fromJson(r.before),
      after: fromJson(r.after),
      note: r.note,
    }));
  }
}
