import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import Database from 'better-sqlite3';
import { importedDatabase, runCommand, tempDir } from '../helpers/desk';

const EXPORTS = join(__dirname, '../fixtures/exports');
const SCORE = join(__dirname, '../fixtures/score');

type OutRow = Record<string, string>;

function stored(db: string, column: string): string[] {
  const handle = new Database(db, { readonly: true });
  const values = (handle.prepare(`SELECT ${column} AS v FROM posts ORDER BY id`).all() as { v: string }[]).map((r) => r.v);
  handle.close();
  return values;
}

describe('rumordesk score on the files comms teams have (issue 17)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    tmp = tempDir();
    db = await importedDatabase(tmp.dir, join(SCORE, 'statements.jsonl'));
  });
  afterEach(() => tmp.cleanup());

  const score = async (file: string, ...args: string[]) => {
    const out = join(tmp.dir, 'out.csv');
    const rejects = join(tmp.dir, 'rejects.csv');
    const run = await runCommand(['score', join(EXPORTS, file), '--db', db, '--out', out, '--rejects', rejects, ...args]);
    const output = parse(readFileSync(out, 'utf8'), { columns: true }) as OutRow[];
    const rejected = parse(readFileSync(rejects, 'utf8'), { columns: true }) as OutRow[];
    return { run, output, rejected };
  };

  // Every preset fixture has: a good row with emoji, a good row whose quoted text spans two lines,
  // a row with empty text and a row with a bad date (lines 2, 3-4, 5, 6 below the header). twarc-csv
  // never writes a line break inside a cell (it writes `\n`), so its second row is one line (2, 3, 4, 5).
  const SPLIT_ROW = { rows: [2, 3, 5, 6], rejects: ['5', '6'] };
  const ONE_LINE_ROWS = { rows: [2, 3, 4, 5], rejects: ['4', '5'] };
  test.each([
    ['meltwater-export.csv', 'meltwater', ['1853400000000000301', '1853400000000000302'], /unparseable date "yesterday"/, SPLIT_ROW],
    ['meltwater-current-export.csv', 'meltwater', ['mw-1853400000000000311', 'mw-1853400000000000312'], /unparseable date "yesterday"/, SPLIT_ROW],
    ['talkwalker-export.csv', 'talkwalker', ['1853400000000000401', 'tw402'], /unparseable date "not a time"/, SPLIT_ROW],
    ['sprout-posts.csv', 'sprout', ['17850000000000501', '502'], /invalid date "13\/3\/2026 3:30 pm"/, SPLIT_ROW],
    ['hootsuite-posts.csv', 'hootsuite', ['1853400000000000601', '602'], /unparseable date "3rd of November"/, SPLIT_ROW],
    ['meta-content-library.csv', 'meta-content-library', ['1234567890123701', '1234567890123702'], /invalid date "2026-11-31/, SPLIT_ROW],
    ['crowdtangle-historical.csv', 'crowdtangle', [null, null], /unparseable date "sometime"/, SPLIT_ROW],
    ['junkipedia-posts.csv', 'junkipedia', ['jk-901', 'jk-902'], /unparseable date "03\/11\/2026"/, SPLIT_ROW],
    ['twarc-x-v2.csv', 'x-v2-csv', ['1853400000000000951', '1853400000000000952'], /invalid date "2026-11-03T25:03/, ONE_LINE_ROWS],
  ])('%s (recognised, and as --format %s): stored by source id, one output row per input row, bad rows rejected', async (file, preset, ids, badDate, lines) => {
    for (const args of [[], ['--format', preset]]) {
      const { run, output, rejected } = await score(file, ...args);
      expect(run.code).toBe(8);
      expect(output).toHaveLength(4);
      // Rejects are written as they are read, scored rows when their chunk is done.
      expect(output.map((r) => Number(r.row)).sort((a, b) => a - b)).toEqual(lines.rows);
      expect(rejected.map((r) => r.line)).toEqual(lines.rejects);
      expect(rejected[0]?.reason).toBe('empty text');
      expect(rejected[1]?.reason).toMatch(badDate);
      expect(stored(db, 'external_id')).toEqual(ids);
      expect(stored(db, 'text')[1]).toBe('Is the water plant really "contaminated"?\nMy kids drank it 😢');
      expect(output.filter((r) => r.status !== 'rejected').map((r) => r.source_id || null)).toEqual(ids);
    }
  });

  test.each([
    // Sprout writes month-first dates with am/pm and no zone; they are read as UTC.
    ['sprout-posts.csv', { platform: 'instagram', handle: 'ridgeportpd', posted_at: '2026-11-03T15:20:00.000Z', likes: 390, views: 4800 }],
    ['hootsuite-posts.csv', { platform: 'x', handle: 'RidgeportPD', posted_at: '2026-11-03T15:20:00.000Z', likes: 3950, views: 48600 }],
    ['junkipedia-posts.csv', { platform: 'tiktok', handle: 'storm.chaser.rp', posted_at: '2026-11-03T15:20:00.000Z', likes: 12000, views: 240000 }],
    ['meltwater-current-export.csv', { platform: 'x', handle: 'ridgeport_watch', posted_at: '2026-11-03T15:20:00.000Z', likes: 1204, views: 12000 }],
    ['meta-content-library.csv', { platform: 'facebook', handle: 'ridgeportcommunity', posted_at: '2026-11-03T20:20:00.000Z', likes: 54, views: null }],
    ['crowdtangle-historical.csv', { platform: 'facebook', handle: 'ridgeportcommunity', posted_at: '2026-11-03T21:02:11.000Z', likes: 54, views: null }],
  ])('%s: the first row\'s platform, author, date and counts come from the tool\'s own columns', async (file, first) => {
    await score(file);
    const handle = new Database(db, { readonly: true });
    const row = handle.prepare('SELECT platform, author_handle AS handle, posted_at, likes, views FROM posts ORDER BY id LIMIT 1').get();
    handle.close();
    expect(row).toEqual(first);
  });

  test('preset columns feed engagement, author and platform', async () => {
    await score('meltwater-export.csv');
    const handle = new Database(db, { readonly: true });
    const first = handle.prepare('SELECT platform, author_handle AS handle, likes, reposts FROM posts ORDER BY id LIMIT 1').get();
    handle.close();
    expect(first).toEqual({ platform: 'x', handle: 'ridgeport_watch', likes: 1204, reposts: 310 });
  });

  test('Brandwatch-style export: report preamble skipped, footer not a post, bad rows rejected with line and reason', async () => {
    const { run, output, rejected } = await score('brandwatch-mentions.csv');
    expect(run.code).toBe(8);
    expect(output).toHaveLength(5);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([['11', 'empty text'], ['12', expect.stringMatching(/unparseable date "last Tuesday"/)]]);
    expect(stored(db, 'url')).toEqual([
      'https://twitter.com/ridgeport_watch/status/1853400000000000201',
      'https://www.facebook.com/maria.k/posts/99121',
      'https://www.reddit.com/r/ridgeport/comments/abc123/',
    ]);
    expect(stored(db, 'text')[1]).toBe('Heard the water plant was "contaminated".\nIs that true?? My kids drank it 😢');
    expect(stored(db, 'platform')).toEqual(['x', 'facebook', 'reddit']);
    expect(stored(db, 'external_id')).toEqual(['1853400000000000201', 'fb_99121', 't3_abc123']);
  });

  test('Excel workbook (.xlsx): first sheet, preamble and totals skipped, date cells read, Excel row numbers in rejects', async () => {
    const { run, output, rejected } = await score('brandwatch-mentions.xlsx');
    expect(run.code).toBe(8);
    expect(output).toHaveLength(4);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([['8', 'empty text'], ['9', expect.stringMatching(/unparseable date "last Tuesday"/)]]);
    expect(stored(db, 'external_id')).toEqual(['1853400000000000701', 'fb_702']);
    expect(stored(db, 'posted_at')).toEqual(['2026-11-03T15:20:00.000Z', '2026-11-03T15:24:10.000Z']);
    expect(stored(db, 'text')[1]).toBe('Is the water plant really "contaminated"?\nMy kids drank it 😢');
  });

  test('--sheet picks another sheet; a missing one exits 3 naming the sheets there are', async () => {
    const { run, output } = await score('brandwatch-mentions.xlsx', '--sheet', 'Notes');
    expect(run.code).toBe(0);
    expect(output.map((r) => r.source_id)).toEqual(['n-1']);
    const missing = await runCommand(['score', join(EXPORTS, 'brandwatch-mentions.xlsx'), '--sheet', 'Nope', '--db', db]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/no sheet "Nope" in the workbook \(sheets: Mentions, Notes\)/);
    const notXlsx = await runCommand(['score', join(EXPORTS, 'sprout-posts.csv'), '--format', 'xlsx', '--db', db]);
    expect(notXlsx.code).toBe(3);
    expect(notXlsx.stderr).toMatch(/not a readable .xlsx workbook/);
  });

  test('Excel CSV in Windows-1252 with semicolons: one notice, accents and curly quotes intact', async () => {
    const { run, output, rejected } = await score('excel-windows-1252.csv');
    expect(run.code).toBe(8);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^notice: not valid UTF-8 .*Windows-1252/)]);
    expect(output).toHaveLength(3);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([['5', 'empty text']]);
    expect(stored(db, 'text')).toEqual(['“The café on Main is giving out free water” – is the tap water safe?', 'Power out on Oak Hill;\nthey say it’s sabotage']);
    expect(stored(db, 'author_handle')).toEqual(['José Martínez', 'Renée']);
  });

  test('output joins back: source_id, platform and URL on every row; --out .jsonl is JSON Lines; --no-store says "would store"', async () => {
    const out = join(tmp.dir, 'results.jsonl');
    const run = await runCommand(['score', join(EXPORTS, '../batch/posts.jsonl'), '--db', db, '--out', out, '--no-store']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Rows read: 3 {2}would store: 3 {2}duplicates: 0/);
    expect(run.stdout).toContain('nothing stored');
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => [r.row, r.source_id, r.platform, r.url, r.status])).toEqual([
      [1, 'nd-4471', 'nextdoor', 'https://nextdoor.com/p/4471', 'would_store'],
      [2, '1853400000000000003', 'x', null, 'would_store'],
      [4, 'r-88', 'reddit', null, 'would_store'],
    ]);
    expect(rows.every((r) => typeof r.post_id === 'number')).toBe(true);
    const csv = join(tmp.dir, 'results.csv');
    expect((await runCommand(['score', join(EXPORTS, '../batch/posts.jsonl'), '--db', db, '--out', csv, '--no-store'])).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toMatch(/^row,source_id,platform,url,status,post_id,/);
    const forced = join(tmp.dir, 'forced.jsonl');
    expect((await runCommand(['score', join(EXPORTS, '../batch/posts.jsonl'), '--db', db, '--out', forced, '--out-format', 'csv', '--no-store'])).code).toBe(0);
    expect(readFileSync(forced, 'utf8')).toMatch(/^row,source_id/);
  });

  test('an unusable file exits 3 and names what was tried', async () => {
    const run = await runCommand(['score', join(EXPORTS, '../batch/claims.txt'), '--format', 'csv', '--db', db]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/no text column.*tried delimiters , ; tab \|.*read as utf-8/);
  });
});

