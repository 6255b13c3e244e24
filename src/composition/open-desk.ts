import type { Config } from '../config';
import { openDatabase, type Db } from '../store/database';
import { migrate, schemaVersion } from '../store/migrate';
import { AuditRepo } from '../store/audit-repo';
import { PostsRepo } from '../store/posts-repo';
import { StatementsRepo } from '../store/statements-repo';
import type { Clock } from '../core/types';
import { createRumorDesk, type RumorDesk } from '../usecases/rumor-desk';

export interface OpenDesk {
  desk: RumorDesk;
  db: Db;
  config: Config;
  close(): void;
}

/**
 * The composition root's core: opens and migrates the database, builds the repositories and
 * hands them to the use cases as ports. Used by the CLI's main.ts and by integration tests.
 */
export function openDesk(config: Config, clock: Clock = () => new Date()): OpenDesk {
  const db = openDatabase(config.db);
  migrate(db);
  const statements = new StatementsRepo(db);
  const posts = new PostsRepo(db);
  const audit = new AuditRepo(db);
  const desk = createRumorDesk({
    statements,
    posts,
    audit,
    clock,
    transaction: (work) => db.transaction(work)(),
    statementIndex: { upsert: () => undefined },
    pipeline: { onNewPost: () => undefined },
    health: () => ({
      schemaVersion: schemaVersion(db),
      statements: (db.prepare('SELECT COUNT(*) AS n FROM statements').get() as { n: number }).n,
      posts: posts.count(),
    }),
  });
  return {
    desk,
    db,
    config,
    close: () => {
      if (db.open) db.close();
    },
  };
}
