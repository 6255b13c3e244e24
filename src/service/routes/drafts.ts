import { declareRoute } from './route';

export const DRAFT_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/drafts',
    role: 'viewer',
    query: ['status', 'cluster', 'limit'],
    summary: 'drafts (`limit` 1–500, default 100; more is refused)',
    json: ({ desk, req: { query: q } }) => ({ items: desk.drafts.list({ status: q.status, clusterId: q.cluster, limit: q.limit }) }),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/drafts',
    role: 'officer',
    status: 201,
    summary: 'generate drafts `{"clusterId": ID}` or `{"text": "..."}` (not both), `"platform": "all"`',
    json({ desk, req, actor }) {
      const body = (req.body ?? {}) as { clusterId?: unknown; text?: unknown; platform?: unknown };
      return { items: desk.drafts.generate({ clusterId: body.clusterId, text: body.text }, body.platform ?? 'all', actor) };
    },
  }),
  declareRoute({
    method: 'GET',
    path: '/api/drafts/:id',
    role: 'viewer',
    summary: 'one draft',
    json: ({ desk, req }) => desk.drafts.show(req.params.id),
  }),
  declareRoute({
    method: 'PATCH',
    path: '/api/drafts/:id',
    role: 'officer',
    summary: 'edit `{"text": "..."}` (new version)',
    json: ({ desk, req, actor }) => desk.drafts.edit(req.params.id, req.body?.text, actor),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/drafts/:id/approve',
    role: 'approver',
    summary: 'approve; `{"overridePrivacy": true, "reason": "..."}` when a privacy warning is open',
    json: ({ desk, req, actor }) => desk.drafts.approve(req.params.id, req.body ?? {}, actor),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/drafts/:id/publish',
    role: 'approver',
    summary: 'record publication `{"url": "..."}`',
    json: ({ desk, req, actor }) => desk.drafts.publish(req.params.id, req.body ?? {}, actor),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/drafts/:id/discard',
    role: 'officer',
    summary: 'discard',
    json: ({ desk, req, actor }) => desk.drafts.discard(req.params.id, actor),
  }),
];
