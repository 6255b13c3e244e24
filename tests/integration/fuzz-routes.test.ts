import { memoryDesk, startHttp } from '../helpers/desk';
import type { OpenDesk } from '../../src/composition/open-desk';
import { closeFuzzAgent, sendRaw, type RawRequest } from '../helpers/fuzz-http';
import { dbFingerprint, totalChanges } from '../helpers/fuzz-db';
import { describeRequest, errorCodeOf, responseProblem } from '../helpers/fuzz-check';
import { bodyRequest, BODY_ROUTES, getRequest, GET_ROUTES, strayRequest, type FuzzTargets } from '../helpers/fuzz-requests';
import { Rng } from '../helpers/fuzz-values';

const SEED = Number(process.env.FUZZ_SEED ?? 20261120);
const CASES = Number(process.env.FUZZ_CASES ?? 8500);

const STATEMENTS = [
  { slug: 'elm-bridge-closed', title: 'Elm Street bridge closed', body: 'The Elm Street bridge is closed for high water. It has not collapsed.', published_at: '2026-11-18T15:00:00Z', incident: 'flood' },
  { slug: 'tap-water-safe', title: 'Tap water is safe to drink', body: 'Ridgeport tap water meets every standard. There is no E. coli contamination.', published_at: '2026-11-18T16:00:00Z', incident: 'flood' },
  { slug: 'no-curfew', title: 'There is no curfew', body: 'Police have not announced a curfew.', published_at: '2026-11-19T09:00:00Z' },
  { slug: 'shelter-harmon', title: 'Shelter open on Harmon Avenue', body: 'The shelter at Harmon Avenue school is open tonight. Pets are welcome.', published_at: '2026-11-19T18:00:00Z' },
];

const RUMORS = ['The Elm Street bridge just collapsed into the river', 'Do not drink the tap water, it has E coli', 'Police announced an 8pm curfew tonight', 'Shelter on Harmon Avenue turned away families with pets'];

/** A small desk with statements, clustered posts and drafts, so fuzzed ids can hit real rows. */
function seed(handle: OpenDesk): FuzzTargets {
  const desk = handle.desk;
  for (const s of STATEMENTS) desk.statements.add(s, 'seed');
  const posts = RUMORS.flatMap((text, r) =>
    Array.from({ length: 6 }, (_, i) => ({ platform: 'x', id: `seed-${r}-${i}`, author: { handle: `@user${i}` }, text: `${text}${'!'.repeat(i)} #${i}`, posted_at: `2026-11-20T0${r}:0${i}:00Z` })),
  );
  desk.ingestPosts(posts);
  const ids = (sql: string) => (handle.db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  for (const clusterId of ids('SELECT id FROM clusters ORDER BY id LIMIT 3')) desk.drafts.generate({ clusterId }, 'all', 'seed');
  return {
    statements: ids('SELECT id FROM statements'),
    clusters: ids('SELECT id FROM clusters'),
    posts: ids('SELECT id FROM posts'),
    drafts: ids('SELECT id FROM drafts'),
  };
}

describe('fuzzing every JSON route', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  let targets: FuzzTargets;
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    handle = memoryDesk();
    targets = seed(handle);
    http = await startHttp(handle);
  });
  afterAll(async () => {
    closeFuzzAgent();
    await http.close();
    handle.close();
  });

  it(`answers ${CASES} hostile requests without a 5xx, with catalogue codes, leaving the database alone when it refuses`, async () => {
    const rng = new Rng(SEED);
    const failures: string[] = [];
    const seen = new Map<string, Set<string>>();
    let fingerprint = dbFingerprint(handle.db);
    let fingerprintAt = totalChanges(handle.db);
    let rejected = 0;

    for (let i = 0; i < CASES; i++) {
      const pick = rng.int(100);
      let req: RawRequest;
      let routeKey: string;
      if (pick < 72) {
        const route = rng.pick(BODY_ROUTES);
        routeKey = `${route.method} ${route.path}`;
        req = bodyRequest(rng, route, targets);
      } else if (pick < 94) {
        const route = rng.pick(GET_ROUTES);
        routeKey = `GET ${route.path}`;
        req = getRequest(rng, route, targets);
      } else {
        routeKey = 'stray';
        req = strayRequest(rng, targets);
      }
      // Re-fingerprint only when an accepted request changed something since the last one.
      if (totalChanges(handle.db) !== fingerprintAt) {
        fingerprint = dbFingerprint(handle.db);
        fingerprintAt = totalChanges(handle.db);
      }
      const res = await sendRaw(http.url, req);
      const outcome = res.status >= 400 ? (errorCodeOf(res) ?? String(res.status)) : String(res.status);
      seen.set(routeKey, (seen.get(routeKey) ?? new Set()).add(outcome));
      const problem = responseProblem(req, res);
      if (problem) failures.push(`case ${i} (seed ${SEED}): ${problem}\n    ${describeRequest(req)}`);
      if (res.status >= 400) {
        rejected += 1;
        if (totalChanges(handle.db) !== fingerprintAt && dbFingerprint(handle.db) !== fingerprint) {
          failures.push(`case ${i} (seed ${SEED}): refused with ${res.status} but changed the database\n    ${describeRequest(req)}`);
        }
      }
      if (failures.length >= 25) break;
    }

    if (process.env.FUZZ_DUMP) process.stderr.write(JSON.stringify([...seen].map(([k, v]) => [k, [...v]]), null, 1) + "\n");
    expect(failures).toEqual([]);
    expect(handle.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The fuzzer must reach past the parsers: every body route saw a refusal, and some writes went through.
    for (const route of BODY_ROUTES) expect(seen.get(`${route.method} ${route.path}`)?.has('VALIDATION_FAILED') || seen.get(`${route.method} ${route.path}`)?.has('NOT_FOUND')).toBe(true);
    expect([...seen.values()].some((outcomes) => outcomes.has('201'))).toBe(true);
    expect(rejected).toBeGreaterThan(CASES / 2);
  }, 240_000);

  it('leaves Object.prototype and Array.prototype unpolluted', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
