import express, { type Express } from 'express';
import helmet from 'helmet';
import type { RumorDesk } from '../usecases/rumor-desk';
import { localActor, type ActorOf } from './actor';
import { createErrorHandler, notFoundHandler, requireJson } from './error-handler';
import type { Logger } from './logger';
import { statementRoutes } from './routes/statements';

export interface AppOptions {
  logger: Logger;
  bodyLimit?: string;
  actorOf?: ActorOf;
}

/**
 * Builds the HTTP app around the use cases. It never listens: `serve` does, and tests send
 * requests in-process.
 */
export function createApp(desk: RumorDesk, options: AppOptions): Express {
  const app = express();
  const actorOf = options.actorOf ?? localActor;
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(helmet());

  app.get('/healthz', (_req, res) => {
    res.json(desk.health());
  });

  const api = express.Router();
  api.use(requireJson);
  api.use(express.json({ limit: options.bodyLimit ?? '2mb', strict: false, type: ['application/json'] }));
  api.use('/statements', statementRoutes(desk, actorOf));
  app.use('/api', api);

  app.use(notFoundHandler);
  app.use(createErrorHandler(options.logger));
  return app;
}
