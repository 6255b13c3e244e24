import type { AuditEntry, AuditFilter, AuditRecord } from '../core/audit/audit-record';
import type { Db } from './database';
import { filterClause } from './filter-clause';

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
    const { where, params } = filterClause(
      [],
      [
        { value: filter.since, sql: 'at >= @since', param: 'since' },
        { value: filter.actor, sql: 'actor = @actor', param: 'actor' },
        { value: filter.targetType, sql: 'target_type = @targetType', param: 'targetType' },
        { value: filter.targetId, sql: 'target_id = @targetId', param: 'targetId' },
      ],
    );
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT @limit`)
      .all({ ...params, limit: filter.limit }) as {
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
