import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { Db } from '../../../src/store/database';
import type { Summary } from '../../../src/core/summary';
import { buildSummaryFixture, PLANTED } from '../../fixtures/summary/summary-fixture';
import { GOLDEN_DIR, renderAll, summarizer } from './summary-helpers';

let db: Db;
let summary: Summary;
beforeAll(() => {
  db = buildSummaryFixture();
  summary = summarizer(db)({ week: '2026-W47' });
});
afterAll(() => db.close());

const HOUR = 3_600_000;
const W47 = { start: '2026-11-16T06:00:00.000Z', end: '2026-11-23T06:00:00.000Z' };
const W46 = { start: '2026-11-09T06:00:00.000Z', end: '2026-11-16T06:00:00.000Z' };

/** Raw rows, read with the simplest SQL; every figure below is derived from them in plain JS. */
function rawPosts(): { clusterId: number; platform: string; postedAt: string; engagement: number }[] {
  return db
    .prepare(
      `SELECT pc.cluster_id AS clusterId, p.platform, p.posted_at AS postedAt, p.reposts + p.likes + p.replies AS engagement
       FROM posts p JOIN post_clusters pc ON pc.post_id = p.id`,
    )
    .all() as { clusterId: number; platform: string; postedAt: string; engagement: number }[];
}
const inRange = (iso: string, r: { start: string; end: string }) => iso >= r.start && iso < r.end;

