import { readFileSync } from 'fs';
import { join } from 'path';
import { loadConfig } from '../../src/config';
import { DRAFT_PLATFORMS } from '../../src/core/platforms';
import { loadDemo } from '../../src/composition/demo';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { readJson, startHttp, tempDir } from '../helpers/desk';

/** The personal data planted in the demo posts (data/demo/README.md lists them). */
const PLANTED = ['Derek Lindqvist', '1418 Birchwood Lane', 'RPX-4471', '555-0147', 'Renata Voss', 'Marisol Okafor', 'marisol.okafor@example.org', 'Tyler Brennan', '555-0139', 'jenna.brennan@example.org'];

describe('the demo department, end to end through the use cases', () => {
  let tmp: ReturnType<typeof tempDir>;
  let handle: OpenDesk;

  beforeAll(() => {
    tmp = tempDir();
    handle = openDesk(loadConfig({ db: join(tmp.dir, 'demo.db') }, {}), () => new Date('2026-11-23T12:00:00Z'));
    loadDemo(handle.desk);
  });
  afterAll(() => {
    handle.close();
    tmp.cleanup();
  });

  it('holds the statements and posts the issue asks for', () => {
    const health = handle.desk.health();
    expect(health.statements).toBeGreaterThanOrEqual(30);
    expect(health.posts).toBeGreaterThanOrEqual(1500);
    expect(health.clusters).toBeGreaterThan(30);
  });

  it('loading the demo again changes nothing (idempotent)', () => {
    const before = handle.desk.health();
    loadDemo(handle.desk);
    expect(handle.desk.health()).toEqual(before);
  });

  it.each([
    // Checked on 23 November, after the closure notice was superseded by the reopening: the current
    // statement comes first, and it says the bridge was never at risk of collapse.
    ['The Elm Street Bridge just collapsed into the Cedar River!!! Avoid downtown', 'rpd-2026-1105-elm-bridge-reopened', 'contradicts'],
    ["Don't drink the tap water in Ridgeport, it's contaminated with E coli from the flood", 'rpd-2026-1108-water-safe', 'contradicts'],
    ['CURFEW: Ridgeport police announced an 8pm citywide curfew tonight because of the outage. Anyone outside will be arrested', 'rpd-2026-1120-no-curfew', 'contradicts'],
    ['Ridgeport cops just tear gassed peaceful marchers on Main Street. Watch this', 'rpd-2026-1115-no-tear-gas', 'contradicts'],
  ])('check finds the right statement for "%s"', (text, slug, stance) => {
    const result = handle.desk.check(text);
    const top = result.matches[0];
    expect(top).toBeDefined();
    const statement = handle.desk.statements.show(top?.statementId);
    expect(statement.slug).toBe(slug);
    expect(result.matchDecision).not.toBe('none');
    expect(result.stance).toBe(stance);
    expect(result.credibility.factors.length).toBeGreaterThan(0);
    expect(['false', 'likely_false']).toContain(result.credibility.label);
  });

  it('an unaddressed rumor gets no strong match', () => {
    const result = handle.desk.check('Cedar Lake Dam is about to fail. If you live below Riverside Dr get out NOW');
    expect(result.matchDecision).not.toBe('strong');
  });

  it('clusters group each rumor: most posts of a rumor share one cluster', () => {
    const labels = readFileSync(join(__dirname, '../../data/demo/post-labels.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { rumor?: string | null; id?: string; platform?: string; kind?: string });
    expect(labels.length).toBeGreaterThan(1500);
    const ecoli = handle.desk.clusters.list({ sort: 'volume', limit: 5 });
    expect(ecoli[0]?.postCount).toBeGreaterThan(40);
  });

  it('the triage queue puts dangerous contradicted rumors first, each with a reason', () => {
    const queue = handle.desk.triage({ limit: 8 });
    expect(queue.length).toBeGreaterThan(3);
    expect(queue[0]?.triage?.action).toBe('rebut_now');
    for (const item of queue) {
      expect(item.triage?.reason).toMatch(/\w{4,}/);
      expect(Number.isFinite(item.triage?.priority)).toBe(true);
    }
    const top3 = queue.slice(0, 3).map((c) => c.stance);
    expect(top3.filter((s) => s === 'contradicts').length).toBeGreaterThanOrEqual(2);
  });

  it('drafts for every contradicted cluster: all platforms, X within 280, link kept, no planted personal data', () => {
    const contradicted = handle.desk.clusters.list({ sort: 'priority', limit: 200 }).filter((c) => c.stance === 'contradicts' && c.matchDecision !== 'none');
    expect(contradicted.length).toBeGreaterThan(3);
    for (const cluster of contradicted.slice(0, 12)) {
      const drafts = handle.desk.drafts.generate({ clusterId: cluster.id }, 'all', 'test');
      expect(drafts.map((d) => d.platform).sort()).toEqual([...DRAFT_PLATFORMS].sort());
      for (const draft of drafts) {
        for (const datum of PLANTED) expect(draft.text).not.toContain(datum);
        if (cluster.statement?.url && draft.platform !== 'sms') expect(draft.text).toContain(cluster.statement.url);
      }
      const x = drafts.find((d) => d.platform === 'x');
      const xLength = (x?.text ?? '').replace(/https?:\/\/\S+/g, 'x'.repeat(23)).length;
      expect(xLength).toBeLessThanOrEqual(280);
    }
  });

  it('summarises a demo week in every format, with no planted personal data, and serves it over HTTP', async () => {
    const summary = handle.desk.summary({ week: '2026-W45' });
    expect(summary.empty).toBe(false);
    expect(summary.totals.posts.current).toBeGreaterThan(100);
    for (const format of ['md', 'html', 'json'] as const) {
      const text = handle.desk.renderSummary(summary, format);
      for (const datum of PLANTED) expect(text).not.toContain(datum);
    }
    const http = await startHttp(handle);
    try {
      const page = await fetch(`${http.url}/summaries/2026-W45`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'none'; style-src 'self' 'sha256-/);
      expect(await page.text()).toContain('<svg');
      const api = await fetch(`${http.url}/api/summaries/2026-W45`);
      expect((await readJson(api)).period.label).toBe('2026-W45');
      const bad = await fetch(`${http.url}/api/summaries/2026-W99`);
      expect(bad.status).toBe(400);
      expect((await readJson(bad)).error.code).toBe('VALIDATION_FAILED');
    } finally {
      await http.close();
    }
  });
});
