import { Router } from 'express';
import { parse as parseCookies } from 'cookie';
import type { RumorDesk } from '../../usecases/rumor-desk';
import { escapeHtml } from '../../core/text/escape-html';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './authenticate';

/** Only same-site paths: an open redirect after login would be a phishing aid. */
function safeNext(raw: unknown): string {
  return typeof raw === 'string' && raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\') ? raw : '/';
}

function loginPage(next: string, error: string | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log in · Rumor Desk</title><link rel="stylesheet" href="/static/app.css"></head>
<body><main class="login"><h1>Rumor Desk</h1>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/login">
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Log in</button>
</form></main></body></html>`;
}

export function loginRoutes(desk: RumorDesk): Router {
  const router = Router();

  router.get('/login', (req, res) => {
    res.type('html').send(loginPage(safeNext(req.query.next), null));
  });

  router.post('/login', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const next = safeNext(body.next);
    try {
      const session = desk.auth.login(body.username, body.password);
      setSessionCookie(req, res, session.token, session.expiresAt);
      res.redirect(303, next);
    } catch (err) {
      const status = (err as { code?: string }).code === 'RATE_LIMITED' ? 429 : 401;
      res.status(status).type('html').send(loginPage(next, (err as Error).message));
    }
  });

  router.post('/api/login', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const session = desk.auth.login(body.username, body.password);
    setSessionCookie(req, res, session.token, session.expiresAt);
    res.json({ user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
  });

  router.post('/logout', (req, res) => {
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    if (token) desk.auth.logout(token);
    clearSessionCookie(req, res);
    res.redirect(303, '/login');
  });

  return router;
}
