import { Router, type Request, type Response } from 'express';
import { RumorDeskError } from '../../core/errors';
import { usableTopMatch } from '../../core/matching/usable-match';
import { stanceSureness } from '../../core/match-words';
import { credibilityView } from './credibility-view';
import { failureOf, field, sendPage, type Failure, type PageKit } from './page-kit';

interface CheckForm {
  text: string;
  url: string;
}

function checkUrl(raw: string): string | null {
  const url = raw.trim();
  if (!url) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new RumorDeskError('VALIDATION_FAILED', 'The link must be a full http:// or https:// address.');
  }
  return url;
}

/** Runs the check and shapes everything the results section shows. */
function checkModel(kit: PageKit, form: CheckForm) {
  const result = kit.desk.check(form.text, { k: 5, url: checkUrl(form.url) });
  const drafts = kit.desk.drafts.preview(kit.desk.drafts.subjectOfText(result.text));
  const top = usableTopMatch(result.matches);
  return {
    text: result.text,
    matchDecision: result.matchDecision,
    stance: result.stance,
    topTerms: top ? top.matchedTerms : [],
    // A retracted or superseded best match must not be cited; the page says so next to the verdict.
    topStatus: top && top.statement.status !== 'active' ? top.statement.status : null,
    matches: result.matches.map((m, i) => ({
      rank: i + 1,
      statement: m.statement,
      score: m.score,
      decision: m.decision,
      stance: m.stance,
      stanceReasons: m.stanceReasons,
      decisionNotes: m.decisionNotes,
      stanceSentence: m.stance === 'not_addressed' ? null : m.stanceSentence,
      stanceConfidence: stanceSureness(m.stanceConfidence, m.stanceDecidedBy),
      passage: m.passage,
      matchedTerms: m.matchedTerms,
      isTop: top !== null && i === 0,
    })),
    credibility: credibilityView(result.credibility),
    cluster: result.cluster,
    drafts: drafts.map((d, i) => ({
      id: `draft-preview-${i}`,
      platform: d.platform,
      kind: d.kind,
      text: d.text,
      length: d.length,
      limit: d.limit,
      withinLimit: d.withinLimit,
      shortened: d.shortened,
    })),
  };
}

/**
 * `/`: check a claim. GET shows the form (and results for `?text=`, so a check can be
 * linked); POST checks the pasted text. Checking only reads, so the POST answers with the
 * results directly instead of redirecting: a reload repeats a harmless read.
 */
export function checkPage(kit: PageKit): Router {
  const router = Router();

  function show(req: Request, res: Response, form: CheckForm, failure: Failure | null = null): void {
    let result: ReturnType<typeof checkModel> | null = null;
    let error = failure;
    if (!error && form.text.trim()) {
      try {
        const started = performance.now();
        result = checkModel(kit, form);
        // Server-Timing lets an officer's browser tools (and the e2e timing) see the check's own cost.
        res.setHeader('Server-Timing', `check;desc="check and drafts";dur=${(performance.now() - started).toFixed(1)}`);
      } catch (err) {
        if (!(err instanceof RumorDeskError)) throw err;
        error = failureOf(kit, err, req);
      }
    }
    sendPage(kit, req, res, { view: 'check', title: result ? 'Check result' : 'Check a claim', section: 'check', model: { form, result }, failure: error });
  }

  router.get('/', (req, res) => show(req, res, { text: field(req.query, 'text'), url: field(req.query, 'url') }));
  router.post('/', (req, res) => {
    const form = { text: field(req.body, 'text'), url: field(req.body, 'url') };
    if (!form.text.trim()) return show(req, res, form, { message: 'Paste the text of the claim to check.', status: 400 });
    show(req, res, form);
  });

  return router;
}
