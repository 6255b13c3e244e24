import type { Role } from '../../core/users/user-record';

/**
 * Who may call what: the one authorization table. The first row whose method and path match
 * decides; a route with no row is admin-only, so a forgotten route fails closed.
 */
export const ROUTE_ROLES: readonly { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | '*'; path: RegExp; role: Role }[] = [
  { method: 'GET', path: /^\/api\/(statements|clusters|triage|drafts|summaries)(\/|$)/, role: 'viewer' },
  { method: 'POST', path: /^\/api\/check$/, role: 'viewer' },
  { method: 'POST', path: /^\/api\/drafts\/\d+\/(approve|publish)$/, role: 'approver' },
  { method: 'POST', path: /^\/api\/(statements|posts|clusters|drafts)(\/|$)/, role: 'officer' },
  { method: 'PATCH', path: /^\/api\/(statements|drafts)\/\d+$/, role: 'officer' },
  { method: 'GET', path: /^\/api\/audit$/, role: 'approver' },
  { method: 'GET', path: /^\/api\/settings$/, role: 'admin' },
  { method: 'PUT', path: /^\/api\/settings\/[\w.]+$/, role: 'admin' },
  // Pages: reading needs viewer; each form post needs what its API twin needs.
  { method: 'GET', path: /^\/settings(\/|$)/, role: 'admin' },
  { method: 'GET', path: /^\/(?!api\/)/, role: 'viewer' },
  { method: 'POST', path: /^\/(check)?$/, role: 'viewer' },
  { method: 'POST', path: /^\/drafts\/\d+\/(approve|publish)$/, role: 'approver' },
  { method: 'POST', path: /^\/settings(\/|$)/, role: 'admin' },
  { method: 'POST', path: /^\/(statements|clusters|drafts)(\/|$)/, role: 'officer' },
];

export function roleNeeded(method: string, path: string): Role {
  const row = ROUTE_ROLES.find((r) => (r.method === '*' || r.method === method) && r.path.test(path));
  return row ? row.role : 'admin';
}
