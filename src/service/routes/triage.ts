import { declareRoute } from './route';

export const TRIAGE_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/triage',
    role: 'viewer',
    query: ['limit', 'harm', 'platform', 'since'],
    summary:
      'the triage queue: `items` (rumor clusters) and `statementReach` (per statement: `posts`, `authors`, `engagement`, `recognisedBy`, its `clusters` each with its `kind`)',
    handle({ desk, req, res }) {
      const filter = req.query as Record<string, unknown>;
      res.json({ items: desk.triage(filter), statementReach: desk.statementReach(filter) });
    },
  }),
];
