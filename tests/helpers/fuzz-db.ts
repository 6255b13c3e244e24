import { createHash } from 'crypto';
import type { Db } from '../../src/store/database';

/** Tables whose whole content is hashed; the others are compared by row count. */
const HASHED_TABLES = ['statements', 'posts', 'audit_log', 'drafts', 'clusters', 'settings'] as const;

/**
 * A fingerprint of what the database holds: every table's row count plus a SHA-256 of every
 * row of the tables a request could corrupt. Two equal fingerprints mean nothing visible changed.
 *
 * @example expect(dbFingerprint(db)).toBe(before)
 */
export function dbFingerprint(db: Db): string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const hash = createHash('sha256');
  for (const table of tables) {
    const { n } = db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number };
    hash.update(`${table}:${n}\n`);
  }
  for (const table of HASHED_TABLES) {
    if (!tables.includes(table)) continue;
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate() as IterableIterator<unknown[]>) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

/**
 * SQLite's count of rows changed on this connection since it opened. A request that leaves it
 * unchanged wrote nothing (not even something later rolled back), so the full fingerprint is
 * only needed when it moved.
 */
export function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
