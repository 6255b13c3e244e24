import { Router } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';

/** `GET /api/triage`: the rumor queue (`items`) and, apart from it, the reach of the department's own statements. */
export function triageRoutes(desk: RumorDesk): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const filter = req.query as Record<string, unknown>;
    res.json({ items: desk.triage(filter), statementReach: desk.statementReach(filter) });
  });
  return router;
}
