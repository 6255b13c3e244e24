import { Router } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';
import { parseInput } from '../../usecases/validation';
import type { ActorOf } from '../actor';
import type { RouteDeclaration } from './route';

/**
 * An express router answering the given declared routes. It checks each body schema; roles
 * are checked earlier, by `authenticate`, from the table derived from the same declarations.
 *
 * @example app.use(routerFor(desk, actorOf, ROUTES.filter((r) => r.role !== 'anyone')));
 */
export function routerFor(desk: RumorDesk, actorOf: ActorOf, routes: readonly RouteDeclaration[]): Router {
  const router = Router();
  for (const route of routes) {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    // Express 5 passes a sync throw or a rejected promise alike to the error handler.
    router[method](route.path, (req, res) => {
      const body = route.body ? parseInput(route.body, req.body, route.bodyName ?? 'request body') : req.body;
      const call = { desk, req, res, body, actor: actorOf(req) };
      if ('handle' in route) return route.handle(call);
      const status = route.status ?? 200;
      const answer = route.json(call);
      if (answer instanceof Promise) return answer.then((value) => void res.status(status).json(value));
      res.status(status).json(answer);
    });
  }
  return router;
}
