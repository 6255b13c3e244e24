import { join } from 'path';
import { loadConfig } from '../../src/config';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { LINK_POSTS, RUMOR_POSTS, STATEMENTS, WORDS_POSTS } from '../fixtures/messaging/fire-district';
import { readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

/**
 * Issue 16: the department's own messaging is not a rumor. A fire district's statement, posts
 * that share its link, posts that copy its words, and a rumor that contradicts it, through the
 * real pipeline on a SQLite file: only the rumor is in the rumor lists; the rest is the
 * statement's reach, in the triage queue, the weekly summary, the JSON API and the CLI.
 */
jest.setTimeout(60_000);

const NOW = new Date('2026-11-23T15:00:00Z');
const engagement = (p: { engagement: { reposts: number; likes: number; replies: number } }) => p.engagement.reposts + p.engagement.likes + p.engagement.replies;

let tmp: ReturnType<typeof tempDir>;
let dbPath: string;
let handle: OpenDesk;
let statementId: number;

function clustersOf(posts: readonly { id: string }[]): Set<number> {
  const ids = posts.map((p) => p.id);
  const rows = handle.db
    .prepare(`SELECT DISTINCT pc.cluster_id AS id FROM posts p JOIN post_clusters pc ON pc.post_id = p.id WHERE p.external_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

beforeAll(() => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'fire.db');
  handle = openDesk(loadConfig({ db: dbPath }, {}), () => NOW);
  handle.desk.statements.importFile(STATEMENTS.map((s) => JSON.stringify(s)).join('\n'), 'jsonl', 'test');
  handle.desk.ingestPosts([...LINK_POSTS, ...WORDS_POSTS, ...RUMOR_POSTS], 1);
  statementId = (handle.db.prepare("SELECT id FROM statements WHERE slug = 'hfd-route-9-bridge'").get() as { id: number }).id;
});

afterAll(() => {
  handle?.close();
  tmp?.cleanup();
});

it('keeps the three kinds of post in separate clusters (the premise of the other tests)', () => {
  const rumor = clustersOf(RUMOR_POSTS);
  expect(rumor.size).toBe(1);
  for (const id of [...clustersOf(LINK_POSTS), ...clustersOf(WORDS_POSTS)]) expect(rumor.has(id)).toBe(false);
});

it('triage: the rumor is queued; the link and word copies are the statement reach, with how each was recognised', () => {
  const rumor = [...clustersOf(RUMOR_POSTS)];
  expect(handle.desk.triage({ limit: 50 }).map((c) => c.id)).toEqual(rumor);

  const reach = handle.desk.statementReach({ limit: 50 });
  expect(reach.map((r) => r.statement.id)).toEqual([statementId]);
  const entry = reach[0];
  const kindOf = new Map(entry?.clusters.map((c) => [c.id, c.kind]));
  for (const id of clustersOf(LINK_POSTS)) expect(kindOf.get(id)).toBe('link');
  for (const id of clustersOf(WORDS_POSTS)) expect(kindOf.get(id)).toBe('words');
  expect(entry).toMatchObject({
    posts: LINK_POSTS.length + WORDS_POSTS.length,
    engagement: [...LINK_POSTS, ...WORDS_POSTS].reduce((n, p) => n + engagement(p), 0),
    recognisedBy: ['link', 'words'],
  });
});

it('weekly summary: top rumors list only the rumor; the statement reach counts the other posts and their authors', () => {
  const summary = handle.desk.summary({ week: '2026-W47' });
  const rumor = [...clustersOf(RUMOR_POSTS)];
  expect(summary.topByReach.map((r) => r.clusterId)).toEqual(rumor);
  expect(summary.topByVelocity.map((r) => r.clusterId)).toEqual(rumor);
  const shared = [...LINK_POSTS, ...WORDS_POSTS];
  expect(summary.statementReach).toEqual([
    {
      statementId,
      title: 'Route 9 bridge over Miller Creek closed for inspection',
      status: 'active',
      posts: shared.length,
      authors: new Set(shared.map((p) => p.author.handle)).size,
      reach: shared.reduce((n, p) => n + engagement(p), 0),
      clusterIds: [...clustersOf(LINK_POSTS), ...clustersOf(WORDS_POSTS)].sort((a, b) => a - b),
      recognisedBy: ['link', 'words'],
    },
  ]);
  const md = handle.desk.renderSummary(summary, 'md');
  expect(md).toContain("## Reach of the department's statements");
  expect(md).toContain("| 1 | Route 9 bridge over Miller Creek closed for inspection | 8 | 8 |");
});

it('GET /api/triage returns the rumor queue and, apart from it, the statement reach', async () => {
  const http = await startHttp(handle);
  try {
    const body = await readJson(await fetch(`${http.url}/api/triage?limit=20`));
    expect(body.items.map((c: { id: number }) => c.id)).toEqual([...clustersOf(RUMOR_POSTS)]);
    expect(body.statementReach.map((s: { statement: { id: number } }) => s.statement.id)).toEqual([statementId]);
  } finally {
    await http.close();
  }
});

it('`rumordesk triage` prints the rumor, then the statement reach with how it was recognised', async () => {
  const run = await runCommand(['triage', '--db', dbPath]);
  expect(run.code).toBe(0);
  const [queue, reach] = run.stdout.split("Statement reach (the department's own messaging, not rumors):");
  expect(queue).toContain('Dozens of cars went into the creek');
  expect(queue).not.toContain('closed to all traffic');
  expect(reach).toContain(`"Route 9 bridge over Miller Creek closed for inspection" (statement #${statementId}): 8 posts`);
  expect(reach).toContain("shares the statement's link, repeats the statement's words");
});
