import { Router } from 'express';
import { POST_PLATFORMS } from '../../core/platforms';
import { MESSAGING_KIND_WORDS } from '../../core/reach';
import { statementStatusNote } from '../../core/match-words';
import { credibilityView } from './credibility-view';
import { failureOf, field, sendPage, type Failure, type PageKit } from './page-kit';

const WINDOWS: { value: string; label: string; hours: number | null }[] = [
  { value: '', label: 'Any time', hours: null },
  { value: '1h', label: 'Last hour', hours: 1 },
  { value: '6h', label: 'Last 6 hours', hours: 6 },
  { value: '24h', label: 'Last 24 hours', hours: 24 },
  { value: '7d', label: 'Last 7 days', hours: 24 * 7 },
  { value: '30d', label: 'Last 30 days', hours: 24 * 30 },
];

/** The platforms posts come from; the queue can show one. */
const PLATFORMS: readonly string[] = POST_PLATFORMS;

/** The queue holds open clusters only, so "status" here is what the desk recommends doing. */
const ACTIONS = [
  { value: '', label: 'Any action' },
  { value: 'rebut_now', label: 'Rebut now' },
  { value: 'clarify', label: 'Clarify' },
  { value: 'monitor', label: 'Monitor' },
];

const LIMITS = ['20', '50', '100'];

function options<T extends { value: string }>(list: T[], selected: string) {
  return list.map((o) => ({ ...o, selected: o.value === selected }));
}

/**
 * `/triage`: the queue by priority, filtered by harm category, platform, recommended action
 * and time window. The filters live in the query string, so the periodic refresh (static
 * app.js reloads this same URL) and a shared link keep them.
 */
export function triagePage(kit: PageKit): Router {
  const router = Router();
  router.get('/triage', (req, res) => {
    const filter = {
      harm: field(req.query, 'harm'),
      platform: PLATFORMS.includes(field(req.query, 'platform')) ? field(req.query, 'platform') : '',
      action: ACTIONS.some((a) => a.value === field(req.query, 'action')) ? field(req.query, 'action') : '',
      window: WINDOWS.some((w) => w.value === field(req.query, 'window')) ? field(req.query, 'window') : '',
      limit: LIMITS.includes(field(req.query, 'limit')) ? field(req.query, 'limit') : LIMITS[0] as string,
    };
    const now = kit.now();
    const hours = WINDOWS.find((w) => w.value === filter.window)?.hours ?? null;
    const limit = Number(filter.limit);
    let failure: Failure | null = null;
    let rows: ReturnType<PageKit['desk']['triage']> = [];
    let reach: ReturnType<PageKit['desk']['statementReach']> = [];
    try {
      const shared = {
        harm: filter.harm || undefined,
        platform: filter.platform || undefined,
        since: hours === null ? undefined : new Date(now.getTime() - hours * 3_600_000).toISOString(),
      };
      // The action filter is applied here, so ask for more rows than will be shown.
      rows = kit.desk.triage({ ...shared, limit: filter.action ? Math.min(limit * 5, 500) : limit });
      reach = kit.desk.statementReach({ ...shared, limit });
    } catch (err) {
      failure = failureOf(kit, err, req);
    }
    const shown = rows.filter((r) => !filter.action || r.triage?.action === filter.action).slice(0, limit);
    // Harm categories come from the scored queue itself, so the list matches the lexicons in use.
    const harms = [...new Set(kit.desk.triage({ limit: 500 }).map((r) => r.triage?.harmCategory).filter((h): h is string => !!h))].sort();
    if (filter.harm && !harms.includes(filter.harm)) harms.push(filter.harm);
    sendPage(kit, req, res, {
      view: 'triage',
      title: 'Triage queue',
      section: 'triage',
      failure,
      model: {
        filter,
        harmOptions: options([{ value: '', label: 'Any harm' }, ...harms.map((h) => ({ value: h, label: h.replace(/_/g, ' ') }))], filter.harm),
        platformOptions: options([{ value: '', label: 'Any platform' }, ...PLATFORMS.map((p) => ({ value: p, label: p }))], filter.platform),
        actionOptions: options(ACTIONS, filter.action),
        windowOptions: options(WINDOWS, filter.window),
        limitOptions: options(LIMITS.map((l) => ({ value: l, label: l })), filter.limit),
        updatedAt: now.toISOString(),
        refreshHref: req.originalUrl,
        rows: shown.map((r, i) => ({
          rank: i + 1,
          id: r.id,
          text: r.representativeText,
          postCount: r.postCount,
          uniqueAuthors: r.uniqueAuthors,
          peakHourPosts: r.peakHourPosts,
          firstSeen: r.firstSeen,
          lastSeen: r.lastSeen,
          platforms: r.platforms.join(', '),
          stance: r.stance,
          statement: r.statement,
          priority: r.triage?.priority ?? 0,
          action: r.triage?.action ?? 'monitor',
          reason: r.triage?.reason ?? '',
          harm: r.triage?.harmCategory ?? null,
          credibility: r.credibility ? credibilityView(r.credibility) : null,
        })),
        reach: reach.map((s) => ({
          statement: s.statement,
          statusNote: statementStatusNote(s.statement.status) ?? '',
          posts: s.posts,
          authors: s.authors,
          engagement: s.engagement,
          recognisedBy: s.recognisedBy.map((k) => MESSAGING_KIND_WORDS[k]).join('; '),
          clusters: s.clusters.map((c) => ({ id: c.id, text: c.text, posts: c.posts, how: MESSAGING_KIND_WORDS[c.kind] })),
        })),
      },
    });
  });
  return router;
}
