import { join } from 'path';
import { loadConfig } from '../../src/config';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { runCommand, tempDir } from '../helpers/desk';

/**
 * QA of the weekly summary: posts sharing the department's own missing-person appeal by its
 * link were the demo week's top "false" rumor, because the update ("found safe") contradicts
 * the appeal. They are the department's words, outdated: the appeal's reach, marked superseded,
 * in the triage page's data and the CLI, and never in the rumor queue.
 */
jest.setTimeout(60_000);

const NOW = new Date('2026-11-23T15:00:00Z');
const APPEAL_URL = 'https://kellerpd.example/news/missing-woman-quarry-trail';
const STATEMENTS = [
  {
    slug: 'kpd-missing-woman',
    title: 'Help us find a 71-year-old woman missing from the Quarry Trail',
    body: 'Keller Police are searching for a 71-year-old woman last seen at 2 p.m. on the Quarry Trail near the north trailhead. She walks with a cane and was wearing a yellow raincoat. If you see her, call 911.',
    url: APPEAL_URL,
    published_at: '2026-11-18T21:00:00.000Z',
    status: 'superseded',
    superseded_by: 'kpd-missing-woman-found',
  },
  {
    slug: 'kpd-missing-woman-found',
    title: 'UPDATE: Woman missing from the Quarry Trail found safe',
    body: 'The 71-year-old woman reported missing from the Quarry Trail was found safe at 8:10 p.m. by a volunteer searcher. She was cold but not hurt. Thank you to everyone who shared our appeal.',
    url: 'https://kellerpd.example/news/missing-woman-found',
    published_at: '2026-11-19T02:30:00.000Z',
    status: 'active',
  },
];

const at = (minutes: number) => new Date(Date.parse('2026-11-18T22:00:00.000Z') + minutes * 60_000).toISOString();
const SHARES = ['s1', 's2', 's3', 's4', 's5'].map((id, i) => ({
  platform: 'facebook',
  id,
  author: { handle: `@keller_neighbor${i}`, display_name: null, verified: false, followers: 150, following: 180, created_at: '2018-05-01T00:00:00.000Z' },
  text: `Please share, she is still missing, 71 year old woman last seen on the Quarry Trail ${APPEAL_URL}`,
  posted_at: at(i * 240),
  engagement: { reposts: 5, likes: 30 + i, replies: 2 },
  reply_to: null,
  quote_of: null,
  repost_of: null,
}));

let tmp: ReturnType<typeof tempDir>;
let dbPath: string;
let handle: OpenDesk;

beforeAll(() => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'keller.db');
  handle = openDesk(loadConfig({ db: dbPath }, {}), () => NOW);
  handle.desk.statements.importFile(STATEMENTS.map((s) => JSON.stringify(s)).join('\n'), 'jsonl', 'test');
  handle.desk.ingestPosts(SHARES, 1);
});

afterAll(() => {
  handle?.close();
  tmp?.cleanup();
});

it('the update contradicts the shares (the premise: before, that vetoed the link)', () => {
  const clusters = handle.desk.clusters.list({ limit: 50 });
  expect(clusters.length).toBeGreaterThan(0);
  const found = (handle.db.prepare("SELECT id FROM statements WHERE slug = 'kpd-missing-woman-found'").get() as { id: number }).id;
  const stances = handle.db.prepare("SELECT stance FROM matches WHERE subject_type = 'cluster' AND statement_id = ? AND decision = 'strong'").all(found) as { stance: string }[];
  expect(stances.map((s) => s.stance)).toContain('contradicts');
});

it('lists the shares as the superseded appeal\'s reach, not in the rumor queue', () => {
  const appeal = (handle.db.prepare("SELECT id FROM statements WHERE slug = 'kpd-missing-woman'").get() as { id: number }).id;
  expect(handle.desk.triage({})).toEqual([]);
  const reach = handle.desk.statementReach({});
  expect(reach.map((r) => [r.statement.id, r.statement.status, r.posts])).toEqual([[appeal, 'superseded', SHARES.length]]);
});

it('`rumordesk triage` marks the appeal superseded', async () => {
  const run = await runCommand(['triage', '--db', dbPath]);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/"Help us find a 71-year-old woman missing from the Quarry Trail" \(statement #\d+, superseded\): 5 posts/);
});
