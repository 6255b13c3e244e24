import Handlebars from 'handlebars';
import { Router, type Request, type Response } from 'express';
import { DRAFT_PLATFORMS, platformLabel } from '../../core/platforms';
import { RumorDeskError } from '../../core/errors';
import { parseId } from '../../usecases/validation';
import { credibilityView } from './credibility-view';
import { field, formPost, sendPage, type Failure, type PageKit } from './page-kit';
import { volumeChart } from './volume-chart';

const POST_PAGE = 50;

/** Where a merged cluster went, from its audit history (the newest merge wins). */
function mergedInto(history: { action: string; after?: unknown }[]): number | null {
  const entry = history.find((h) => h.action === 'cluster.merged_into');
  const into = entry && entry.after && typeof entry.after === 'object' ? (entry.after as { into?: unknown }).into : null;
  return typeof into === 'number' ? into : null;
}

/**
 * The ClaimReview link when the export would answer, else why not: a link that only ever
 * answers 409 (a cluster no statement settles, a statement without a public URL) is a dead end.
 */
function claimReviewLink(kit: PageKit, clusterId: number): { href: string | null; unavailable: string | null } {
  try {
    kit.desk.claimReview.forCluster(clusterId);
    return { href: `/api/clusters/${clusterId}/claimreview`, unavailable: null };
  } catch (err) {
    if (err instanceof RumorDeskError && err.code === 'INVALID_STATE') return { href: null, unavailable: err.message };
    throw err;
  }
}

/**
 * `/clusters/:id`: volume chart, posts (always as text), matched statement, merge / move /
 * split forms, drafts with a generate button, the ClaimReview export and the audit history.
 */
export function clusterPage(kit: PageKit): Router {
  const router = Router();

  function show(req: Request, res: Response, failure: Failure | null = null): void {
    const id = parseId(req.params.id);
    const wanted = Number(field(req.query, 'posts'));
    const postLimit = Number.isInteger(wanted) && wanted > 0 ? Math.min(wanted, 500) : POST_PAGE;
    const cluster = kit.desk.clusters.show(id, { posts: postLimit });
    const chart = volumeChart(cluster.hourly, kit.desk.settings.get('timezone'));
    const drafts = kit.desk.drafts.list({ clusterId: id, limit: 50 });
    sendPage(kit, req, res, {
      view: 'cluster',
      title: `Cluster ${id}`,
      section: 'triage',
      failure,
      model: {
        cluster: {
          id: cluster.id,
          status: cluster.status,
          isOpen: cluster.status === 'open',
          mergedInto: cluster.status === 'merged' ? mergedInto(cluster.history) : null,
          text: cluster.representativeText,
          postCount: cluster.postCount,
          uniqueAuthors: cluster.uniqueAuthors,
          peakHourPosts: cluster.peakHourPosts,
          firstSeen: cluster.firstSeen,
          lastSeen: cluster.lastSeen,
          platforms: cluster.platforms.join(', '),
          stance: cluster.stance,
          matchDecision: cluster.matchDecision ?? 'none',
          statement: cluster.statement,
          credibility: cluster.credibility ? credibilityView(cluster.credibility) : null,
          triage: cluster.triage,
          replies: cluster.replies,
        },
        // The SVG is built by volumeChart, which escapes every text it puts in.
        chart: chart ? { svg: new Handlebars.SafeString(chart.svg), summary: chart.summary, firstLabel: chart.firstLabel, lastLabel: chart.lastLabel, peakLabel: chart.peakLabel } : null,
        matches: cluster.matches.map((m) => ({ score: m.score, decision: m.decision, stance: m.stance, stanceReasons: m.stanceReasons, statement: m.statement ? { id: m.statement.id, title: m.statement.title, status: m.statement.status } : null })),
        posts: cluster.posts.map((p) => ({
          id: p.id,
          text: p.text,
          platform: p.platform,
          author: p.author.handle ?? 'unknown',
          postedAt: p.postedAt,
          url: p.url && /^https?:\/\//i.test(p.url) ? p.url : null,
          reason: p.membership.reason.replace(/_/g, ' '),
          pinned: p.membership.pinned,
        })),
        morePosts: cluster.posts.length >= postLimit && cluster.postCount > postLimit ? { href: `/clusters/${id}?posts=${Math.min(postLimit * 4, 500)}`, shown: cluster.posts.length } : null,
        drafts: drafts.map((d) => ({ id: d.id, platform: d.platform, kind: d.kind, status: d.status, text: d.text, warnings: d.privacyFindings.length })),
        platforms: [{ value: 'all', label: 'All platforms' }, ...DRAFT_PLATFORMS.map((p) => ({ value: p, label: platformLabel(p) }))],
        history: cluster.history.map((h) => ({ at: h.at, actor: h.actor, action: h.action, after: h.after ?? null, note: h.note ?? null })),
        claimReview: claimReviewLink(kit, id),
      },
    });
  }

  router.get('/clusters/:id', (req, res) => show(req, res));

  router.post(
    '/clusters/:id/merge',
    formPost(
      kit,
      (req) => {
        const merged = kit.desk.clusters.merge(req.params.id, field(req.body, 'into'), kit.actorOf(req));
        return `/clusters/${merged.id}?notice=merged`;
      },
      show,
    ),
  );
  router.post(
    '/clusters/:id/move',
    formPost(
      kit,
      (req) => {
        kit.desk.clusters.movePost(field(req.body, 'postId'), field(req.body, 'to'), kit.actorOf(req));
        return `/clusters/${parseId(req.params.id)}?notice=moved`;
      },
      show,
    ),
  );
  router.post(
    '/clusters/:id/split',
    formPost(
      kit,
      (req) => {
        const created = kit.desk.clusters.splitPost(field(req.body, 'postId'), kit.actorOf(req));
        return `/clusters/${created.id}?notice=split`;
      },
      show,
    ),
  );
  router.post(
    '/clusters/:id/drafts',
    formPost(
      kit,
      (req) => {
        kit.desk.drafts.generate({ clusterId: parseId(req.params.id) }, field(req.body, 'platform') || 'all', kit.actorOf(req));
        return `/clusters/${parseId(req.params.id)}?notice=drafts_created#drafts`;
      },
      show,
    ),
  );
  return router;
}
