import { memoryDesk, readJson, startHttp } from '../helpers/desk';
import type { OpenDesk } from '../../src/composition/open-desk';

/**
 * Express routes a path however it is cased and with or without a trailing slash; the role
 * check must read the path the same way, or another spelling walks past it.
 */
describe('a route needs its role however its path is spelled', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    handle = memoryDesk();
    for (const role of ['viewer', 'officer', 'approver'] as const) {
      handle.desk.auth.add(`${role}-user`, role, `correct horse ${role} battery`, 'test');
      tokens[role] = handle.desk.auth.createToken(`${role}-user`, 'spellings', 'test').token;
    }
    http = await startHttp(handle);
  });
  afterAll(async () => {
    await http.close();
    handle.close();
  });

  const send = (role: string, method: string, path: string) =>
    fetch(http.url + path, {
      method,
      headers: { authorization: `Bearer ${tokens[role]}`, ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      body: method === 'GET' ? undefined : '{}',
    });

  it.each([
    ['viewer', 'GET', '/API/SETTINGS'],
    ['viewer', 'GET', '/Api/Audit'],
    ['officer', 'GET', '/api/settings/'],
    ['officer', 'POST', '/api/drafts/1/approve/'],
    ['officer', 'POST', '/API/DRAFTS/1/PUBLISH'],
    ['viewer', 'POST', '/API/STATEMENTS'],
  ])('%s %s %s → 403', async (role, method, path) => {
    const res = await send(role, method, path);
    expect(res.status).toBe(403);
    expect((await readJson(res)).error.code).toBe('FORBIDDEN');
  });

  // The pages' own rows: another spelling of an approver's form once fell to the officers' row.
  it.each([
    ['officer', 'POST', '/drafts/1/approve/'],
    ['officer', 'POST', '/drafts/%31/approve'],
    ['officer', 'POST', '/Drafts/1/Publish'],
    ['viewer', 'GET', '/Settings'],
    ['viewer', 'GET', '/SETTINGS/'],
    ['officer', 'POST', '/Settings'],
  ])('page %s %s %s → 403', async (role, method, path) => {
    const res = await send(role, method, path);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/needs the (approver|admin) role/);
  });

  it.each([
    ['approver', 'GET', '/API/AUDIT'],
    ['approver', 'GET', '/api/audit/'],
    ['viewer', 'GET', '/API/STATEMENTS'],
  ])('%s %s %s → 200', async (role, method, path) => {
    expect((await send(role, method, path)).status).toBe(200);
  });
});
