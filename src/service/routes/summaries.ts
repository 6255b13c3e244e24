import { createHash } from 'crypto';
import { Router } from 'express';
import type { RumorDesk } from '../../usecases/rumor-desk';

/** The query a summary URL may carry besides its week: another time zone. */
function input(week: string, query: Record<string, unknown>) {
  return { week, timezone: typeof query.timezone === 'string' ? query.timezone : undefined };
}

export function summaryApiRoutes(desk: RumorDesk): Router {
  const router = Router();
  router.get('/:week', (req, res) => {
    res.json(desk.summary(input(req.params.week, req.query as Record<string, unknown>)));
  });
  return router;
}

/**
 * The printable HTML summary. Its stylesheet is inline so that the saved page stands alone;
 * the page's CSP allows exactly that stylesheet by hash and still no script at all.
 */
export function summaryPageRoutes(desk: RumorDesk): Router {
  const router = Router();
  router.get('/:week', (req, res) => {
    const html = desk.renderSummary(desk.summary(input(req.params.week, req.query as Record<string, unknown>)), 'html');
    const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'none'; style-src 'self' ${hashes.join(' ')}; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    );
    res.type('html').send(html);
  });
  return router;
}
