import { declareRoute } from './route';

export const DRAFT_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/drafts',
    role: 'viewer',
    query: ['status', 'cluster', 'limit'],
    summary: 'drafts',
    handle({ desk, req, res }) {
      res.json({ items: desk.drafts.list({ status: req.query.status, clusterId: req.query.cluster, limit: req.query.limit }) });
    },
  }),
  declareRoute({
    method: 'POST',
    path: '/api/drafts',
    role: 'officer',
    summary: 'generate drafts `{"clusterId": ID}` or `{"text": "..."}`, `"platform": "all"`',
    handle({ desk, req, res, actor }) {
      const body = (req.body ?? {}) as { clusterId?: unknown; text?: unknown; platform?: unknown };
      res.status(201).json({ items: desk.drafts.generate({ clusterId: body.clusterId, text: body.text }, body.platform ?? 'all', actor) });
    },
  }),
  declareRoute({
    method: 'GET',
    path: '/api/drafts/:id',
    role: 'viewer',
    summary: 'one draft',
    handle({ desk, req, res }) {
      res.json(desk.drafts.show(req.params.id));
    },
  }),
  declareRoute({
    method: 'PATCH',
    path: '/api/drafts/:id',
    role: 'officer',
    summary: 'edit `{"text": "..."}` (new version)',
    handle({ desk, req, res, actor }) {
      res.json(desk.drafts.edit(req.params.id, req.body?.text, actor));
    },
  }),
  declareRoute({
    method: 'POST',
    path: '/api/drafts/:id/approve',
    role: 'approver',
    summary: 'approve; `{"overridePrivacy": true, "reason": "..."}` when a privacy warning is open',
    handle({ desk, req, res, actor }) {
      res.json(desk.drafts.approve(req.params.id, req.body ?? {}, actor));
    },
  }),
  declareRoute({
    method: 'POST',
    path: '/api/drafts/:id/publish',
    role: 'approver',
    summary: 'record publication `{"url": "..."}`',
    handle({ desk, req, res, actor }) {
      res.json(desk.drafts.publish(req.params.id, req.body ?? {}, actor));
    },
  }),
  declareRoute({
    method: 'POST',
    path: '/api/drafts/:id/discard',
    role: 'officer',
    summary: 'discard',
    handle({ desk, req, res, actor }) {
      res.json(desk.drafts.discard(req.params.id, actor));
    },
  }),
];
