import { createHash } from 'crypto';
import type { Request } from 'express';
import { declareRoute } from './route';

/** The week in the path and the query a summary URL may carry besides it: another time zone. */
function input(req: Request) {
  const query = req.query as Record<string, unknown>;
  return { week: req.params.week as string, timezone: typeof query.timezone === 'string' ? query.timezone : undefined };
}

export const SUMMARY_ROUTES = [
  declareRoute({
    method: 'GET',
    path: '/summaries/:week',
    role: 'viewer',
    query: ['timezone'],
    summary: 'the weekly summary as a printable HTML page',
    // Its stylesheet is inline so that the saved page stands alone; the page's CSP allows
    // exactly that stylesheet by hash and still no script at all.
    handle({ desk, req, res }) {
      const html = desk.renderSummary(desk.summary(input(req)), 'html');
      const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
      res.setHeader(
        'Content-Security-Policy',
        `default-src 'self'; script-src 'none'; style-src 'self' ${hashes.join(' ')}; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
      );
      res.type('html').send(html);
    },
  }),
  declareRoute({
    method: 'GET',
    path: '/api/summaries/:week',
    role: 'viewer',
    query: ['timezone'],
    summary: 'the same summary as JSON',
    json: ({ desk, req }) => desk.summary(input(req)),
  }),
];
