import express, { type Express } from 'express';
import helmet from 'helmet';
import type { RumorDesk } from '../usecases/rumor-desk';
import type { ActorOf } from './actor';
import { authenticate } from './auth/authenticate';
import { loginRoutes } from './auth/login-routes';
import { createErrorHandler, notFoundHandler, requireJson } from './error-handler';
import type { Logger } from './logger';
import { pageRoutes, STATIC_DIR } from './pages';
import { ROUTES, routerFor } from './routes';

export interface AppOptions {
  logger: Logger;
  bodyLimit?: string;
  /** The desk's "now", for the pages' time windows and summary link; the system clock when absent. */
  clock?: () => Date;
}

/** The acting user, for the audit log; `authenticate` has set it on every routed request. */
const actorOf: ActorOf = (req) => req.user?.username ?? 'unknown';

/**
 * Builds the HTTP app around the use cases. It never listens: `serve` does, and tests send
 * requests in-process.
 */
export function createApp(desk: RumorDesk, options: AppOptions): Express {
  const app = express();
  const limit = options.bodyLimit ?? '2mb';
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Responses are computed per request; hashing each body for an ETag only costs time.
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );

  // Open routes answer before the body parsers and `authenticate`: a probe needs no login.
  app.use(routerFor(desk, actorOf, ROUTES.filter((r) => r.role === 'anyone')));

  app.use('/static', express.static(STATIC_DIR, { index: false, maxAge: '1h' }));

  app.use('/api', requireJson);
  app.use('/api', express.json({ limit, strict: false, type: ['application/json'] }));
  app.use('/api', express.text({ limit, type: ['application/x-ndjson'] }));
  app.use(express.urlencoded({ extended: false, limit: '256kb' }));
  app.use(authenticate(desk));
  app.use(loginRoutes(desk));

  // Each route's role was checked by `authenticate`, from the table built from the same list.
  app.use(routerFor(desk, actorOf, ROUTES.filter((r) => r.role !== 'anyone')));
  app.use('/', pageRoutes(desk, actorOf, { logger: options.logger, ...(options.clock ? { clock: options.clock } : {}) }));

  app.use(notFoundHandler);
  app.use(createErrorHandler(options.logger));
  return app;
}
