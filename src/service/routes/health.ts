import { declareRoute } from './route';

export const HEALTH_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/healthz',
    role: 'anyone',
    summary: 'liveness, schema version and row counts',
    json: ({ desk }) => desk.health(),
  }),
];
