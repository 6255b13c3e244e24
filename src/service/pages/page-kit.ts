import type { Request, RequestHandler, Response } from 'express';
import { ERROR_CATALOGUE, isRumorDeskError } from '../../core/errors';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { ActorOf } from '../actor';
import type { Model, Views } from './view-engine';
import { isoWeekIn } from '../../core/time/zoned-time';

/** The slice of a pino logger the pages use, for errors they cannot explain to the officer. */
export interface PageLogger {
  error(object: object, message: string): void;
}

/** What every page module needs; built once by pageRoutes. */
export interface PageKit {
  desk: RumorDesk;
  actorOf: ActorOf;
  views: Views;
  now: () => Date;
  logger: PageLogger | null;
}

/** A failed form post, shown on the page it came from. */
export interface Failure {
  message: string;
  status: number;
}

type Section = 'check' | 'triage' | 'statements' | 'drafts' | 'summary' | 'settings' | 'none';

/**
 * Messages shown after a redirect-after-post. The query string carries only a key from this
 * list, so a crafted link cannot put words of its own on the page.
 */
const NOTICES: Record<string, string> = {
  merged: 'Clusters merged.',
  moved: 'Post moved.',
  split: 'Post split into a new cluster.',
  drafts_created: 'Drafts created; review them before approval.',
  statement_added: 'Statement added.',
  statement_edited: 'Statement saved as a new version.',
  statement_superseded: 'Statement marked as superseded.',
  statement_retracted: 'Statement retracted.',
  draft_saved: 'Draft saved as a new version.',
  draft_approved: 'Draft approved.',
  draft_published: 'Draft marked as published.',
  draft_discarded: 'Draft discarded.',
  settings_saved: 'Settings saved.',
};

/** A text field of a urlencoded form or query string: '' when absent, the first when repeated. */
export function field(source: unknown, name: string): string {
  const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function navItems(section: Section, summaryHref: string, isAdmin: boolean) {
  const items: { href: string; label: string; key: Section }[] = [
    { href: '/', label: 'Check a claim', key: 'check' },
    { href: '/triage', label: 'Triage queue', key: 'triage' },
    { href: '/statements', label: 'Statements', key: 'statements' },
    { href: '/drafts', label: 'Drafts', key: 'drafts' },
    { href: summaryHref, label: 'Weekly summary', key: 'summary' },
  ];
  if (isAdmin) items.push({ href: '/settings', label: 'Settings', key: 'settings' });
  return items.map((i) => ({ href: i.href, label: i.label, current: i.key === section }));
}

/**
 * Sends a page: the view inside the layout, with the navigation, the CSRF token every form
 * carries, the department's time zone for dates, and the notice or error to show.
 */
export function sendPage(
  kit: PageKit,
  req: Request,
  res: Response,
  page: { view: string; title: string; section: Section; model: Model; failure?: Failure | null },
): void {
  const timeZone = kit.desk.settings.get('timezone');
  const user = req.user ? { name: req.user.username, role: req.user.role, loggedIn: req.user.via === 'session' } : null;
  const noticeKey = field(req.query, 'notice');
  const failure = page.failure ?? null;
  const html = kit.views.page(page.view, {
    ...page.model,
    title: page.title,
    nav: navItems(page.section, `/summaries/${isoWeekIn(kit.now(), timeZone)}`, req.user?.role === 'admin'),
    csrfToken: typeof res.locals.csrfToken === 'string' ? res.locals.csrfToken : '',
    user,
    timeZone,
    notice: failure ? null : (NOTICES[noticeKey] ?? null),
    error: failure ? failure.message : null,
  });
  res.status(failure ? failure.status : 200).type('html').send(html);
}

/** The officer-facing message and status of an error; unexpected errors are logged, not shown. */
export function failureOf(kit: PageKit, err: unknown, req: Request): Failure {
  if (isRumorDeskError(err)) return { message: err.message, status: ERROR_CATALOGUE[err.code].httpStatus };
  kit.logger?.error({ err: err instanceof Error ? { name: err.name, stack: err.stack } : String(err), method: req.method, path: req.path }, 'page error');
  return { message: 'Something went wrong; the service log has the details.', status: 500 };
}

/**
 * A form handler in the redirect-after-post style: `act` does the work and returns where to
 * go (303, so a reload does not repost). A refused action (a RumorDeskError) is shown on the
 * page the form came from, via `show`, with the submitted values kept.
 */
export function formPost(
  kit: PageKit,
  act: (req: Request) => string,
  show: (req: Request, res: Response, failure: Failure) => void,
): RequestHandler {
  return (req, res) => {
    let target: string;
    try {
      target = act(req);
    } catch (err) {
      if (!isRumorDeskError(err)) throw err;
      show(req, res, failureOf(kit, err, req));
      return;
    }
    res.redirect(303, target);
  };
}
