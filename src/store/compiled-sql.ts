import type { Statement } from 'better-sqlite3';
import type { Db } from './database';

/**
 * Compiled statements by SQL text. better-sqlite3 compiles anew on every prepare(), which
 * cost more than the queries themselves in batch scoring; repositories on the hot path ask here.
 */
export class CompiledSql {
  private readonly compiled = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  get(text: string): Statement {
    let statement = this.compiled.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.compiled.set(text, statement);
    }
    return statement;
  }
}
