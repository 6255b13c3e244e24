import express, { type Express } from 'express';
import helmet from 'helmet';
import type { RumorDesk } from '../usecases/rumor-desk';
import type { ActorOf } from './actor';
import { authenticate } from './auth/authenticate';
import { loginRoutes } from './auth/login-routes';
import { createErrorHandler, notFoundHandler, requireJson } from './error-handler';
import type { Logger } from './logger';
import { pageRoutes, STATIC_DIR } from './pages';
import { auditRoutes, settingsRoutes } from './routes/admin';
import { checkRoutes } from './routes/check';
import { clusterRoutes } from './routes/clusters';
import { draftRoutes } from './routes/drafts';
import { postRoutes } from './routes/posts';
import { statementRoutes } from './routes/statements';
import { summaryApiRoutes, summaryPageRoutes } from './routes/summaries';
import { triageRoutes } from './routes/triage';

export interface AppOptions {
  logger: Logger;
  bodyLimit?: string;
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

  app.get('/healthz', (_req, res) => {
    res.json(desk.health());
  });

  app.use('/static', express.static(STATIC_DIR, { index: false, maxAge: '1h' }));

  app.use('/api', requireJson);
  app.use('/api', express.json({ limit, strict: false, type: ['application/json'] }));
  app.use('/api', express.text({ limit, type: ['application/x-ndjson'] }));
  app.use(express.urlencoded({ extended: false, limit: '256kb' }));
  app.use(authenticate(desk));
  app.use(loginRoutes(desk));

  const api = express.Router();
  api.use('/statements', statementRoutes(desk, actorOf));
  api.use('/check', checkRoutes(desk));
  api.use('/clusters', clusterRoutes(desk, actorOf));
  api.use('/triage', triageRoutes(desk));
  api.use('/drafts', draftRoutes(desk, actorOf));
  api.use('/posts', postRoutes(desk));
  api.use('/settings', settingsRoutes(desk, actorOf));
  api.use('/audit', auditRoutes(desk));
  api.use('/summaries', summaryApiRoutes(desk));
  app.use('/api', api);
  app.use('/summaries', summaryPageRoutes(desk));
  app.use('/', pageRoutes(desk, actorOf, { logger: options.logger }));

  app.use(notFoundHandler);
  app.use(createErrorHandler(options.logger));
  return app;
}
