import { Router, type Request, type Response } from 'express';
import { DRAFT_PLATFORMS, type DraftPlatform } from '../../core/platforms';
import { measureDraft } from '../../core/drafts/platform-rules';
import { parseId } from '../../usecases/validation';
import { asFindings } from './privacy-marks';
import { field, formPost, sendPage, type Failure, type PageKit } from './page-kit';

const STATUSES = ['', 'draft', 'edited', 'approved', 'published', 'discarded'];

function isPlatform(value: string): value is DraftPlatform {
  return (DRAFT_PLATFORMS as readonly string[]).includes(value);
}

/** `/drafts`: the review list, one draft's review page, and its workflow buttons. */
export function draftPages(kit: PageKit): Router {
  const router = Router();

  function showList(req: Request, res: Response, failure: Failure | null = null): void {
    const status = STATUSES.includes(field(req.query, 'status')) ? field(req.query, 'status') : '';
    const cluster = /^\d+$/.test(field(req.query, 'cluster')) ? field(req.query, 'cluster') : '';
    const drafts = kit.desk.drafts.list({ status: status || undefined, clusterId: cluster || undefined, limit: 200 });
    sendPage(kit, req, res, {
      view: 'drafts',
      title: 'Drafts',
      section: 'drafts',
      failure,
      model: {
        cluster,
        statusOptions: STATUSES.map((s) => ({ value: s, label: s || 'Any status', selected: s === status })),
        items: drafts.map((d) => ({ id: d.id, platform: d.platform, kind: d.kind, status: d.status, text: d.text, clusterId: d.clusterId, warnings: d.privacyFindings.length, updatedAt: d.updatedAt })),
      },
    });
  }

  router.get('/drafts', (req, res) => showList(req, res));

  // Drafts for a cluster (cluster page) or for a checked text (check page).
  router.post(
    '/drafts',
    formPost(
      kit,
      (req) => {
        const clusterId = field(req.body, 'clusterId');
        const made = kit.desk.drafts.generate(clusterId ? { clusterId } : { text: field(req.body, 'text') }, field(req.body, 'platform') || 'all', kit.actorOf(req));
        return made.length === 1 && made[0] ? `/drafts/${made[0].id}?notice=drafts_created` : '/drafts?notice=drafts_created';
      },
      showList,
    ),
  );

  function show(req: Request, res: Response, failure: Failure | null = null): void {
    const draft = kit.desk.drafts.show(req.params.id);
    const findings = asFindings(draft.privacyFindings);
    const editable = draft.status === 'draft' || draft.status === 'edited';
    // A refused edit keeps what the officer typed in the box.
    const typed = failure ? field(req.body, 'text') : '';
    const size = isPlatform(draft.platform) ? measureDraft(draft.platform, draft.text) : null;
    sendPage(kit, req, res, {
      view: 'draft',
      title: `Draft ${draft.id}`,
      section: 'drafts',
      failure,
      model: {
        draft: {
          id: draft.id,
          platform: draft.platform,
          kind: draft.kind,
          status: draft.status,
          version: draft.currentVersion,
          text: draft.text,
          clusterId: draft.clusterId,
          statementId: draft.statementId,
          claimText: draft.claimText,
          approvedBy: draft.approvedBy,
          approvedAt: draft.approvedAt,
          publishedUrl: draft.publishedUrl,
          publishedAt: draft.publishedAt,
          privacyOverrideBy: draft.privacyOverrideBy,
          privacyOverrideReason: draft.privacyOverrideReason,
        },
        size: size ? { length: size.length, limit: size.limit, over: size.length > size.limit } : null,
        findings,
        rawFindings: draft.privacyFindings,
        hasFindings: findings.length > 0,
        editText: typed || draft.text,
        editable,
        approvable: editable,
        publishable: draft.status === 'approved',
        discardable: draft.status !== 'published' && draft.status !== 'discarded',
        overrideChecked: failure ? field(req.body, 'overridePrivacy') === 'on' : false,
        overrideReason: failure ? field(req.body, 'reason') : '',
        versions: draft.versions.slice().reverse(),
        history: draft.history.map((h) => ({ at: h.at, actor: h.actor, action: h.action, after: h.after ?? null })),
      },
    });
  }

  router.get('/drafts/:id', (req, res) => show(req, res));
  router.post(
    '/drafts/:id/edit',
    formPost(
      kit,
      (req) => {
        const draft = kit.desk.drafts.edit(req.params.id, field(req.body, 'text'), kit.actorOf(req));
        return `/drafts/${draft.id}?notice=draft_saved`;
      },
      show,
    ),
  );
  router.post(
    '/drafts/:id/approve',
    formPost(
      kit,
      (req) => {
        const override = field(req.body, 'overridePrivacy') === 'on';
        const reason = field(req.body, 'reason').trim();
        const draft = kit.desk.drafts.approve(req.params.id, override ? { overridePrivacy: true, ...(reason ? { reason } : {}) } : {}, kit.actorOf(req));
        return `/drafts/${draft.id}?notice=draft_approved`;
      },
      show,
    ),
  );
  router.post(
    '/drafts/:id/publish',
    formPost(
      kit,
      (req) => {
        const url = field(req.body, 'url').trim();
        const draft = kit.desk.drafts.publish(req.params.id, url ? { url } : {}, kit.actorOf(req));
        return `/drafts/${draft.id}?notice=draft_published`;
      },
      show,
    ),
  );
  router.post(
    '/drafts/:id/discard',
    formPost(
      kit,
      (req) => {
        const draft = kit.desk.drafts.discard(parseId(req.params.id), kit.actorOf(req));
        return `/drafts/${draft.id}?notice=draft_discarded`;
      },
      show,
    ),
  );
  return router;
}
