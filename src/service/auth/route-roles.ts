import type { Role } from '../../core/users/user-record';
import { ROUTES, type RouteDeclaration } from '../routes';
import { pathPattern } from './path-pattern';

export interface RoleRow {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: RegExp;
  role: Role;
}

/**
 * The web pages' rows: reading needs viewer; each form post needs what its API twin needs.
 * Pages are matched by prefix because their forms live in `../pages`, not in declarations. Every
 * row reads a path as express routes it (any case, a trailing slash, a percent-encoded parameter),
 * or another spelling of an approver's form would fall through to the officers' prefix row.
 */
const PAGE_ROLES: readonly RoleRow[] = [
  { method: 'GET', path: /^\/settings(\/|$)/i, role: 'admin' },
  { method: 'GET', path: /^\/(?!api\/)/i, role: 'viewer' },
  { method: 'POST', path: /^\/(check\/?)?$/i, role: 'viewer' },
  { method: 'POST', path: pathPattern('/drafts/:id/approve'), role: 'approver' },
  { method: 'POST', path: pathPattern('/drafts/:id/publish'), role: 'approver' },
  { method: 'POST', path: /^\/settings(\/|$)/i, role: 'admin' },
  { method: 'POST', path: /^\/(statements|clusters|drafts)(\/|$)/i, role: 'officer' },
];

/** One row per declared route that needs a role; `anyone` routes are open paths instead. */
export function roleRows(routes: readonly RouteDeclaration[]): RoleRow[] {
  return routes.flatMap((r) => (r.role === 'anyone' ? [] : [{ method: r.method, path: pathPattern(r.path), role: r.role }]));
}

/**
 * Who may call what: the one authorization table, the declared routes' rows first, then the
 * pages'. The first row whose method and path match decides; a path with no row is admin-only,
 * so a forgotten route fails closed.
 */
export const ROUTE_ROLES: readonly RoleRow[] = [...roleRows(ROUTES), ...PAGE_ROLES];

/** Paths anyone may reach without logging in: the declared `anyone` routes and the login form. */
export const OPEN_PATHS: ReadonlySet<string> = new Set([...ROUTES.filter((r) => r.role === 'anyone').map((r) => r.path), '/login', '/api/login', '/logout']);

/**
 * The least role a request needs.
 *
 * @example roleNeeded('POST', '/api/drafts/7/approve') // 'approver'
 */
export function roleNeeded(method: string, path: string): Role {
  const row = ROUTE_ROLES.find((r) => r.method === method && r.path.test(path));
  return row ? row.role : 'admin';
}