describe('the summary of a fixed fixture week (2026-W47, America/Chicago)', () => {
  it('matches the figures worked out by hand', () => {
    expect(summary.totals.posts).toEqual({ current: 38, previous: 9, change: 29, changePct: 322.2 });
    expect(summary.totals.activeClusters).toEqual({ current: 5, previous: 3, change: 2, changePct: 66.7 });
    expect(summary.totals.newClusters).toEqual({ current: 4, previous: 3, change: 1, changePct: 33.3 });
    expect(summary.topByReach.map((r) => [r.clusterId, r.reach, r.status])).toEqual([
      [4, 452, 'unaddressed'], [1, 154, 'published'], [2, 42, 'published'], [3, 17, 'drafted'], [6, 10, 'drafted'],
    ]);
    expect(summary.topByVelocity.map((r) => [r.clusterId, r.peakPostsPerHour])).toEqual([[1, 6], [2, 3], [3, 3], [6, 2], [4, 1]]);
    expect(summary.topByReach[1]).toMatchObject({ credibilityLabel: 'false', statementTitle: 'Elm Street Bridge is closed for inspection, not collapsed', harmCategory: 'infrastructure' });
    // First seen 14:05 -> approved 15:30 (85 min); first seen Nov 12 18:00 -> approved Nov 20 10:00 (11040 min).
    expect(summary.rebuttalTime).toEqual({ rebuttals: 2, medianMinutes: 5562.5, p90Minutes: 11040 });
    expect(summary.corrections.items.map((c) => [c.clusterId, c.platform, c.beforePerHour, c.afterPerHour, c.changePct])).toEqual([
      [1, 'x', 1.67, 0.33, -80],
      [2, 'nextdoor', 0.5, 0.33, -33.3],
    ]);
    // The dam rumor's approval came after the week: for W47 it is still open, as is the drafted curfew rumor.
    expect(summary.openHighPriority.map((r) => [r.clusterId, r.status])).toEqual([[6, 'drafted'], [3, 'drafted']]);
    expect(summary.daily.map((d) => d.posts)).toEqual([14, 1, 2, 8, 10, 0, 3]);
    expect(summary.platforms).toEqual([
      { platform: 'x', posts: 15, sharePct: 39.5 },
      { platform: 'facebook', posts: 14, sharePct: 36.8 },
      { platform: 'nextdoor', posts: 7, sharePct: 18.4 },
      { platform: 'reddit', posts: 2, sharePct: 5.3 },
    ]);
    expect(summary.emergingTopics.map((t) => t.phrase)).toEqual(expect.arrayContaining(['elm street bridge', 'tap water', 'cedar lake dam']));
    expect(summary.emergingTopics.find((t) => t.phrase === 'tap water')).toEqual({ phrase: 'tap water', posts: 13, previousPosts: 3 });
  });

  it('recomputes every number independently from the rows', () => {
    const posts = rawPosts();
    const week = posts.filter((p) => inRange(p.postedAt, W47));
    const before = posts.filter((p) => inRange(p.postedAt, W46));
    expect(summary.totals.posts.current).toBe(week.length);
    expect(summary.totals.posts.previous).toBe(before.length);
    expect(summary.totals.activeClusters.current).toBe(new Set(week.map((p) => p.clusterId)).size);
    const firstSeen = new Map<number, string>();
    for (const p of posts) if (!firstSeen.has(p.clusterId) || p.postedAt < (firstSeen.get(p.clusterId) as string)) firstSeen.set(p.clusterId, p.postedAt);
    expect(summary.totals.newClusters.current).toBe([...firstSeen.values()].filter((f) => inRange(f, W47)).length);

    const perCluster = new Map<number, { reach: number; hours: Map<string, number> }>();
    for (const p of week) {
      const c = perCluster.get(p.clusterId) ?? { reach: 0, hours: new Map<string, number>() };
      c.reach += p.engagement;
      c.hours.set(p.postedAt.slice(0, 13), (c.hours.get(p.postedAt.slice(0, 13)) ?? 0) + 1);
      perCluster.set(p.clusterId, c);
    }
    for (const line of [...summary.topByReach, ...summary.topByVelocity]) {
      expect(line.reach).toBe(perCluster.get(line.clusterId)?.reach);
      expect(line.peakPostsPerHour).toBe(Math.max(...(perCluster.get(line.clusterId)?.hours.values() ?? [])));
      expect(line.volume.reduce((a, b) => a + b, 0)).toBe(week.filter((p) => p.clusterId === line.clusterId).length);
    }
    const reachOrder = [...perCluster].sort((a, b) => b[1].reach - a[1].reach).map(([id]) => id);
    expect(summary.topByReach.map((r) => r.clusterId)).toEqual(reachOrder.slice(0, 5));

    const dayStarts = Array.from({ length: 8 }, (_, i) => new Date(Date.parse(W47.start) + i * 24 * HOUR).toISOString());
    expect(summary.daily.map((d) => d.posts)).toEqual(dayStarts.slice(0, 7).map((s, i) => week.filter((p) => inRange(p.postedAt, { start: s, end: dayStarts[i + 1] as string })).length));

    const platforms = new Map<string, number>();
    for (const p of week) platforms.set(p.platform, (platforms.get(p.platform) ?? 0) + 1);
    expect(Object.fromEntries(summary.platforms.map((p) => [p.platform, p.posts]))).toEqual(Object.fromEntries(platforms));

    const drafts = db.prepare("SELECT cluster_id AS clusterId, status, approved_at AS approvedAt, published_at AS publishedAt, platform FROM drafts").all() as {
      clusterId: number; status: string; approvedAt: string | null; publishedAt: string | null; platform: string;
    }[];
    const firstApproval = new Map<number, string>();
    for (const d of drafts) if (d.approvedAt && d.status !== 'discarded' && (!firstApproval.has(d.clusterId) || d.approvedAt < (firstApproval.get(d.clusterId) as string))) firstApproval.set(d.clusterId, d.approvedAt);
    const delays = [...firstApproval]
      .filter(([, a]) => inRange(a, W47))
      .map(([id, a]) => (Date.parse(a) - Date.parse(firstSeen.get(id) as string)) / 60_000)
      .sort((a, b) => a - b);
    expect(summary.rebuttalTime.rebuttals).toBe(delays.length);
    expect(summary.rebuttalTime.p90Minutes).toBe(delays[Math.ceil(0.9 * delays.length) - 1]);

    for (const c of summary.corrections.items) {
      const pubHour = Math.floor(Date.parse(c.publishedAt) / HOUR) * HOUR;
      const count = (from: number, to: number) =>
        posts.filter((p) => p.clusterId === c.clusterId && Math.floor(Date.parse(p.postedAt) / HOUR) * HOUR >= from && Math.floor(Date.parse(p.postedAt) / HOUR) * HOUR < to).length;
      expect(c.beforePerHour).toBeCloseTo(count(pubHour - 6 * HOUR, pubHour) / 6, 2);
      expect(c.afterPerHour).toBeCloseTo(count(pubHour + HOUR, pubHour + 7 * HOUR) / 6, 2);
    }
  });

  it.each(['md', 'html', 'json'] as const)('matches the golden %s file', (format) => {
    const actual = renderAll(summary)[format];
    const file = path.join(GOLDEN_DIR, `summary-2026-W47.${format}`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });

  it.each(['md', 'html', 'json'] as const)('leaks no planted personal datum in %s', (format) => {
    const out = renderAll(summary)[format];
    for (const datum of PLANTED) expect(out.toLowerCase()).not.toContain(datum.toLowerCase());
    // Markdown escapes the brackets of the placeholders.
    const plain = out.replace(/\\/g, '');
    expect(plain).toContain('[phone removed]');
    expect(plain).toContain('[name removed]');
    expect(plain).toContain('[handle removed]');
  });

  it('JSON carries the same numbers as the Summary', () => {
    expect(JSON.parse(renderAll(summary).json)).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it('the HTML is one self-contained page: inline SVG charts with titles, no scripts or external resources', () => {
    const html = renderAll(summary).html;
    expect(html).not.toMatch(/<script|<link|<img|src=|on(load|click|error)=/i);
    expect(html.match(/<svg /g)?.length).toBe(1 + summary.topByReach.length + summary.topByVelocity.length);
    expect(html).toContain('<title id="daily-volume-title">Posts per day, 2026-W47 (America/Chicago)</title>');
    expect(html).toContain('@media print');
  });
});

describe('other periods of the fixture', () => {
  it('an empty week says so plainly in every format', () => {
    const empty = summarizer(db)({ week: '2026-W40' });
    expect(empty.empty).toBe(true);
    const out = renderAll(empty);
    expect(out.md).toContain('No rumor activity was recorded in 2026-W40.');
    expect(out.html).toContain('<p class="empty">No rumor activity was recorded in 2026-W40.</p>');
    expect(JSON.parse(out.json)).toMatchObject({ empty: true, emptyMessage: 'No rumor activity was recorded in 2026-W40.' });
    expect(out.md).not.toContain('## Totals');
  });

  it('the previous week is W46, and its deltas compare with W45', () => {
    const w46 = summarizer(db)({ week: '2026-W46' });
    expect(w46.totals.posts).toEqual({ current: 9, previous: 0, change: 9, changePct: null });
    expect(w46.openHighPriority.map((r) => r.clusterId)).toEqual([2]);
    expect(w46.topByReach.find((r) => r.clusterId === 2)?.status).toBe('unaddressed');
  });

  it('defaults to the last complete week in the department zone', () => {
    expect(summarizer(db, new Date('2026-11-23T05:00:00Z'))().period.label).toBe('2026-W46');
    expect(summarizer(db, new Date('2026-11-23T07:00:00Z'))().period.label).toBe('2026-W47');
  });

  it('marks the week in progress, through the store, and a finished one not', () => {
    const during = summarizer(db, new Date('2026-11-20T12:00:00Z'))({ week: '2026-W47' });
    expect(during.inProgress).toBe(true);
    expect(renderAll(during).md).toContain('168 hours), in progress: figures so far, not final');
    expect(summarizer(db, new Date('2026-11-23T07:00:00Z'))({ week: '2026-W47' }).inProgress).toBe(false);
  });

  it('a date range or another zone moves the boundaries', () => {
    const range = summarizer(db)({ from: '2026-11-16', to: '2026-11-16' });
    expect(range.totals.posts.current).toBe(14);
    expect(range.previousPeriod.label).toBe('2026-11-15..2026-11-15');
    const auckland = summarizer(db)({ week: '2026-W47', timezone: 'Pacific/Auckland' });
    // Auckland's week runs 2026-11-15T11:00Z..2026-11-22T11:00Z: it loses the 3 dam posts
    // (Nov 22 16:00Z onwards) and gains the rain post of Nov 15 12:00Z.
    expect([auckland.period.start, auckland.period.end]).toEqual(['2026-11-15T11:00:00.000Z', '2026-11-22T11:00:00.000Z']);
    expect(auckland.totals.posts.current).toBe(38 - 3 + 1);
  });

  it('refuses bad input with VALIDATION_FAILED', () => {
    const summarize = summarizer(db);
    expect(() => summarize({ week: '2026-W99' })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => summarize({ from: '2026-11-20', to: '2026-11-10' })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => summarize({ timezone: 'Europe/Atlantis' })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