describe('rumordesk score on chat and platform exports (issue 17)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    tmp = tempDir();
    db = await importedDatabase(tmp.dir, join(SCORE, 'statements.jsonl'));
  });
  afterEach(() => tmp.cleanup());

  const WATER = 'Is the water plant really "contaminated"?\nMy kids drank it 😢';

  // Each fixture: an emoji post, a two-line post, an empty one and one with a bad date; the chats
  // add system lines and media placeholders, which are not posts.
  test.each([
    ['whatsapp-ios.txt', [], 3, [['7', /^empty text$/], ['8', /unparseable date "31\/02\/2026, 10:04:00"/]], [/^wa-/, /^wa-/, /^wa-/], WATER],
    ['whatsapp-android.txt', [], 3, [['7', /^empty text$/], ['8', /unparseable date "13\/13\/26, 10:04 AM"/]], [/^wa-/, /^wa-/, /^wa-/], WATER],
    ['telegram-result.json', [], 2, [['49', /^empty text$/], ['60', /invalid date "2026-11-03T25:25:00"/]], ['tg-channel1700000001-2', 'tg-channel1700000001-3'], `${WATER} https://rumor.example/water`],
    ['reddit-listing.json', [], 2, [['3', /^empty text$/], ['3', /unparseable date "soon"/]], ['t3_abc101', 't1_c102'], WATER],
    ['bluesky-feed.json', [], 2, [['61', /^empty text$/], ['85', /invalid date "2026-11-31/]], ['at://did:plc:abc123/app.bsky.feed.post/3kbsky001', 'at://did:plc:abc123/app.bsky.feed.post/3kbsky002'], WATER],
    ['youtube-comment-threads.json', [], 2, [['9', /^empty text$/], ['81', /invalid date "2026-02-30/]], ['UgyT001', 'UgyT001.r002'], WATER],
  ])('%s: stored by source id, one output row per post, bad ones rejected with line and reason', async (file, args, good, rejects, ids, second) => {
    const out = join(tmp.dir, 'out.csv');
    const rejectsFile = join(tmp.dir, 'rejects.csv');
    const run = await runCommand(['score', join(EXPORTS, file), '--db', db, '--out', out, '--rejects', rejectsFile, ...args]);
    expect(run.code).toBe(8);
    const output = parse(readFileSync(out, 'utf8'), { columns: true }) as OutRow[];
    const rejected = parse(readFileSync(rejectsFile, 'utf8'), { columns: true }) as OutRow[];
    expect(output).toHaveLength(good + 2);
    expect(rejected).toHaveLength(2);
    rejected.forEach((r, i) => {
      expect(r.line).toBe(rejects[i]?.[0]);
      expect(r.reason).toMatch(rejects[i]?.[1] as RegExp);
    });
    const storedIds = stored(db, 'external_id');
    expect(storedIds).toHaveLength(good);
    ids.forEach((id, i) => expect(storedIds[i]).toEqual(typeof id === 'string' ? id : expect.stringMatching(id)));
    expect(stored(db, 'text')[1]).toBe(second);
    expect(output.filter((r) => r.status === 'stored').map((r) => r.source_id)).toEqual(storedIds);
  });

  test('WhatsApp day/month order: detected (13/11 is a day), or forced with --date-order', async () => {
    expect((await runCommand(['score', join(EXPORTS, 'whatsapp-ios.txt'), '--db', db])).code).toBe(8);
    expect(stored(db, 'posted_at')[0]).toBe('2026-11-13T10:01:44.000Z');
    const forced = await importedDatabase(tmp.dir, join(SCORE, 'statements.jsonl'), 'forced.db');
    // Read as mdy, "13/11/2026" is no date: every message is a reject.
    const run = await runCommand(['score', join(EXPORTS, 'whatsapp-ios.txt'), '--db', forced, '--date-order', 'mdy']);
    expect(run.code).toBe(8);
    expect(stored(forced, 'id')).toEqual([]);
    const bad = await runCommand(['score', join(EXPORTS, 'whatsapp-ios.txt'), '--db', forced, '--date-order', 'ymd']);
    expect(bad.code).toBe(2);
  });
});
