import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Role } from '../../usecases/auth/auth';
import type { RumorDesk } from '../../usecases/rumor-desk';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who may call a route: a role (or any role above it), or `anyone`, logged in or not. */
export type RouteRole = Role | 'anyone';

/** What a handler is given: the use cases, the request, the response, the body and who acts. */
export interface RouteCall<B> {
  desk: RumorDesk;
  req: Request;
  res: Response;
  /** The body parsed by the route's schema; the raw body when it declares none. */
  body: B;
  /** The acting user, for the audit log. */
  actor: string;
}

/** What every route declares, whatever it answers with. */
interface RouteBasics<B> {
  method: HttpMethod;
  /** The full path as clients send it, in express syntax; `:name` is one path segment. */
  path: string;
  role: RouteRole;
  /** The query parameters it reads, for the README. */
  query?: readonly string[];
  /**
   * The request body's schema, checked before the handler runs (VALIDATION_FAILED otherwise).
   * Routes without one hand the raw body to a use case that validates it itself, so that an
   * unknown id still answers NOT_FOUND before a bad body is looked at.
   */
  body?: z.ZodType<B>;
  /** How the body is named in a validation message ("Invalid check request: ..."). */
  bodyName?: string;
  /** One line for the README's HTTP table. */
  summary: string;
}

/** A route whose answer is one JSON value (or a promise of it), sent with `status` (200). */
export interface JsonRoute<B> extends RouteBasics<B> {
  status?: number;
  // Method syntax on purpose: it lets a route with a typed body sit in a list of any routes.
  json(call: RouteCall<B>): unknown;
}

/** A route that writes its own response: another content type, headers or status. */
export interface RawRoute<B> extends RouteBasics<B> {
  handle(call: RouteCall<B>): void | Promise<void>;
}

/**
 * One HTTP route with everything said about it in one place: the express router, the role
 * table (`auth/route-roles.ts`) and the README's HTTP table are all built from these.
 */
export type RouteDeclaration<B = unknown> = JsonRoute<B> | RawRoute<B>;

/**
 * Declares a route; the body type follows from its schema.
 *
 * @example
 * declareRoute({ method: 'GET', path: '/api/audit', role: 'approver', summary: 'the audit log',
 *   json: ({ desk }) => ({ items: desk.audit.list({}) }) });
 */
export function declareRoute<B = unknown>(route: RouteDeclaration<B>): RouteDeclaration {
  return route as RouteDeclaration;
}
