import { Router } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';

export function triageRoutes(desk: RumorDesk): Router {
  const router = Router();
  router.get('/', (req, res) => {
    res.json({ items: desk.triage(req.query as Record<string, unknown>) });
  });
  return router;
}
