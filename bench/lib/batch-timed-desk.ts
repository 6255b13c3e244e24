/**
 * The desk exactly as src/composition/open-desk.ts builds it, with every port seen through a
 * StageClock so bench:batch can say where the time of `rumordesk score` goes.
 */
import type { Config } from '../../src/config';
import { openDesk } from '../../src/composition/open-desk';
import type { DeskHandle } from '../../src/cli/context';
import type { StageClock } from './batch-stages';

/**
 * Opens `config.db` like openDesk, with timed ports.
 *
 * @example const handle = openTimedDesk(loadConfig({ db }, {}), new StageClock());
 */
export function openTimedDesk(config: Config, clock: StageClock): DeskHandle {
  return openDesk(config, () => new Date(), {
    decorate: (ports, db) => ({
      ...ports,
      statements: clock.wrap(ports.statements, 'store', 'statements'),
      posts: clock.wrap(ports.posts, 'store', 'posts'),
      clusters: clock.wrap(ports.clusters, 'store', 'clusters'),
      matches: clock.wrap(ports.matches, 'store', 'matches'),
      scores: clock.wrap(ports.scores, 'store', 'scores'),
      // Commit time (the WAL write) is store time; the work inside is charged to its own stages.
      transaction: (work) => clock.time('store', 'transaction', () => db.transaction(work)()),
      matching: clock.wrap(ports.matching, 'match', 'matching'),
      clusterer: clock.wrap(ports.clusterer, 'cluster', 'clusterer'),
      credibility: clock.wrap(ports.credibility, 'score', 'credibility'),
    }),
  });
}
