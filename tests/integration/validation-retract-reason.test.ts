import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk, readJson, startHttp } from '../helpers/desk';

const statement = { title: 'Elm Street bridge closed', body: 'The Elm Street bridge is closed.', published_at: '2026-11-03T15:20:00Z' };

describe('POST /api/statements/:id/retract reason', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  let id: number;
  const post = (path: string, body: unknown) => fetch(http.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeEach(async () => {
    handle = memoryDesk();
    http = await startHttp(handle);
    id = (await readJson(await post('/api/statements', statement))).id;
  });
  afterEach(async () => {
    await http.close();
    handle.close();
  });

  it.each([
    ['a number', 42],
    ['a boolean', true],
    ['an array', ['issued in error']],
    ['an object', { text: 'issued in error' }],
    ['over 1,000 characters', 'x'.repeat(1001)],
  ])('refuses a reason that is %s with 400 and retracts nothing', async (_name, reason) => {
    const res = await post(`/api/statements/${id}/retract`, { reason });
    expect(res.status).toBe(400);
    expect((await readJson(res)).error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('reason') });
    expect(handle.desk.statements.show(id).status).toBe('active');
    expect(handle.desk.audit.list({}).map((a) => a.action)).not.toContain('statement.retract');
  });

  it('records a text reason in the audit log', async () => {
    const res = await post(`/api/statements/${id}/retract`, { reason: '  issued in error  ' });
    expect(res.status).toBe(200);
    expect(handle.desk.audit.list({}).find((a) => a.action === 'statement.retract')).toMatchObject({ note: 'issued in error' });
  });

  it.each([{}, { reason: null }, { reason: '' }])('retracts without a reason (%j)', async (body) => {
    const res = await post(`/api/statements/${id}/retract`, body);
    expect(res.status).toBe(200);
    expect(handle.desk.audit.list({}).find((a) => a.action === 'statement.retract')).toMatchObject({ note: null });
  });
});
