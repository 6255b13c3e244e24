import { Router } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { ActorOf } from '../actor';
import { parseId } from '../../usecases/validation';

export function clusterRoutes(desk: RumorDesk, actorOf: ActorOf): Router {
  const router = Router();
  router.get('/', (req, res) => {
    res.json({ items: desk.clusters.list(req.query as Record<string, unknown>) });
  });
  router.get('/:id/claimreview', (req, res) => {
    res.type('application/ld+json').send(JSON.stringify(desk.claimReview.forCluster(parseId(req.params.id)), null, 2));
  });
  router.get('/:id', (req, res) => {
    res.json(desk.clusters.show(req.params.id));
  });
  router.post('/:id/merge', (req, res) => {
    res.json(desk.clusters.merge(req.body?.from, req.params.id, actorOf(req)));
  });
  router.post('/:id/move', (req, res) => {
    res.json(desk.clusters.movePost(req.body?.postId, req.params.id, actorOf(req)));
  });
  router.post('/split', (req, res) => {
    res.status(201).json(desk.clusters.splitPost(req.body?.postId, actorOf(req)));
  });
  return router;
}
