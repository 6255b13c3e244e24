import { readFileSync } from 'fs';
import { join } from 'path';
import { loadConfig } from '../../src/config';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { createMatchingEngine } from '../../src/composition/matching-engine';
import { startMatchOffload } from '../../src/composition/match-offload';
import type { Statement } from '../../src/core/types';
import { DEPARTMENT_SETTINGS } from '../../src/usecases/settings/department-settings';
import { readJson, startHttp } from '../helpers/desk';

const ROOT_DIR = join(__dirname, '..', '..');

const NOW = new Date('2026-11-23T12:00:00Z');
const DEMO_STATEMENTS = readFileSync(join(ROOT_DIR, 'data/demo/statements.jsonl'), 'utf8');
const CLAIMS = readFileSync(join(ROOT_DIR, 'data/demo/posts.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 120)
  .map((line) => (JSON.parse(line) as { text: string }).text);
const BRIDGE_CLAIM = 'The Elm Street Bridge just collapsed into the Cedar River!!! Avoid downtown';

/** A desk as the service opens it: one matching worker beside the request thread. */
function serviceDesk(): OpenDesk {
  const handle = openDesk(loadConfig({ db: ':memory:' }, {}), () => NOW, { matchWorkers: 1 });
  handle.desk.statements.importFile(DEMO_STATEMENTS, 'jsonl', 'test');
  return handle;
}

describe('matching workers of the service', () => {
  let handle: OpenDesk;
  beforeAll(() => {
    handle = serviceDesk();
  });
  afterAll(() => handle.close());

  it('answer every claim exactly as matching on the request thread does', async () => {
    for (const claim of CLAIMS) {
      const offloaded = await handle.desk.checkAsync(claim, { k: 5 });
      expect(offloaded).toEqual(handle.desk.check(claim, { k: 5 }));
    }
    // Answered by the worker, not by the fallback a stopped worker leaves behind.
    expect(handle.liveMatchWorkers()).toBe(1);
  });

  it('see statements added, superseded and retracted after they started, before the next claim', async () => {
    const before = await handle.desk.checkAsync('Cougar spotted on the Willow Creek trail near the Hargrove library', {});
    expect(before.matchDecision).toBe('none');
    const added = handle.desk.statements.add(
      {
        title: 'Cougar sighting on the Willow Creek trail',
        body: 'Wildlife officers confirmed a cougar on the Willow Creek trail near the Hargrove library this morning. The trail is closed.',
        published_at: '2026-11-23T09:00:00Z',
      },
      'test',
    );
    const after = await handle.desk.checkAsync('Cougar spotted on the Willow Creek trail near the Hargrove library', {});
    expect(after.matches[0]?.statementId).toBe(added.id);
    expect(after.matchDecision).not.toBe('none');

    handle.desk.statements.retract(added.id, 'test', 'issued in error');
    const retracted = await handle.desk.checkAsync('Cougar spotted on the Willow Creek trail near the Hargrove library', {});
    expect(retracted.matches[0]?.statement.status).toBe('retracted');
    expect(retracted.matches[0]?.decision).not.toBe('strong');
    expect(retracted).toEqual(handle.desk.check('Cougar spotted on the Willow Creek trail near the Hargrove library', {}));
  });

  it('follow department thresholds changed while the service runs', async () => {
    const start = await handle.desk.checkAsync(BRIDGE_CLAIM, {});
    expect(start.matchDecision).toBe('strong');
    handle.desk.settings.set('matching.strongThreshold', '0.99', 'test');
    try {
      const stricter = await handle.desk.checkAsync(BRIDGE_CLAIM, {});
      expect(stricter.matchDecision).toBe('possible');
      expect(stricter.matches[0]?.thresholds.strong).toBe(0.99);
    } finally {
      handle.desk.settings.set('matching.strongThreshold', DEPARTMENT_SETTINGS['matching.strongThreshold'].default, 'test');
    }
  });

  it('serve POST /api/check through the workers with the same answer as the use case', async () => {
    const http = await startHttp(handle);
    try {
      const res = await fetch(`${http.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: BRIDGE_CLAIM, k: 3 }) });
      expect(res.status).toBe(200);
      const body = await readJson(res);
      const direct = handle.desk.check(BRIDGE_CLAIM, { k: 3 });
      expect(body.matches).toEqual(direct.matches);
      expect(body.matchDecision).toBe(direct.matchDecision);
      const empty = await fetch(`${http.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '   ' }) });
      expect(empty.status).toBe(400);
      expect((await readJson(empty)).error.code).toBe('TEXT_EMPTY');
    } finally {
      await http.close();
    }
  });
});

describe('a matching worker that stops', () => {
  it('costs speed, never an answer: claims in flight and later ones are matched on the calling thread', async () => {
    const statements: Statement[] = DEMO_STATEMENTS.trim()
      .split('\n')
      .map((line, i) => {
        const row = JSON.parse(line) as { title: string; body: string; url?: string; published_at: string };
        return { id: i + 1, slug: `s${i}`, title: row.title, body: row.body, url: row.url ?? null, publishedAt: row.published_at, status: 'active', incident: null, topic: null, supersededBy: null, version: 1, createdAt: row.published_at, updatedAt: row.published_at };
      });
    const thresholds = () => ({ possible: Number(DEPARTMENT_SETTINGS['matching.possibleThreshold'].default), strong: Number(DEPARTMENT_SETTINGS['matching.strongThreshold'].default) });
    const local = createMatchingEngine(statements, thresholds);
    const offload = startMatchOffload({ workers: 1, local, statements, thresholds });
    const options = { k: 5, now: NOW, urls: [] as string[] };
    const inFlight = CLAIMS.slice(0, 30).map((claim) => offload.offloaded.match(claim, options));
    await offload.close();
    expect(offload.liveWorkers()).toBe(0);
    const answers = await Promise.all(inFlight);
    answers.forEach((answer, i) => expect(answer).toEqual(local.match(CLAIMS[i] as string, options)));
    expect(await offload.offloaded.match(BRIDGE_CLAIM, options)).toEqual(local.match(BRIDGE_CLAIM, options));
  });
});
