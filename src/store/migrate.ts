import type { Db } from './database';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export type { Migration };

/**
 * Applies every migration newer than the database, in order, each in its own transaction
 * together with its row in `schema_migrations`, so a crash leaves the schema at a known version.
 * Forward-only: there are no down migrations.
 *
 * @returns the versions applied by this call
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    withForeignKeys(db, !migration.foreignKeysOff, () =>
      db.transaction(() => {
        db.exec(migration.sql);
        if (migration.foreignKeysOff) assertForeignKeysHold(db, migration);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          new Date().toISOString(),
        );
      })(),
    );
    done.push(migration.version);
  }
  return done;
}

/** Runs `work` with enforcement on or off as asked, then puts back what the connection had. */
function withForeignKeys(db: Db, enforce: boolean, work: () => void): void {
  const before = db.pragma('foreign_keys', { simple: true }) === 1;
  if (before === enforce) return work();
  db.pragma(`foreign_keys = ${enforce ? 'ON' : 'OFF'}`);
  try {
    work();
  } finally {
    db.pragma(`foreign_keys = ${before ? 'ON' : 'OFF'}`);
  }
}

/** Throws (rolling the step back) when a step run without enforcement left a dangling key. */
function assertForeignKeysHold(db: Db, migration: Migration): void {
  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length) {
    const where = [...new Set(broken.map((b) => `${b.table} → ${b.parent}`))].join(', ');
    throw new Error(`migration ${migration.version} (${migration.name}) leaves ${broken.length} broken foreign key(s): ${where}`);
  }
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null } | undefined;
  return row?.v ?? 0;
}
