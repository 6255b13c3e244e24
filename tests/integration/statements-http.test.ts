import { memoryDesk, readJson, startHttp } from '../helpers/desk';
import type { OpenDesk } from '../../src/composition/open-desk';
import { MIGRATIONS } from '../../src/store/migrations';

const valid = {
  title: 'Elm Street bridge closed for flooding',
  body: 'The Elm Street bridge is closed in both directions because of high water.\n\nUse the Oak Avenue bridge.',
  incident: 'flood-2026-11',
  topic: 'road closures',
  url: 'https://ridgeportpd.example/news/elm-bridge',
  published_at: '2026-11-03T15:20:00Z',
};

describe('statements over HTTP', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };

  beforeEach(async () => {
    handle = memoryDesk();
    http = await startHttp(handle);
  });
  afterEach(async () => {
    await http.close();
    handle.close();
  });

  const post = (path: string, body: unknown, type = 'application/json') =>
    fetch(http.url + path, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('takes superseded_by and status as an import row does, and refuses a slug that names no statement', async () => {
    const newer = await readJson(await post('/api/statements', { ...valid, slug: 'elm-open', title: 'Elm Street bridge reopened' }));
    const older = await post('/api/statements', { ...valid, slug: 'elm-closed', superseded_by: 'elm-open' });
    expect(older.status).toBe(201);
    expect(await readJson(older)).toMatchObject({ slug: 'elm-closed', status: 'superseded', supersededBy: newer.id });
    const withdrawn = await readJson(await post('/api/statements', { ...valid, slug: 'elm-error', status: 'retracted' }));
    expect(withdrawn.status).toBe('retracted');

    const unknown = await post('/api/statements', { ...valid, slug: 'elm-other', superseded_by: 'no-such-slug' });
    expect(unknown.status).toBe(400);
    expect((await readJson(unknown)).error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('"no-such-slug" names no statement') });
    expect((await readJson(await fetch(`${http.url}/api/statements?q=elm`))).items.map((x: { slug: string }) => x.slug)).not.toContain('elm-other');
  });

  it.each(['true', '0x01', '1e0', '1.0'])('refuses the id %j instead of reading it as statement 1', async (id) => {
    await post('/api/statements', valid);
    const res = await fetch(`${http.url}/api/statements/${encodeURIComponent(id)}`);
    expect(res.status).toBe(400);
    expect((await readJson(res)).error.code).toBe('VALIDATION_FAILED');
  });

  it.each([true, [1]])('refuses a draft for cluster %j instead of drafting for cluster 1', async (clusterId) => {
    const res = await post('/api/drafts', { clusterId, platform: 'x' });
    expect(res.status).toBe(400);
    expect((await readJson(res)).error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('must be a number') });
  });

  it('create, read, list, edit (versioned), supersede and retract, each audited', async () => {
    const created = await post('/api/statements', valid);
    expect(created.status).toBe(201);
    const first = await readJson(created);
    expect(first).toMatchObject({ id: 1, title: valid.title, status: 'active', version: 1, slug: '2026-11-03-elm-street-bridge-closed-for-flooding' });

    const shown = await readJson(await fetch(`${http.url}/api/statements/1`));
    expect(shown.body).toBe(valid.body);

    const edited = await fetch(`${http.url}/api/statements/1`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'The Elm Street bridge is closed. Use Oak Avenue.' }),
    });
    expect(edited.status).toBe(200);
    expect((await readJson(edited)).version).toBe(2);

    const second = await readJson(await post('/api/statements', { ...valid, title: 'Elm Street bridge reopened', published_at: '2026-11-05T09:00:00Z' }));
    const superseded = await readJson(await post('/api/statements/1/supersede', { by: second.id }));
    expect(superseded).toMatchObject({ status: 'superseded', supersededBy: second.id });

    const retracted = await readJson(await post(`/api/statements/${second.id}/retract`, { reason: 'issued in error' }));
    expect(retracted.status).toBe('retracted');

    const list = await readJson(await fetch(`${http.url}/api/statements?status=retracted`));
    expect(list.total).toBe(1);
    expect(list.items[0].id).toBe(second.id);

    const actions = handle.desk.audit.list({}).map((a) => a.action).sort();
    expect(actions).toEqual(['statement.create', 'statement.create', 'statement.edit', 'statement.retract', 'statement.supersede']);
  });

  it.each([
    ['missing title', { ...valid, title: undefined }, 400, 'VALIDATION_FAILED'],
    ['wrong type', { ...valid, body: 42 }, 400, 'VALIDATION_FAILED'],
    ['bad date', { ...valid, published_at: 'yesterday' }, 400, 'VALIDATION_FAILED'],
    ['javascript url', { ...valid, url: 'javascript:alert(1)' }, 400, 'VALIDATION_FAILED'],
    ['array body', [valid], 400, 'VALIDATION_FAILED'],
  ])('rejects %s with its code and writes nothing', async (_name, body, status, code) => {
    const res = await post('/api/statements', body);
    expect(res.status).toBe(status);
    expect((await readJson(res)).error.code).toBe(code);
    expect(handle.desk.health().statements).toBe(0);
  });

  it('answers malformed JSON, oversized bodies, wrong content types and unknown ids with stable codes', async () => {
    const malformed = await post('/api/statements', '{"title": ');
    expect(malformed.status).toBe(400);
    expect((await readJson(malformed)).error.code).toBe('MALFORMED_JSON');

    const huge = await post('/api/statements', { ...valid, body: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect((await readJson(huge)).error.code).toBe('PAYLOAD_TOO_LARGE');

    const form = await post('/api/statements', 'title=x', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    expect((await readJson(form)).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const missing = await fetch(`${http.url}/api/statements/999`);
    expect(missing.status).toBe(404);
    expect((await readJson(missing)).error.code).toBe('NOT_FOUND');

    const badId = await fetch(`${http.url}/api/statements/abc`);
    expect(badId.status).toBe(400);
    expect((await readJson(badId)).error.code).toBe('VALIDATION_FAILED');

    const noRoute = await fetch(`${http.url}/api/nothing-here`);
    expect(noRoute.status).toBe(404);
    expect((await readJson(noRoute)).error.code).toBe('ROUTE_NOT_FOUND');
    // QA: a browser on a mistyped address got JSON; it gets a page, an API client still JSON.
    const page = await fetch(`${http.url}/nothing-here`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect([page.status, page.headers.get('content-type')]).toEqual([404, 'text/html; charset=utf-8']);
    expect(await page.text()).toContain('There is no page at /nothing-here.');
    const apiFromBrowser = await fetch(`${http.url}/api/nothing-here`, { headers: { accept: 'text/html' } });
    expect(apiFromBrowser.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses a duplicate slug and invalid state changes', async () => {
    await post('/api/statements', valid);
    const dup = await post('/api/statements', valid);
    expect(dup.status).toBe(409);
    expect((await readJson(dup)).error.code).toBe('CONFLICT');

    const self = await post('/api/statements/1/supersede', { by: 1 });
    expect((await readJson(self)).error.code).toBe('VALIDATION_FAILED');

    await post('/api/statements/1/retract', {});
    const again = await post('/api/statements/1/supersede', { by: 1 });
    expect(again.status).toBe(400);
    const editRetracted = await fetch(`${http.url}/api/statements/1`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'New title here' }),
    });
    expect(editRetracted.status).toBe(409);
    expect((await readJson(editRetracted)).error.code).toBe('INVALID_STATE');
  });

  it('serves /healthz', async () => {
    const res = await fetch(`${http.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ status: 'ok', schemaVersion: MIGRATIONS[MIGRATIONS.length - 1]?.version, statements: 0, posts: 0 });
  });
});
