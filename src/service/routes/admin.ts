import { declareRoute } from './route';

export const ADMIN_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/settings',
    role: 'admin',
    summary: 'department settings',
    json: ({ desk }) => ({ items: desk.settings.all() }),
  }),
  declareRoute({
    method: 'PUT',
    path: '/api/settings/:name',
    role: 'admin',
    summary: 'change a department setting `{"value": "..."}`',
    json({ desk, req, actor }) {
      desk.settings.set(req.params.name as string, req.body?.value, actor);
      return { items: desk.settings.all() };
    },
  }),
  declareRoute({
    method: 'GET',
    path: '/api/audit',
    role: 'approver',
    query: ['since', 'actor', 'limit'],
    summary: 'the audit log',
    json({ desk, req }) {
      return { items: desk.audit.list({ since: req.query.since, actor: req.query.actor, limit: req.query.limit }) };
    },
  }),
];
