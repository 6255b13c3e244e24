import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { parse as parseCookies, serialize } from 'cookie';
import { randomBytes, timingSafeEqual } from 'crypto';
import { RumorDeskError } from '../../core/errors';
import type { Role } from '../../core/users/user-record';
import { roleAllows } from '../../usecases/auth/auth';
import type { RumorDesk } from '../../usecases/rumor-desk';
import { OPEN_PATHS, roleNeeded } from './route-roles';

export const SESSION_COOKIE = 'rd_session';
export const CSRF_COOKIE = 'rd_csrf';

export interface RequestUser {
  username: string;
  role: Role;
  /** How the request proved who it is; CSRF checks apply to cookie-based requests only. */
  via: 'local' | 'session' | 'token';
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: RequestUser;
    csrfToken?: string;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieOptions(req: Request, maxAgeSeconds?: number) {
  return { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/', maxAge: maxAgeSeconds };
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: string): void {
  const seconds = Math.max(1, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  res.append('Set-Cookie', serialize(SESSION_COOKIE, token, cookieOptions(req, seconds)));
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append('Set-Cookie', serialize(SESSION_COOKIE, '', cookieOptions(req, 0)));
}

/**
 * Identifies the caller and enforces the role table. While the desk has never had a user the
 * service runs in local single-user mode (the default, bound to loopback); once any user exists,
 * enabled or not, every request must carry a session cookie or a bearer API token. (Keying this
 * on enabled users let disabling the last one open a service bound to 0.0.0.0 to anyone.)
 * Form posts always need the CSRF token (double-submit cookie in local mode, the session's
 * token otherwise).
 */
export function authenticate(desk: RumorDesk): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const cookies = parseCookies(req.headers.cookie ?? '');
    const localMode = !desk.auth.hasUsers();
    const wantsHtml = !req.path.startsWith('/api/') && req.path !== '/healthz';

    if (localMode) {
      req.user = { username: 'local', role: 'admin', via: 'local' };
      let csrf = cookies[CSRF_COOKIE];
      // Only pages carry forms; API clients in local mode send JSON, which needs no token.
      if ((!csrf || csrf.length < 20) && wantsHtml) {
        csrf = randomBytes(24).toString('base64url');
        res.append('Set-Cookie', serialize(CSRF_COOKIE, csrf, { ...cookieOptions(req), httpOnly: false }));
      }
      req.csrfToken = csrf;
    } else {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (bearer) {
        const user = desk.auth.userForToken(bearer);
        if (!user) return next(new RumorDeskError('UNAUTHENTICATED', 'The API token is unknown or revoked.'));
        req.user = { username: user.username, role: user.role, via: 'token' };
      } else if (cookies[SESSION_COOKIE]) {
        const session = desk.auth.session(cookies[SESSION_COOKIE]);
        if (session) {
          req.user = { username: session.user.username, role: session.user.role, via: 'session' };
          req.csrfToken = session.csrfToken;
        }
      }
    }
    res.locals.csrfToken = req.csrfToken ?? '';
    res.locals.user = req.user ?? null;

    if (OPEN_PATHS.has(req.path) || req.path.startsWith('/static/')) return next();
    if (!req.user) {
      if (wantsHtml && req.method === 'GET') return res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
      return next(new RumorDeskError('UNAUTHENTICATED', 'Log in, or send an API token as "Authorization: Bearer …".'));
    }
    if (!SAFE_METHODS.has(req.method) && req.user.via !== 'token') {
      // JSON requests cannot be sent cross-site without a CORS preflight, which this service
      // never grants; forms can, so they must prove they came from our own page.
      const isJson = req.is('application/json') || req.is('application/x-ndjson');
      if (!isJson || req.user.via === 'session') {
        const sent = (req.headers['x-csrf-token'] as string | undefined) ?? (req.body as Record<string, unknown> | undefined)?._csrf;
        if (typeof sent !== 'string' || !req.csrfToken || !sameToken(sent, req.csrfToken)) {
          // An API client that sent no JSON (a bodyless POST, a form encoding) is told what to send.
          const message = wantsHtml
            ? 'The form is stale or did not come from Rumor Desk; reload the page and try again.'
            : req.user.via === 'session'
              ? 'A write with a session cookie needs the X-CSRF-Token header (the csrfToken login returned), or use an API token.'
              : 'A write to the API needs a JSON body ("Content-Type: application/json", "{}" when there is nothing to send) or the X-CSRF-Token header.';
          return next(new RumorDeskError('CSRF_FAILED', message));
        }
      }
    }
    const needed = roleNeeded(req.method, req.path);
    if (!roleAllows(req.user.role, needed)) {
      return next(new RumorDeskError('FORBIDDEN', `This needs the ${needed} role; you are ${req.user.role}.`));
    }
    next();
  };
}
