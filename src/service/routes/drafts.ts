import { Router } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { ActorOf } from '../actor';

export function draftRoutes(desk: RumorDesk, actorOf: ActorOf): Router {
  const router = Router();
  router.get('/', (req, res) => {
    res.json({ items: desk.drafts.list({ status: req.query.status, clusterId: req.query.cluster, limit: req.query.limit }) });
  });
  router.post('/', (req, res) => {
    const body = (req.body ?? {}) as { clusterId?: unknown; text?: unknown; platform?: unknown };
    res.status(201).json({ items: desk.drafts.generate({ clusterId: body.clusterId, text: body.text }, body.platform ?? 'all', actorOf(req)) });
  });
  router.get('/:id', (req, res) => {
    res.json(desk.drafts.show(req.params.id));
  });
  router.patch('/:id', (req, res) => {
    res.json(desk.drafts.edit(req.params.id, req.body?.text, actorOf(req)));
  });
  router.post('/:id/approve', (req, res) => {
    res.json(desk.drafts.approve(req.params.id, req.body ?? {}, actorOf(req)));
  });
  router.post('/:id/publish', (req, res) => {
    res.json(desk.drafts.publish(req.params.id, req.body ?? {}, actorOf(req)));
  });
  router.post('/:id/discard', (req, res) => {
    res.json(desk.drafts.discard(req.params.id, actorOf(req)));
  });
  return router;
}
