/**
 * The desk exactly as src/composition/open-desk.ts builds it, except that every port is seen
 * through a StageClock, so bench:batch can say where the time of `rumordesk score` goes.
 * Keep the two in step: this file only adds the wrapping.
 */
import type { Config } from '../../src/config';
import { openDatabase } from '../../src/store/database';
import { migrate, schemaVersion } from '../../src/store/migrate';
import { AuditRepo } from '../../src/store/audit-repo';
import { ClustersRepo } from '../../src/store/clusters-repo';
import { DraftsRepo } from '../../src/store/drafts-repo';
import { MatchesRepo } from '../../src/store/matches-repo';
import { PostsRepo } from '../../src/store/posts-repo';
import { ScoresRepo } from '../../src/store/scores-repo';
import { SettingsRepo } from '../../src/store/settings-repo';
import { StatementsRepo } from '../../src/store/statements-repo';
import { UsersRepo } from '../../src/store/users-repo';
import { nodeSecrets } from '../../src/composition/secrets';
import { createEngines } from '../../src/composition/engines';
import { createRumorDesk } from '../../src/usecases/rumor-desk';
import type { DeskHandle } from '../../src/cli/context';
import type { StageClock } from './batch-stages';

/**
 * Opens `config.db` like openDesk, with timed ports.
 *
 * @example const handle = openTimedDesk(loadConfig({ db }, {}), new StageClock());
 */
export function openTimedDesk(config: Config, clock: StageClock): DeskHandle {
  const db = openDatabase(config.db);
  migrate(db);
  const statements = new StatementsRepo(db);
  const clusters = new ClustersRepo(db);
  const settings = new SettingsRepo(db);
  const engines = createEngines({ db, statements, clusters, settings, templatesDir: config.templates });
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const desk = createRumorDesk({
    statements: clock.wrap(statements, 'store', 'statements'),
    posts: clock.wrap(new PostsRepo(db), 'store', 'posts'),
    clusters: clock.wrap(clusters, 'store', 'clusters'),
    matches: clock.wrap(new MatchesRepo(db), 'store', 'matches'),
    scores: clock.wrap(new ScoresRepo(db), 'store', 'scores'),
    drafts: new DraftsRepo(db),
    settings,
    users: new UsersRepo(db),
    secrets: nodeSecrets,
    audit: new AuditRepo(db),
    clock: () => new Date(),
    // Commit time (the WAL write) is store time; the work inside is charged to its own stages.
    transaction: (work) => clock.time('store', 'transaction', () => db.transaction(work)()),
    matching: clock.wrap(engines.matching, 'match', 'matching'),
    clusterer: clock.wrap(engines.clusterer, 'cluster', 'clusterer'),
    credibility: clock.wrap(engines.credibility, 'score', 'credibility'),
    composer: engines.composer,
    maxClaimChars: config.maxClaimChars,
    scratch: { begin: () => db.exec('BEGIN'), discard: () => db.exec('ROLLBACK') },
    health: () => ({ schemaVersion: schemaVersion(db), statements: count('statements'), posts: count('posts'), clusters: count('clusters') }),
  });
  return { desk, config, close: () => db.open && db.close() };
}
