/**
 * Checks the committed demo department (data/demo) is valid, meets the counts promised in
 * issue 2, and is exactly what bench/generate-demo.ts produces from its hand-written inputs.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  generateDemo, readDemoInputs, toJsonl, type DemoPost, type DemoStatement, type PostLabel,
} from '../../../bench/generate-demo';

const DIR = path.resolve(__dirname, '../../../data/demo');
const DAY = 86_400_000;

function readJsonl<T>(name: string): T[] {
  return fs.readFileSync(path.join(DIR, name), 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as T);
}

function isIso(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
}

const statements = readJsonl<DemoStatement>('statements.jsonl');
const posts = readJsonl<DemoPost>('posts.jsonl');
const labels = readJsonl<PostLabel>('post-labels.jsonl');
const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');

/** Personal data deliberately planted in posts; the README must list each one. */
const PLANTED = ['Derek Lindqvist', '1418 Birchwood Lane', 'RPX-4471', '555-0147', 'Renata Voss', 'Marisol Okafor',
  'marisol.okafor@example.org', 'Tyler Brennan', '555-0139', 'jenna.brennan@example.org'];

describe('demo statements', () => {
  const bySlug = new Map(statements.map((s) => [s.slug, s]));

  it('has at least 30 statements with unique slugs and complete fields', () => {
    expect(statements.length).toBeGreaterThanOrEqual(30);
    expect(bySlug.size).toBe(statements.length);
    for (const s of statements) {
      expect(s.title.length).toBeGreaterThan(10);
      expect(s.body.split('\n\n').length).toBeGreaterThanOrEqual(2);
      expect(s.incident).toMatch(/^[a-z-]+-2026-1[01]$/);
      expect(s.topic.length).toBeGreaterThan(0);
      expect(s.url).toMatch(/^https:\/\/ridgeportpd\.example\/news\/2026-1[01]-\d\d-[a-z0-9-]+$/);
      expect(isIso(s.published_at)).toBe(true);
      expect(['active', 'superseded', 'retracted']).toContain(s.status);
    }
  });

  it('covers at least 6 incidents over at least 3 weeks', () => {
    expect(new Set(statements.map((s) => s.incident)).size).toBeGreaterThanOrEqual(6);
    const times = statements.map((s) => Date.parse(s.published_at));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(21 * DAY);
  });

  it('links every superseded statement to a later, existing statement and nothing else', () => {
    const superseded = statements.filter((s) => s.status === 'superseded');
    expect(superseded.length).toBeGreaterThanOrEqual(3);
    for (const s of statements) {
      if (s.status !== 'superseded') {
        expect(s.superseded_by).toBeNull();
        continue;
      }
      const next = s.superseded_by ? bySlug.get(s.superseded_by) : undefined;
      expect(next).toBeDefined();
      expect(next?.incident).toBe(s.incident);
      expect(Date.parse(next?.published_at ?? '')).toBeGreaterThan(Date.parse(s.published_at));
    }
    expect(statements.filter((s) => s.status === 'retracted').length).toBeGreaterThanOrEqual(1);
  });
});

