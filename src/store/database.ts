import Database from 'better-sqlite3';
import { registerSqlRules } from './sql-rules';

export type Db = Database.Database;

/**
 * Opens SQLite the way a long-running local service needs it: WAL so readers never block the
 * writer, foreign keys on (SQLite leaves them off by default), and a busy timeout so the CLI
 * and the service can write the same file without SQLITE_BUSY failures. The functions the
 * SQL rules call (sql-rules.ts) are registered here, so every connection has them.
 * See https://www.sqlite.org/wal.html and better-sqlite3's performance notes.
 *
 * A `throwaway` file (score --no-store's scratch copy, deleted on close, seen by no other
 * process) is opened for one writer instead: exclusive lock, a rollback journal and no syncs.
 * WAL would write every changed page twice and read it back at each checkpoint; at a million
 * rows that read-back grew with the indexes a chunk touches (issue 17). A crash loses nothing
 * there, as the file is thrown away, and a rolled-back chunk still rolls back. The journal is
 * PERSIST, not TRUNCATE: truncating freed its blocks at every commit, and the file system then
 * allocated and zero-filled them again under the next chunk's journal writes (ext4's
 * zero_user_segments under pagerAddPageToRollbackJournal: 1.4-4.5% of the CPU of a 100,000-row
 * run on a 900,000-post desk, against 0.8% kept). MEMORY would cost no calls at all, but would hold the
 * original of every page a chunk changes in RAM (about 64 MB a chunk at 900,000 rows).
 *
 * @example const db = openDatabase(':memory:');
 */
export function openDatabase(path: string, options: { readonly?: boolean; throwaway?: boolean } = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false });
  if (options.throwaway) {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = PERSIST');
  } else if (path !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  // NORMAL is durable in WAL mode except for the last transactions on power loss, never corrupt;
  // a throwaway file has nothing to keep, so it is never synced.
  db.pragma(options.throwaway ? 'synchronous = OFF' : 'synchronous = NORMAL');
  registerSqlRules(db);
  return db;
}
