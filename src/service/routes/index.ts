import { ADMIN_ROUTES } from './admin';
import { CHECK_ROUTES } from './check';
import { CLUSTER_ROUTES } from './clusters';
import { DRAFT_ROUTES } from './drafts';
import { HEALTH_ROUTES } from './health';
import { POST_ROUTES } from './posts';
import type { RouteDeclaration } from './route';
import { STATEMENT_ROUTES } from './statements';
import { SUMMARY_ROUTES } from './summaries';
import { TRIAGE_ROUTES } from './triage';

export { routerFor } from './router-for';
export type { HttpMethod, RouteDeclaration, RouteRole } from './route';

/**
 * Every JSON route and the summary page, in the order the README lists them. The web pages'
 * forms live in `../pages` and the login routes in `../auth`.
 */
export const ROUTES: readonly RouteDeclaration[] = [
  ...HEALTH_ROUTES,
  ...STATEMENT_ROUTES,
  ...CHECK_ROUTES,
  ...POST_ROUTES,
  ...CLUSTER_ROUTES,
  ...TRIAGE_ROUTES,
  ...DRAFT_ROUTES,
  ...SUMMARY_ROUTES,
  ...ADMIN_ROUTES,
];
