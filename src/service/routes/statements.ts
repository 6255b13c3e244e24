import { declareRoute } from './route';

export const STATEMENT_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/statements',
    role: 'viewer',
    query: ['status', 'q', 'incident', 'limit', 'offset'],
    summary: 'list statements (`limit` 1–500, default 100; more is refused)',
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
    method: 'GET',
    path: '/api/statements/:id/history',
    role: 'viewer',
    summary: 'the statement with every version of its text (`versions`, oldest first) and, once retracted, `retraction`: `{at, by, reason}`',
    json: ({ desk, req }) => desk.statements.history(req.params.id),
  }),
  declareRoute({
    method: 'PATCH',
    path: '/api/statements/:id',
    role: 'officer',
    summary: 'edit title, body, incident, topic or url: a new version and `changed: true`, or `changed: false` and no version when nothing differs',
    json: ({ desk, req, actor }) => desk.statements.edit(req.params.id, req.body, actor),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/statements/:id/retract',
    role: 'officer',
    summary: 'retract (`{"reason": "..."}` optional, text up to 1,000 characters)',
    json: ({ desk, req, actor }) => desk.statements.retract(req.params.id, actor, req.body?.reason),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/statements/:id/supersede',
    role: 'officer',
    summary: 'supersede (`{"by": ID2}`)',
    json: ({ desk, req, actor }) => desk.statements.supersede(req.params.id, req.body?.by, actor),
  }),
];
