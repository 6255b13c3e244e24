import { pathPattern } from '../../../src/service/auth/path-pattern';
import { OPEN_PATHS, roleNeeded, roleRows, ROUTE_ROLES } from '../../../src/service/auth/route-roles';
import { ROUTES } from '../../../src/service/routes';

/** A request path express would route to a declared path: every `:param` filled with 7. */
const sample = (path: string) => path.replace(/:\w+/g, '7');

describe('the role table, built from the route declarations', () => {
  const guarded = ROUTES.filter((r) => r.role !== 'anyone');

  it.each(guarded.map((r) => [r.method, r.path, r.role] as const))('%s %s needs %s', (method, path, role) => {
    expect(roleNeeded(method, sample(path))).toBe(role);
    // Express routes these spellings to the same handler, so they need the same role.
    expect(roleNeeded(method, sample(path) + '/')).toBe(role);
    expect(roleNeeded(method, sample(path).toUpperCase())).toBe(role);
  });

  it('has one row per guarded route, ahead of the pages', () => {
    expect(ROUTE_ROLES.slice(0, guarded.length).map((r) => r.role)).toEqual(guarded.map((r) => r.role));
  });

  it('leaves routes for anyone out of the table and opens their paths', () => {
    expect([...OPEN_PATHS]).toEqual(expect.arrayContaining(['/healthz', '/login', '/api/login', '/logout']));
    expect(roleRows(ROUTES).some((r) => r.path.test('/healthz'))).toBe(false);
  });

  it('fails closed: an undeclared API path or method needs admin', () => {
    expect(roleNeeded('GET', '/api/statements/7/lineage')).toBe('admin');
    expect(roleNeeded('DELETE', '/api/statements/7')).toBe('admin');
    expect(roleNeeded('GET', '/api/nothing-here')).toBe('admin');
    expect(roleNeeded('POST', '/api/drafts/7/approve/again')).toBe('admin');
  });

  it('keeps the pages rows: reading is for viewers, each form post as its API twin', () => {
    expect(roleNeeded('GET', '/triage')).toBe('viewer');
    expect(roleNeeded('GET', '/settings')).toBe('admin');
    expect(roleNeeded('POST', '/check')).toBe('viewer');
    expect(roleNeeded('POST', '/drafts/3/approve')).toBe('approver');
    expect(roleNeeded('POST', '/drafts/3/discard')).toBe('officer');
    expect(roleNeeded('POST', '/settings')).toBe('admin');
  });

  it.each([
    ['POST', '/drafts/3/approve/', 'approver'],
    ['POST', '/drafts/%33/approve', 'approver'],
    ['POST', '/DRAFTS/3/PUBLISH', 'approver'],
    ['GET', '/Settings', 'admin'],
    ['POST', '/SETTINGS/', 'admin'],
    ['POST', '/Check', 'viewer'],
    ['POST', '/Drafts/3/Discard/', 'officer'],
  ])('reads a page path as express routes it: %s %s needs %s', (method, path, role) => {
    expect(roleNeeded(method, path)).toBe(role);
  });
});

describe('route declarations', () => {
  it('declare each method and path once, with a one-line summary', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of ROUTES) expect(r.summary).toMatch(/^[^\n]+$/);
  });
});

describe('pathPattern', () => {
  it('reads a parameter as exactly one segment', () => {
    const p = pathPattern('/api/drafts/:id/approve');
    expect(p.test('/api/drafts/12/approve')).toBe(true);
    expect(p.test('/api/drafts/%31/approve')).toBe(true);
    expect(p.test('/api/drafts/1/2/approve')).toBe(false);
    expect(p.test('/api/drafts//approve')).toBe(false);
    expect(p.test('/api/drafts/12/approved')).toBe(false);
  });

  it('takes the rest of the path literally', () => {
    expect(pathPattern('/a.b').test('/aXb')).toBe(false);
    expect(pathPattern('/a.b').test('/a.b')).toBe(true);
  });

  it.each(['/api/*rest', '/api/:id?', '/api{/:id}', '/api/:a-:b', 'api/x'])('refuses syntax it does not read: %s', (path) => {
    expect(() => pathPattern(path)).toThrow(/does not read/);
  });
});
