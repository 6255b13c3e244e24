import fc from 'fast-check';
import { carriesLink, engagementOf, isCorrectionReply, isNewAccount, NEW_ACCOUNT_DAYS } from '../../src/core/post-rules';
import { openDatabase, type Db } from '../../src/store/database';
import { migrate } from '../../src/store/migrate';
import { carriesLinkSql, engagementSql, newAccountSql } from '../../src/store/sql-rules';

interface Row {
  text: string;
  reposts: number | null;
  likes: number | null;
  replies: number | null;
  views: number | null;
  authorCreatedAt: string | null;
  postedAt: string | null;
}

const DAY_MS = 86_400_000;
const BASE = Date.parse('2026-11-01T00:00:00.000Z');

function freshDb(): Db {
  const db = openDatabase(':memory:');
  migrate(db);
  return db;
}

/** Stores the rows and reads back, per row, what each SQL rule says about it. */
function sqlVerdicts(db: Db, rows: Row[]): { engagement: number; fresh: number; linked: number }[] {
  db.exec('DELETE FROM posts');
  const insert = db.prepare(
    `INSERT INTO posts (platform, content_hash, dedup_key, text, reposts, likes, replies, views, author_created_at, posted_at, ingested_at)
     VALUES ('x', @key, @key, @text, @reposts, @likes, @replies, @views, @authorCreatedAt, @postedAt, '2026-12-01T00:00:00.000Z')`,
  );
  rows.forEach((r, i) => insert.run({ ...r, key: `k${i}` }));
  return db
    .prepare(`SELECT ${engagementSql('p')} AS engagement, ${newAccountSql('p')} AS fresh, ${carriesLinkSql('p.text')} AS linked FROM posts p ORDER BY p.id`)
    .all() as { engagement: number; fresh: number; linked: number }[];
}

const count = fc.option(fc.integer({ min: 0, max: 1e13 }), { nil: null });
const iso = (ms: number) => new Date(ms).toISOString();
const time = fc.option(fc.integer({ min: -3650 * DAY_MS, max: 3650 * DAY_MS }).map((ms) => iso(BASE + ms)), { nil: null });
/** How old the account was at posting: often within two days of the 30-day boundary, to the millisecond. */
const age = fc.option(
  fc.oneof(fc.integer({ min: (NEW_ACCOUNT_DAYS - 2) * DAY_MS, max: (NEW_ACCOUNT_DAYS + 2) * DAY_MS }), fc.integer({ min: -DAY_MS, max: 3650 * DAY_MS })),
  { nil: null },
);
const linkish = fc.constantFrom('https://ridgeport.gov/n/1', 'http://', 'HTTPS', 'http error', 'xhttp://a.gov/b', 'www.ridgeport.gov', 'See HTTP://A.GOV/X.', 'https://a.b)', 'http:/a.gov');
const text = fc.array(fc.oneof(linkish, fc.string({ maxLength: 12 })), { maxLength: 4 }).map((parts) => parts.join(' ') || 'empty');
const row: fc.Arbitrary<Row> = fc
  .record({ text, reposts: count, likes: count, replies: count, views: count, postedAt: time, age, createdAlone: time })
  .map(({ age: a, createdAlone, ...r }) => ({ ...r, authorCreatedAt: r.postedAt && a !== null ? iso(Date.parse(r.postedAt) - a) : createdAlone }));

describe('post rules give the same answer in SQL and in JS on real SQLite', () => {
  const db = freshDb();
  afterAll(() => db.close());

  it('engagement, new account and "carries a link" agree row by row', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const got = sqlVerdicts(db, rows);
        rows.forEach((r, i) => {
          expect(got[i]?.engagement).toBe(engagementOf(r));
          expect(got[i]?.fresh).toBe(isNewAccount(r.authorCreatedAt, r.postedAt) ? 1 : 0);
          expect(got[i]?.linked).toBe(carriesLink(r.text) ? 1 : 0);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('puts the new-account boundary on the same millisecond', () => {
    const posted = new Date(BASE + NEW_ACCOUNT_DAYS * DAY_MS + 12_345).toISOString();
    const created = (ms: number) => new Date(BASE + 12_345 + ms).toISOString();
    const rows = [-1, 0, 1].map((ms) => ({ text: 'a', reposts: null, likes: null, replies: null, views: null, authorCreatedAt: created(ms), postedAt: posted }));
    // Created 1 ms later than exactly 30 days before: 1 ms short of 30 days, so new.
    expect(sqlVerdicts(db, rows).map((r) => r.fresh)).toEqual([0, 0, 1]);
    expect(rows.map((r) => isNewAccount(r.authorCreatedAt, r.postedAt))).toEqual([false, false, true]);
  });

  it('counts as a correction only a denial with a link, not a denial that says "HTTPS"', () => {
    const rows = ['Fake. https://ridgeport.gov/news/1', 'HTTPS is down, fake', 'http error lol'].map((t) => ({ text: t, reposts: null, likes: null, replies: null, views: null, authorCreatedAt: null, postedAt: null }));
    expect(sqlVerdicts(db, rows).map((r) => r.linked)).toEqual([1, 0, 0]);
    expect(rows.map((r) => isCorrectionReply('deny', r.text))).toEqual([true, false, false]);
    expect(isCorrectionReply('support', rows[0]?.text ?? '')).toBe(false);
  });

  it('counts engagement without views, unknown counts as zero', () => {
    const [only] = sqlVerdicts(db, [{ text: 'a', reposts: 2, likes: null, replies: 5, views: 1000, authorCreatedAt: null, postedAt: null }]);
    expect(only?.engagement).toBe(7);
  });
});
