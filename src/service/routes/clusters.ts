import { parseId } from '../../usecases/validation';
import { declareRoute } from './route';

export const CLUSTER_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/api/clusters',
    role: 'viewer',
    query: ['sort', 'since', 'harm', 'platform', 'limit'],
    summary: 'open clusters (`platform`: a post platform, see Data formats; `harm`: a harm category, such as `active_threat`, `evacuation` or `scam`; an unknown value of either is refused); `messaging` is `{kind, statementId}` when a cluster is the department\'s own messaging (see below), else null',
    json: ({ desk, req }) => ({ items: desk.clusters.list(req.query as Record<string, unknown>) }),
  }),
  declareRoute({
    method: 'GET',
    path: '/api/clusters/:id/claimreview',
    role: 'viewer',
    summary: 'schema.org ClaimReview JSON-LD for a rebutted cluster',
    handle({ desk, req, res }) {
      res.type('application/ld+json').send(JSON.stringify(desk.claimReview.forCluster(parseId(req.params.id)), null, 2));
    },
  }),
  declareRoute({
    method: 'GET',
    path: '/api/clusters/:id',
    role: 'viewer',
    summary: 'one cluster with hourly volume, matches, posts, credibility, triage and history',
    json: ({ desk, req }) => desk.clusters.show(req.params.id),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/clusters/:id/merge',
    role: 'officer',
    summary: 'merge `{"from": ID}` into this cluster',
    json: ({ desk, req, actor }) => desk.clusters.merge(req.body?.from, req.params.id, actor),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/clusters/:id/move',
    role: 'officer',
    summary: 'move `{"postId": ID}` into this cluster',
    json: ({ desk, req, actor }) => desk.clusters.movePost(req.body?.postId, req.params.id, actor),
  }),
  declareRoute({
    method: 'POST',
    path: '/api/clusters/split',
    role: 'officer',
    status: 201,
    summary: 'split `{"postId": ID}` into a new cluster',
    json: ({ desk, req, actor }) => desk.clusters.splitPost(req.body?.postId, actor),
  }),
];
