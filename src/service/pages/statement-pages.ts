import { Router, type Request, type Response } from 'express';
import { RumorDeskError } from '../../core/errors';
import type { Statement } from '../../core/types';
import { parseId } from '../../usecases/validation';
import { field, formPost, sendPage, type Failure, type PageKit } from './page-kit';
import { isoToLocal, localToIso } from '../../core/time/zoned-time';

const STATUSES = ['', 'active', 'superseded', 'retracted'];
const EDITABLE = ['title', 'body', 'incident', 'topic', 'url'] as const;

type StatementForm = Record<(typeof EDITABLE)[number] | 'publishedAt', string>;

function formOf(source: unknown): StatementForm {
  return {
    title: field(source, 'title'),
    body: field(source, 'body'),
    incident: field(source, 'incident'),
    topic: field(source, 'topic'),
    url: field(source, 'url'),
    publishedAt: field(source, 'publishedAt'),
  };
}

/** An empty optional field means "none": the use case wants null, not "". */
function orNull(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

/** `/statements`: list and search, add, show, edit (a new version), supersede, retract. */
export function statementPages(kit: PageKit): Router {
  const router = Router();
  const zone = () => kit.desk.settings.get('timezone');

  router.get('/statements', (req, res) => {
    const q = field(req.query, 'q');
    const status = STATUSES.includes(field(req.query, 'status')) ? field(req.query, 'status') : '';
    const page = kit.desk.statements.list({ q: q || undefined, status: status || undefined, limit: 200 });
    sendPage(kit, req, res, {
      view: 'statements',
      title: 'Statements',
      section: 'statements',
      model: {
        q,
        statusOptions: STATUSES.map((s) => ({ value: s, label: s || 'Any status', selected: s === status })),
        total: page.total,
        items: page.items.map((s) => ({ id: s.id, title: s.title, incident: s.incident, topic: s.topic, status: s.status, publishedAt: s.publishedAt, version: s.version })),
      },
    });
  });

  function showNew(req: Request, res: Response, failure: Failure | null = null): void {
    const form = failure ? formOf(req.body) : { ...formOf({}), publishedAt: isoToLocal(kit.now(), zone()) };
    sendPage(kit, req, res, { view: 'statement-new', title: 'Add a statement', section: 'statements', model: { form, zone: zone() }, failure });
  }

  router.get('/statements/new', (req, res) => showNew(req, res));
  router.post(
    '/statements',
    formPost(
      kit,
      (req) => {
        const form = formOf(req.body);
        const publishedAt = form.publishedAt.trim() ? localToIso(form.publishedAt, zone()) : kit.now().toISOString();
        if (!publishedAt) throw new RumorDeskError('VALIDATION_FAILED', 'Give the publication time as a date and time.');
        const statement = kit.desk.statements.add(
          { title: form.title, body: form.body, incident: orNull(form.incident), topic: orNull(form.topic), url: orNull(form.url), published_at: publishedAt },
          kit.actorOf(req),
        );
        return `/statements/${statement.id}?notice=statement_added`;
      },
      showNew,
    ),
  );

  function show(req: Request, res: Response, failure: Failure | null = null): void {
    const { statement, versions, retraction } = kit.desk.statements.history(req.params.id);
    const supersededBy: Statement | null = statement.supersededBy ? kit.desk.statements.show(statement.supersededBy) : null;
    // After a refused edit the officer's text is kept; otherwise the form starts from the record.
    const form = failure && field(req.body, 'title') ? formOf(req.body) : { title: statement.title, body: statement.body, incident: statement.incident ?? '', topic: statement.topic ?? '', url: statement.url ?? '', publishedAt: '' };
    sendPage(kit, req, res, {
      view: 'statement',
      title: statement.title,
      section: 'statements',
      failure,
      model: {
        statement,
        paragraphs: statement.body.split(/\n{2,}/),
        isActive: statement.status === 'active',
        isRetracted: statement.status === 'retracted',
        supersededBy: supersededBy ? { id: supersededBy.id, title: supersededBy.title } : null,
        retraction,
        // Newest first; the current text is shown above.
        olderVersions: versions
          .filter((v) => v.version !== statement.version)
          .reverse()
          .map((v) => ({ ...v, paragraphs: v.body.split(/\n{2,}/) })),
        form,
      },
    });
  }

  router.get('/statements/:id', (req, res) => show(req, res));
  router.post(
    '/statements/:id/edit',
    formPost(
      kit,
      (req) => {
        const before = kit.desk.statements.show(req.params.id);
        const form = formOf(req.body);
        const current: Record<(typeof EDITABLE)[number], string | null> = { title: before.title, body: before.body, incident: before.incident, topic: before.topic, url: before.url };
        const patch: Record<string, string | null> = {};
        for (const name of EDITABLE) {
          const value = name === 'title' || name === 'body' ? form[name].trim() : orNull(form[name]);
          if (value !== current[name]) patch[name] = value;
        }
        if (!Object.keys(patch).length) throw new RumorDeskError('VALIDATION_FAILED', 'Nothing changed, so no new version was saved.');
        kit.desk.statements.edit(before.id, patch, kit.actorOf(req));
        return `/statements/${before.id}?notice=statement_edited`;
      },
      show,
    ),
  );
  router.post(
    '/statements/:id/supersede',
    formPost(
      kit,
      (req) => {
        const statement = kit.desk.statements.supersede(req.params.id, field(req.body, 'by'), kit.actorOf(req));
        return `/statements/${statement.id}?notice=statement_superseded`;
      },
      show,
    ),
  );
  router.post(
    '/statements/:id/retract',
    formPost(
      kit,
      (req) => {
        const statement = kit.desk.statements.retract(parseId(req.params.id), kit.actorOf(req), orNull(field(req.body, 'reason').slice(0, 1000)));
        return `/statements/${statement.id}?notice=statement_retracted`;
      },
      show,
    ),
  );
  return router;
}
