import { declareRoute } from './route';

export const STATEMENT_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/statements',
    role: 'viewer',
    query: ['status', 'q', 'incident', 'limit', 'offset'],
    summary: 'list statements',
    json: ({ desk, req: { query: q } }) => desk.statements.list({ status: q.status, q: q.q, incident: q.incident, limit: q.limit, offset: q.offset }),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/statements',
    role: 'officer',
    status: 201,
    summary: 'add a statement (body: one statement, see Data formats)',
    json: ({ desk, req, actor }) => desk.statements.add(req.body, actor),
  }),
  declareRoute({
    method: 'GET',
    path: '/api/statements/:id',
    role: 'viewer',
    summary: 'one statement',
    json: ({ desk, req }) => desk.statements.show(req.params.id),
  }),
  declareRoute({
    method: 'PATCH',
    path: '/api/statements/:id',
    role: 'officer',
    summary: 'edit title, body, incident, topic or url (new version)',
    json: ({ desk, req, actor }) => desk.statements.edit(req.params.id, req.body, actor),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/statements/:id/retract',
    role: 'officer',
    summary: 'retract (`{"reason": "..."}` optional)',
    json: ({ desk, req, actor }) => desk.statements.retract(req.params.id, actor, typeof req.body?.reason === 'string' ? req.body.reason.slice(0, 1000) : null),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/statements/:id/supersede',
    role: 'officer',
    summary: 'supersede (`{"by": ID2}`)',
    json: ({ desk, req, actor }) => desk.statements.supersede(req.params.id, req.body?.by, actor),
  }),
];