describe('demo posts', () => {
  const ids = new Map(posts.map((p) => [`${p.platform}:${p.id}`, p]));

  it('has at least 1,500 posts on at least 4 platforms with unique (platform, id)', () => {
    expect(posts.length).toBeGreaterThanOrEqual(1500);
    expect(ids.size).toBe(posts.length);
    expect(new Set(posts.map((p) => p.platform)).size).toBeGreaterThanOrEqual(4);
  });

  it('has valid fields, ISO timestamps and sorted, in-window post times', () => {
    let previous = '';
    for (const p of posts) {
      expect(['x', 'facebook', 'nextdoor', 'instagram', 'reddit']).toContain(p.platform);
      expect(p.author.handle).toMatch(/^@\S+$/);
      expect(isIso(p.author.created_at)).toBe(true);
      expect(isIso(p.posted_at)).toBe(true);
      expect(p.author.created_at < p.posted_at).toBe(true);
      expect(p.posted_at >= previous).toBe(true);
      previous = p.posted_at;
      expect(p.text.length).toBeGreaterThan(0);
      if (p.platform === 'x') expect([...p.text].length).toBeLessThanOrEqual(280);
      for (const n of [p.engagement.reposts, p.engagement.likes, p.engagement.replies, p.author.followers]) {
        expect(Number.isInteger(n) && n >= 0).toBe(true);
      }
      expect(p.engagement.views === null || Number.isInteger(p.engagement.views)).toBe(true);
    }
    expect(posts[0]?.posted_at >= '2026-10-26').toBe(true);
    expect((posts[posts.length - 1]?.posted_at ?? '') < '2026-11-28T12').toBe(true);
  });

  it('points reply_to, quote_of and repost_of at earlier posts on the same platform', () => {
    let references = 0;
    for (const p of posts) {
      for (const ref of [p.reply_to, p.quote_of, p.repost_of]) {
        if (ref === null) continue;
        references++;
        const target = ids.get(`${p.platform}:${ref}`);
        expect(target).toBeDefined();
        expect((target?.posted_at ?? '') <= p.posted_at).toBe(true);
      }
    }
    expect(references).toBeGreaterThan(300);
  });

  it('contains a coordinated burst of identical text from brand-new accounts', () => {
    const byText = new Map<string, DemoPost[]>();
    for (const p of posts) if (p.repost_of === null) byText.set(p.text, [...(byText.get(p.text) ?? []), p]);
    const fresh = (p: DemoPost): boolean => Date.parse(p.posted_at) - Date.parse(p.author.created_at) < 7 * DAY;
    const burst = [...byText.values()].find((group) => group.filter(fresh).length >= 30);
    expect(burst).toBeDefined();
  });

  it('contains the planted personal data listed in the README and both markup probes', () => {
    const all = posts.map((p) => p.text).join('\n');
    for (const item of PLANTED) {
      expect(all).toContain(item);
      expect(readme).toContain(item);
    }
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('<img src=x onerror=alert(1)>');
  });

  it('links some posts to statements and some to low-credibility sites with tracking parameters', () => {
    const urls = new Set(statements.map((s) => s.url));
    expect(posts.filter((p) => [...urls].some((u) => p.text.includes(u))).length).toBeGreaterThan(50);
    expect(posts.filter((p) => /patriotnewsdaily\.example\/\S*utm_source=/.test(p.text)).length).toBeGreaterThan(30);
  });
});

describe('demo generator', () => {
  it('reproduces the committed posts.jsonl and post-labels.jsonl byte for byte', () => {
    const { statements: s, rumors } = readDemoInputs(DIR);
    const out = generateDemo(s, rumors);
    expect(toJsonl(out.posts)).toBe(fs.readFileSync(path.join(DIR, 'posts.jsonl'), 'utf8'));
    expect(toJsonl(out.labels)).toBe(fs.readFileSync(path.join(DIR, 'post-labels.jsonl'), 'utf8'));
  });

  it('labels every post, and every rumor has a real cluster tied to an existing statement or none', () => {
    expect(labels.map((l) => `${l.platform}:${l.id}`)).toEqual(posts.map((p) => `${p.platform}:${p.id}`));
    const { rumors } = readDemoInputs(DIR);
    const slugs = new Set(statements.map((s) => s.slug));
    for (const r of rumors) {
      expect(r.statement === null || slugs.has(r.statement)).toBe(true);
      expect(r.statement === null).toBe(r.truth === 'unaddressed');
      expect(labels.filter((l) => l.rumor === r.key).length).toBeGreaterThanOrEqual(10);
      expect(readme).toContain(r.key);
    }
    expect(rumors.filter((r) => r.truth === 'unaddressed').length).toBeGreaterThanOrEqual(3);
  });
});
