import { declareRoute } from './route';

export const STATEMENT_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/statements',
    role: 'viewer',
    query: ['status', 'q', 'incident', 'limit', 'offset'],
    summary: 'list statements',
    handle({ desk, req, res }) {
      const q = req.query;
      res.json(desk.statements.list({ status: q.status, q: q.q, incident: q.incident, limit: q.limit, offset: q.offset }));
    },
  }),
  declareRoute({
    method: 'POST',
    path: '/api/statements',
    role: 'officer',
    summary: 'add a statement (body: one statement, see Data formats)',
    handle({ desk, req, res, actor }) {
      res.status(201).json(desk.statements.add(req.body, actor));
    },
  }),
  declareRoute({
    method: 'GET',
    path: '/api/statements/:id',
    role: 'viewer',
    summary: 'one statement',
    handle({ desk, req, res }) {
      res.json(desk.statements.show(req.params.id));
    },
  }),
  declareRoute({
    method: 'PATCH',
    path: '/api/statements/:id',
    role: 'officer',
    summary: 'edit title, body, incident, topic or url (new version)',
    handle({ desk, req, res, actor }) {
      res.json(desk.statements.edit(req.params.id, req.body, actor));
    },
  }),
  declareRoute({
    method: 'POST',
    path: '/api/statements/:id/retract',
    role: 'officer',
    summary: 'retract (`{"reason": "..."}` optional)',
    handle({ desk, req, res, actor }) {
      const reason = typeof req.body?.reason === 'string' ? req.body.reason.slice(0, 1000) : null;
      res.json(desk.statements.retract(req.params.id, actor, reason));
    },
  }),
  declareRoute({
    method: 'POST',
    path: '/api/statements/:id/supersede',
    role: 'officer',
    summary: 'supersede (`{"by": ID2}`)',
    handle({ desk, req, res, actor }) {
      res.json(desk.statements.supersede(req.params.id, req.body?.by, actor));
    },
  }),
];
