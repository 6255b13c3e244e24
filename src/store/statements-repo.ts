import type { NewStatement, Statement, StatementFilter, StatementPatch, StatementStatus } from '../core/types';
import type Database from 'better-sqlite3';
import { CompiledSql } from './compiled-sql';
import type { Db } from './database';
import { filterClause } from './filter-clause';

/** The columns of a Statement, named as its fields so a row is the record itself. */
const COLUMNS = `id, slug, title, body, incident, topic, url, published_at AS publishedAt, status,
  superseded_by AS supersededBy, version, created_at AS createdAt, updated_at AS updatedAt`;

/** Statements and their version history. Every write of wording also writes a version row. */
export class StatementsRepo {
  constructor(private readonly db: Db) {}

  private compiled: CompiledSql | null = null;

  /** Lookups by id run once per scored post (the evidence of its cluster): compiled once. */
  private sql(text: string): Database.Statement {
    return (this.compiled ??= new CompiledSql(this.db)).get(text);
  }

  insert(s: NewStatement, now: string): Statement {
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

  update(id: number, patch: StatementPatch, now: string): Statement {
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
    return (this.sql(`SELECT ${COLUMNS} FROM statements WHERE id = ?`).get(id) as Statement | undefined) ?? null;
  }

  findBySlug(slug: string): Statement | null {
    return (this.sql(`SELECT ${COLUMNS} FROM statements WHERE slug = ?`).get(slug) as Statement | undefined) ?? null;
  }

  list(filter: StatementFilter): { items: Statement[]; total: number } {
    const { where: clause, params } = filterClause(
      [],
      [
        { value: filter.status, sql: 'status = @status', param: 'status' },
        { value: filter.incident, sql: 'incident = @incident', param: 'incident' },
        {
          value: filter.query,
          sql: "(title LIKE @q ESCAPE '\\' OR body LIKE @q ESCAPE '\\')",
          param: 'q',
          bound: filter.query ? `%${filter.query.replace(/[\\%_]/g, (c) => '\\' + c)}%` : undefined,
        },
      ],
    );
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM statements ${clause}`).get(params) as { n: number }).n;
    const items = this.db
      .prepare(`SELECT ${COLUMNS} FROM statements ${clause} ORDER BY published_at DESC, id DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: filter.limit, offset: filter.offset }) as Statement[];
    return { items, total };
  }

  all(): Statement[] {
    return this.db.prepare(`SELECT ${COLUMNS} FROM statements ORDER BY id`).all() as Statement[];
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
