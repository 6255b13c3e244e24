import { declareRoute } from './route';

export const TRIAGE_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/triage',
    role: 'viewer',
    query: ['limit', 'harm', 'platform', 'since'],
    summary:
      'the triage queue: `items` (rumor clusters) and `statementReach` (per statement: `posts`, `authors`, `engagement`, `recognisedBy`, its `clusters` each with its `kind`)',
    json({ desk, req }) {
      const filter = req.query as Record<string, unknown>;
      return { items: desk.triage(filter), statementReach: desk.statementReach(filter) };
    },
  }),
];
