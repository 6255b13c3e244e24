import { existsSync } from 'fs';
import { openDatabase } from './database';

/**
 * Writes a consistent copy of the database at `source` to `target` (which must not exist), reading
 * the source through a read-only connection: nothing is written to it, and a service using it
 * meanwhile keeps its write lock. A missing or in-memory source gives no copy (false); the caller
 * then starts from an empty database.
 * VACUUM INTO copies a snapshot of the committed data, schema version included
 * (https://www.sqlite.org/lang_vacuum.html#vacuuminto).
 *
 * @example copyDatabase('data/rumordesk.db', '/tmp/x/scratch.db') // true
 */
export function copyDatabase(source: string, target: string): boolean {
  if (source === ':memory:' || !existsSync(source)) return false;
  const db = openDatabase(source, { readonly: true });
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  return true;
}
