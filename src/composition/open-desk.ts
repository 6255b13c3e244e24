import { existsSync, statSync } from 'fs';
import { dirname, resolve } from 'path';
import type { Config } from '../config';
import { openDatabase, type Db } from '../store/database';
import { migrate } from '../store/migrate';
import { databaseHealth, dataVersion } from '../store/database-status';
import { transactionOf } from '../store/transactions';
import { AuditRepo } from '../store/audit-repo';
import { createClustersRepo } from '../store/clusters';
import { DraftsRepo } from '../store/drafts-repo';
import { MatchesRepo } from '../store/matches-repo';
import { PostsRepo } from '../store/posts-repo';
import { ScoresRepo } from '../store/scores-repo';
import { SettingsRepo } from '../store/settings-repo';
import { StatementsRepo } from '../store/statements-repo';
import { UsersRepo } from '../store/users-repo';
import { SummaryRepo } from '../store/summary-repo';
import { loadSummaryTemplates } from '../render/summary-templates';
import { nodeSecrets } from './secrets';
import type { Clock } from '../core/types';
import { RumorDeskError } from '../core/errors';
import { createRumorDesk, type RumorDesk, type RumorDeskPorts } from '../usecases/rumor-desk';
import { createEngines } from './create-engines';
import { startMatchOffload, type MatchOffload } from './match-offload';

export interface OpenDesk {
  desk: RumorDesk;
  db: Db;
  config: Config;
  /** Matching worker threads running now (0 when the desk matches on its own thread). */
  liveMatchWorkers(): number;
  close(): void;
}

/** The commands that may start a desk in a new database file (the CLI's `withDesk` `creates`). */
const DESK_STARTING_COMMANDS = '`rumordesk serve`, `statements import`, `statements add`, `score`, `users add` or `draft --text`';

/** A department's template directory mirrors templates/: DIR/drafts and DIR/summary. */
export function overrideDir(templates: string | null, kind: 'drafts' | 'summary'): string | undefined {
  if (!templates) return undefined;
  const dir = resolve(templates, kind);
  return existsSync(dir) ? dir : undefined;
}

/**
 * The composition root's core: opens and migrates the database, builds the repositories and
 * the engines (restored from what the database holds) and hands them to the use cases.
 * Used by the CLI's main.ts and by integration tests.
 */
export function openDesk(
  config: Config,
  clock: Clock = () => new Date(),
  options: { decorate?: (ports: RumorDeskPorts, db: Db) => RumorDeskPorts; matchWorkers?: number; throwaway?: boolean; mustExist?: boolean } = {},
): OpenDesk {
  // A command that only reads or changes records, run on a mistyped --db, would otherwise
  // create an empty database and answer "no rumors" or "not found" about the wrong file.
  if (config.db !== ':memory:') {
    if (options.mustExist && !existsSync(config.db)) {
      throw new RumorDeskError('FILE_NOT_FOUND', `No database at ${config.db}. Check --db or $RUMORDESK_DB; a new one is made by ${DESK_STARTING_COMMANDS}.`);
    }
    if (!existsSync(dirname(resolve(config.db)))) {
      throw new RumorDeskError('FILE_NOT_FOUND', `No folder ${dirname(resolve(config.db))} for the database ${config.db}: create it or check --db.`);
    }
    if (existsSync(config.db) && !statSync(config.db).isFile()) {
      throw new RumorDeskError('FILE_NOT_FOUND', `${config.db} is a folder, not a database file: check --db.`);
    }
  }
  const db = openDatabase(config.db, { throwaway: options.throwaway ?? false });
  let offload: MatchOffload | null = null;
  try {
    migrate(db);
    const statements = new StatementsRepo(db);
    const posts = new PostsRepo(db);
    const clusters = createClustersRepo(db);
    const settings = new SettingsRepo(db);
    const { thresholds, ...engines } = createEngines({ db, statements, clusters, settings, templatesDir: config.templates });
    // Only the service asks for workers: a CLI command matches on its own thread.
    offload = options.matchWorkers ? startMatchOffload({ workers: options.matchWorkers, local: engines.matching, statements: statements.all(), thresholds }) : null;
    const ports: RumorDeskPorts = {
      statements,
      posts,
      clusters,
      matches: new MatchesRepo(db),
      scores: new ScoresRepo(db),
      drafts: new DraftsRepo(db),
      settings,
      users: new UsersRepo(db),
      secrets: nodeSecrets,
      audit: new AuditRepo(db),
      clock,
      transaction: transactionOf(db),
      ...engines,
      ...(offload ? { matching: offload.matching, offloadedMatching: offload.offloaded } : {}),
      summaryStore: new SummaryRepo(db),
      summaryTemplates: loadSummaryTemplates(overrideDir(config.templates, 'summary')),
      dataVersion: () => dataVersion(db),
      maxClaimChars: config.maxClaimChars,
      health: () => databaseHealth(db),
    };
    const desk = createRumorDesk(options.decorate ? options.decorate(ports, db) : ports);
    return {
      desk,
      db,
      config,
      liveMatchWorkers: () => offload?.liveWorkers() ?? 0,
      close: () => {
        void offload?.close();
        if (db.open) db.close();
      },
    };
  } catch (err) {
    void offload?.close();
    db.close();
    throw err;
  }
}
