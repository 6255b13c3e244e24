import { Router, type ErrorRequestHandler } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { ActorOf } from '../actor';
import { checkPage } from './check-page';
import { clusterPage } from './cluster-page';
import { draftPages } from './draft-pages';
import { failureOf, sendPage, type PageKit, type PageLogger } from './page-kit';
import { settingsPage } from './settings-page';
import { statementPages } from './statement-pages';
import { triagePage } from './triage-page';
import { VIEW_HELPERS } from './view-helpers';
import { loadViews, STATIC_DIR, VIEWS_DIR } from './view-engine';

export { STATIC_DIR, VIEWS_DIR };

export interface PageOptions {
  /** Logs errors the pages cannot explain to the officer (they see a generic message). */
  logger?: PageLogger;
  /** "Now" for time windows and the summary link; defaults to the system clock. */
  clock?: () => Date;
}

/**
 * The officer's web pages: server-rendered HTML forms over the same use cases the JSON API
 * drives. Views are compiled once, here, so a broken view fails at start, not mid-incident.
 *
 * @example app.use('/', pageRoutes(desk, actorOf)); app.use('/static', express.static(STATIC_DIR));
 */
export function pageRoutes(desk: RumorDesk, actorOf: ActorOf, options: PageOptions = {}): Router {
  const kit: PageKit = { desk, actorOf, views: loadViews(VIEW_HELPERS), now: options.clock ?? (() => new Date()), logger: options.logger ?? null };
  const router = Router();
  router.use(checkPage(kit));
  router.use(triagePage(kit));
  router.use(clusterPage(kit));
  router.use(statementPages(kit));
  router.use(draftPages(kit));
  router.use(settingsPage(kit));

  // A page that cannot be shown at all (unknown id, bad id) gets an HTML error page with the
  // reason; the JSON API keeps the service's JSON error handler.
  const pageError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent || req.path.startsWith('/api/')) return next(err);
    const failure = failureOf(kit, err, req);
    sendPage(kit, req, res, { view: 'error', title: failure.status === 404 ? 'Not found' : 'Something went wrong', section: 'none', model: {}, failure });
  };
  router.use(pageError);
  return router;
}
