import type { Db } from './database';
import { schemaVersion } from './migrate';

/**
 * A token that changes whenever the data the pages show changes (a new audit entry, post or
 * cluster membership), so a page can tell whether to refresh.
 *
 * @example dataVersion(db) // '12:340:338'
 */
export function dataVersion(db: Db): string {
  const row = db.prepare('SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log) AS a, (SELECT COALESCE(MAX(id), 0) FROM posts) AS p, (SELECT COUNT(*) FROM post_clusters) AS c').get() as { a: number; p: number; c: number };
  return `${row.a}:${row.p}:${row.c}`;
}

/**
 * What `/healthz` and `rumordesk status` report about the database.
 *
 * @example databaseHealth(db) // {schemaVersion: 6, statements: 41, posts: 1200, clusters: 87}
 */
export function databaseHealth(db: Db): { schemaVersion: number; statements: number; posts: number; clusters: number } {
  const row = db.prepare('SELECT (SELECT COUNT(*) FROM statements) AS statements, (SELECT COUNT(*) FROM posts) AS posts, (SELECT COUNT(*) FROM clusters) AS clusters').get() as { statements: number; posts: number; clusters: number };
  return { schemaVersion: schemaVersion(db), ...row };
}
