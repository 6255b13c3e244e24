import { memoryDesk, readJson, startHttp } from '../helpers/desk';
import type { OpenDesk } from '../../src/composition/open-desk';
import { serve } from '../../src/composition/serve';

type Role = 'viewer' | 'officer' | 'approver' | 'admin';
const ROLES: Role[] = ['viewer', 'officer', 'approver', 'admin'];

/** Every API route with the least role it needs, written out by hand: the spec the code must meet. */
const MATRIX: { method: string; path: string; body?: unknown; least: Role }[] = [
  { method: 'GET', path: '/api/statements', least: 'viewer' },
  { method: 'GET', path: '/api/statements/1', least: 'viewer' },
  { method: 'POST', path: '/api/statements', body: {}, least: 'officer' },
  { method: 'PATCH', path: '/api/statements/1', body: {}, least: 'officer' },
  { method: 'POST', path: '/api/statements/1/retract', body: {}, least: 'officer' },
  { method: 'POST', path: '/api/statements/1/supersede', body: {}, least: 'officer' },
  { method: 'POST', path: '/api/check', body: { text: 'the bridge is closed' }, least: 'viewer' },
  { method: 'POST', path: '/api/posts', body: [], least: 'officer' },
  { method: 'GET', path: '/api/clusters', least: 'viewer' },
  { method: 'GET', path: '/api/clusters/1', least: 'viewer' },
  { method: 'POST', path: '/api/clusters/1/merge', body: {}, least: 'officer' },
  { method: 'POST', path: '/api/clusters/1/move', body: {}, least: 'officer' },
  { method: 'POST', path: '/api/clusters/split', body: {}, least: 'officer' },
  { method: 'GET', path: '/api/triage', least: 'viewer' },
  { method: 'GET', path: '/api/drafts', least: 'viewer' },
  { method: 'POST', path: '/api/drafts', body: {}, least: 'officer' },
  { method: 'PATCH', path: '/api/drafts/1', body: {}, least: 'officer' },
  { method: 'POST', path: '/api/drafts/1/approve', body: {}, least: 'approver' },
  { method: 'POST', path: '/api/drafts/1/publish', body: {}, least: 'approver' },
  { method: 'POST', path: '/api/drafts/1/discard', body: {}, least: 'officer' },
  { method: 'GET', path: '/api/audit', least: 'approver' },
  { method: 'GET', path: '/api/settings', least: 'admin' },
  { method: 'PUT', path: '/api/settings/timezone', body: { value: 'America/Chicago' }, least: 'admin' },
];

const rank = (role: Role) => ROLES.indexOf(role);

describe('access control', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    handle = memoryDesk();
    for (const role of ROLES) {
      handle.desk.auth.add(`${role}-user`, role, `correct horse ${role} battery`, 'test');
      tokens[role] = handle.desk.auth.createToken(`${role}-user`, 'matrix', 'test').token;
    }
    http = await startHttp(handle);
  });
  afterAll(async () => {
    await http.close();
    handle.close();
  });

  const call = (m: (typeof MATRIX)[number], headers: Record<string, string>) =>
    fetch(http.url + m.path, {
      method: m.method,
      headers: { ...headers, ...(m.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: m.body !== undefined ? JSON.stringify(m.body) : undefined,
    });

  it.each(MATRIX)('$method $path: no credentials → 401', async (m) => {
    const res = await call(m, {});
    expect(res.status).toBe(401);
    expect((await readJson(res)).error.code).toBe('UNAUTHENTICATED');
  });

  for (const role of ROLES) {
    it.each(MATRIX)(`$method $path as ${role}`, async (m) => {
      const res = await call(m, { authorization: `Bearer ${tokens[role]}` });
      if (rank(role) >= rank(m.least)) {
        expect([401, 403]).not.toContain(res.status);
        expect(res.status).toBeLessThan(500);
      } else {
        expect(res.status).toBe(403);
        expect((await readJson(res)).error.code).toBe('FORBIDDEN');
      }
    });
  }

  it('sessions: login sets an HttpOnly SameSite=Strict cookie; form-style writes need the CSRF token', async () => {
    const login = await fetch(`${http.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'officer-user', password: 'correct horse officer battery' }),
    });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/rd_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const { csrfToken } = await readJson(login);
    const cookie = setCookie.split(';')[0] as string;

    const body = JSON.stringify({ title: 'Shelter open at Lincoln', body: 'Open all night.', published_at: '2026-11-03T20:00:00Z' });
    const without = await fetch(`${http.url}/api/statements`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body });
    expect(without.status).toBe(403);
    expect((await readJson(without)).error).toMatchObject({ code: 'CSRF_FAILED', message: expect.stringContaining('needs the X-CSRF-Token header') });
    const withToken = await fetch(`${http.url}/api/statements`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body });
    expect(withToken.status).toBe(201);
    expect(handle.desk.audit.list({ actor: 'officer-user' }).map((a) => a.action)).toContain('statement.create');
  });

  it('a stale form gets an HTML page with the reason, and a page without a login goes to the login form', async () => {
    const login = await fetch(`${http.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'officer-user', password: 'correct horse officer battery' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const stale = await fetch(`${http.url}/statements/new`, {
      method: 'POST',
      headers: { cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x&_csrf=wrong',
    });
    expect(stale.status).toBe(403);
    expect(stale.headers.get('content-type')).toMatch(/html/);
    expect(await stale.text()).toMatch(/CSRF_FAILED/);
    const anonymous = await fetch(`${http.url}/triage`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toMatch(/^\/login/);
  });

  it('a revoked token and a disabled user stop working at once', async () => {
    const { id, token } = handle.desk.auth.createToken('viewer-user', 'temp', 'test');
    expect((await fetch(`${http.url}/api/statements`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    handle.desk.auth.revokeToken(id, 'test');
    expect((await fetch(`${http.url}/api/statements`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('limits password guessing', async () => {
    const attempt = () =>
      fetch(`${http.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin-user', password: 'wrong password!!' }) });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect((await readJson(blocked)).error.code).toBe('RATE_LIMITED');
  });

  it('stores only hashes of passwords and tokens', () => {
    const row = handle.db.prepare("SELECT password_hash FROM users WHERE username = 'admin-user'").get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain('correct horse');
    const tokenRows = handle.db.prepare('SELECT token_hash FROM api_tokens').all() as { token_hash: string }[];
    for (const t of tokenRows) expect(Object.values(tokens)).not.toContain(t.token_hash);
  });
});

describe('local mode', () => {
  it('acts as one local user with no login, and refuses to bind a public address without users', async () => {
    const handle = memoryDesk();
    const http = await startHttp(handle);
    const res = await fetch(`${http.url}/api/statements`);
    expect(res.status).toBe(200);
    await http.close();
    await expect(serve({ desk: handle.desk, config: handle.config, close: handle.close }, { host: '0.0.0.0', port: 0, demo: false })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    handle.close();
  });

  it('tells an API client that posted no JSON what to send (a bodyless POST could come from any site)', async () => {
    const handle = memoryDesk();
    const http = await startHttp(handle);
    try {
      const res = await fetch(`${http.url}/api/statements/1/retract`, { method: 'POST' });
      expect(res.status).toBe(403);
      expect((await readJson(res)).error).toMatchObject({ code: 'CSRF_FAILED', message: expect.stringContaining('needs a JSON body') });
    } finally {
      await http.close();
      handle.close();
    }
  });
});
