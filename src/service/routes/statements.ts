import { Router } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { ActorOf } from '../actor';

export function statementRoutes(desk: RumorDesk, actorOf: ActorOf): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const q = req.query;
    const page = desk.statements.list({ status: q.status, q: q.q, incident: q.incident, limit: q.limit, offset: q.offset });
    res.json(page);
  });

  router.post('/', (req, res) => {
    res.status(201).json(desk.statements.add(req.body, actorOf(req)));
  });

  router.get('/:id', (req, res) => {
    res.json(desk.statements.show(req.params.id));
  });

  router.patch('/:id', (req, res) => {
    res.json(desk.statements.edit(req.params.id, req.body, actorOf(req)));
  });

  router.post('/:id/retract', (req, res) => {
    const reason = typeof req.body?.reason === 'string' ? req.body.reason.slice(0, 1000) : null;
    res.json(desk.statements.retract(req.params.id, actorOf(req), reason));
  });

  router.post('/:id/supersede', (req, res) => {
    res.json(desk.statements.supersede(req.params.id, req.body?.by, actorOf(req)));
  });

  return router;
}
