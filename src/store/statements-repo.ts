import type { Statement, StatementStatus } from '../core/types';
import type Database from 'better-sqlite3';
import { CompiledSql } from './compiled-sql';
import type { Db } from './database';

interface StatementRow {
  id: number;
  slug: string;
  title: string;
  body: string;
  incident: string | null;
  topic: string | null;
  url: string | null;
  published_at: string;
  status: StatementStatus;
  superseded_by: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

function toStatement(row: StatementRow): Statement {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    body: row.body,
    incident: row.incident,
    topic: row.topic,
    url: row.url,
    publishedAt: row.published_at,
    status: row.status,
    supersededBy: row.superseded_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewStatementRow {
  slug: string;
  title: string;
  body: string;
  incident: string | null;
  topic: string | null;
  url: string | null;
  publishedAt: string;
  status: StatementStatus;
}

export interface StatementPatchRow {
  title?: string;
  body?: string;
  incident?: string | null;
  topic?: string | null;
  url?: string | null;
}

/** Statements and their version history. Every write of wording also writes a version row. */
export class StatementsRepo {
  constructor(private readonly db: Db) {}

  private compiled: CompiledSql | null = null;

  /** Lookups by id run once per scored post (the evidence of its cluster): compiled once. */
  private sql(text: string): Database.Statement {
    return (this.compiled ??= new CompiledSql(this.db)).get(text);
  }

  insert(s: NewStatementRow, now: string): Statement {
    const info = this.db
      .prepare(
        `INSERT INTO statements (slug, title, body, incident, topic, url, published_at, status, version, created_at, updated_at)
         VALUES (@slug, @title, @body, @incident, @topic, @url, @publishedAt, @status, 1, @now, @now)`,
      )
      .run({ ...s, now });
    const id = Number(info.lastInsertRowid);
    this.recordVersion(id, now);
    return this.mustFind(id);
  }

  update(id: number, patch: StatementPatchRow, now: string): Statement {
    const current = this.mustFind(id);
    const next = { ...current, ...patch };
    this.db
      .prepare(
        `UPDATE statements SET title = @title, body = @body, incident = @incident, topic = @topic, url = @url,
         version = version + 1, updated_at = @now WHERE id = @id`,
      )
      .run({ id, title: next.title, body: next.body, incident: next.incident, topic: next.topic, url: next.url, now });
    this.recordVersion(id, now);
    return this.mustFind(id);
  }

  setStatus(id: number, status: StatementStatus, supersededBy: number | null, now: string): Statement {
    this.db
      .prepare('UPDATE statements SET status = ?, superseded_by = ?, updated_at = ? WHERE id = ?')
      .run(status, supersededBy, now, id);
    return this.mustFind(id);
  }

  findById(id: number): Statement | null {
    const row = this.sql('SELECT * FROM statements WHERE id = ?').get(id) as StatementRow | undefined;
    return row ? toStatement(row) : null;
  }

  findBySlug(slug: string): Statement | null {
    const row = this.sql('SELECT * FROM statements WHERE slug = ?').get(slug) as StatementRow | undefined;
    return row ? toStatement(row) : null;
  }

  list(filter: { status?: StatementStatus; query?: string; incident?: string; limit: number; offset: number }): {
    items: Statement[];
    total: number;
  } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.status) {
      where.push('status = @status');
      params.status = filter.status;
    }
    if (filter.incident) {
      where.push('incident = @incident');
      params.incident = filter.incident;
    }
    if (filter.query) {
      where.push("(title LIKE @q ESCAPE '\\' OR body LIKE @q ESCAPE '\\')");
      params.q = `%${filter.query.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM statements ${clause}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT * FROM statements ${clause} ORDER BY published_at DESC, id DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: filter.limit, offset: filter.offset }) as StatementRow[];
    return { items: rows.map(toStatement), total };
  }

  all(): Statement[] {
    return (this.db.prepare('SELECT * FROM statements ORDER BY id').all() as StatementRow[]).map(toStatement);
  }

  versions(id: number): { version: number; title: string; body: string; recordedAt: string }[] {
    return this.db
      .prepare('SELECT version, title, body, recorded_at AS recordedAt FROM statement_versions WHERE statement_id = ? ORDER BY version')
      .all(id) as { version: number; title: string; body: string; recordedAt: string }[];
  }

  private recordVersion(id: number, now: string): void {
    this.db
      .prepare(
        `INSERT INTO statement_versions (statement_id, version, title, body, incident, topic, url, recorded_at)
         SELECT id, version, title, body, incident, topic, url, ? FROM statements WHERE id = ?`,
      )
      .run(now, id);
  }

  private mustFind(id: number): Statement {
    const found = this.findById(id);
    if (!found) throw new Error(`statement ${id} vanished inside its own transaction`);
    return found;
  }
}
