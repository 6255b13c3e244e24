import { Router } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { ActorOf } from '../actor';

export function settingsRoutes(desk: RumorDesk, actorOf: ActorOf): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.json({ items: desk.settings.all() });
  });
  router.put('/:name', (req, res) => {
    desk.settings.set(req.params.name, req.body?.value, actorOf(req));
    res.json({ items: desk.settings.all() });
  });
  return router;
}

export function auditRoutes(desk: RumorDesk): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const since = typeof req.query.since === 'string' ? req.query.since : undefined;
    const actor = typeof req.query.actor === 'string' ? req.query.actor : undefined;
    const limit = typeof req.query.limit === 'string' && /^\d+$/.test(req.query.limit) ? Number(req.query.limit) : 100;
    res.json({ items: desk.audit.list({ since, actor, limit }) });
  });
  return router;
}
