import type { Db } from './database';

/**
 * Runs `work` in a transaction. IMMEDIATE takes the write lock up front: a transaction that
 * reads before it writes cannot then fail with SQLITE_BUSY when another process wrote in
 * between. Inside an open transaction, better-sqlite3 makes it a savepoint of that one.
 *
 * @example transactionOf(db)(() => repo.insert(row))
 */
export function transactionOf(db: Db): <T>(work: () => T) => T {
  return (work) => (db.inTransaction ? db.transaction(work)() : db.transaction(work).immediate());
}
