/**
 * Cross-validation for the credibility benchmark: out-of-fold reply stance (folds by thread) and
 * out-of-fold veracity probabilities (PHEME by event, RumourEval by thread). Every choice the
 * benchmark reports is made on these out-of-fold predictions; the dev split is looked at once.
 */
import { classifyReplyStance, type ReplyStanceModel } from '../../src/core/scoring/reply-stance';
import { evaluateModel } from '../../src/core/scoring/credibility-model';
import type { ScoringLexicons } from '../../src/core/scoring/lexicons';
import type { CrowdEvidence } from '../../src/core/scoring/types';
import type { Corpus } from './credibility-corpus';
import type { ReplyRow, SourcePostRow, StanceClass, Veracity } from './credibility-data';
import { groupFolds } from './credibility-groups';
import type { Probs } from './credibility-calibration';
import { fitReplyStanceOnce, replyContext, type StanceFitOptions } from './credibility-stance-fit';
import { clusterFeatureValues, fitVeracity, type LabelledEvidence, type VeracityFitOptions } from './credibility-veracity-fit';
import { rowEvidence, rowNow } from './credibility-veracity-rows';

export interface OutOfFold<L extends string> {
  gold: L[];
  pred: L[];
  groups: string[];
}

/** Reply stance of every RumourEval train+dev reply from a model that never saw its thread (5 folds). */
export function outOfFoldStance(corpus: Corpus, o: StanceFitOptions): OutOfFold<StanceClass> & { byId: Map<string, StanceClass> } {
  const rows = [...corpus.stanceTrain, ...corpus.stanceDev].filter((r) => r.label !== undefined);
  const folds = groupFolds(rows.map((r) => r.source_id), 5);
  const byId = new Map<string, StanceClass>();
  for (let k = 0; k < 5; k++) {
    const model = fitReplyStanceOnce(rows.filter((r) => folds.get(r.source_id) !== k), corpus.sourceText, o, 'cv');
    for (const r of rows.filter((x) => folds.get(x.source_id) === k)) byId.set(r.id, classifyReplyStance(r.text, model, replyContext(r, corpus.sourceText)).label);
  }
  return { gold: rows.map((r) => r.label as StanceClass), pred: rows.map((r) => byId.get(r.id) as StanceClass), groups: rows.map((r) => r.source_id), byId };
}

/** Thread-level crowd signals on or off, for measuring what they add (`--no-thread-crowd`). */
export const CROWD_DETAIL = { on: !process.argv.includes('--no-thread-crowd') };

/**
 * A thread's crowd from given reply labels (out-of-fold, or from a fitted model): the counts,
 * who denies (verified or 1,000+ followers), and doubt in the first hour after the claim.
 */
export function crowdOf(replies: ReplyRow[] | undefined, labelOf: (r: ReplyRow) => StanceClass, postedAt?: string | null): CrowdEvidence | null {
  if (!replies || replies.length === 0) return null;
  const crowd: CrowdEvidence = { support: 0, deny: 0, query: 0, comment: 0, establishedDeny: 0, early: 0, earlyDoubt: 0, denyIds: [] };
  const start = postedAt ? Date.parse(postedAt) : NaN;
  for (const r of replies) {
    const label = labelOf(r);
    crowd[label]++;
    if (label === 'deny') {
      crowd.denyIds?.push(r.id);
      if (r.user_verified === true || (r.user_followers_count ?? 0) >= 1000) crowd.establishedDeny = (crowd.establishedDeny ?? 0) + 1;
    }
    const t = r.created_at ? Date.parse(r.created_at) : NaN;
    if (Number.isFinite(start) && Number.isFinite(t) && t - start <= 3_600_000) {
      crowd.early = (crowd.early ?? 0) + 1;
      if (label === 'deny' || label === 'query') crowd.earlyDoubt = (crowd.earlyDoubt ?? 0) + 1;
    }
  }
  if (!CROWD_DETAIL.on) return { support: crowd.support, deny: crowd.deny, query: crowd.query, comment: crowd.comment };
  if (!Number.isFinite(start)) return { ...crowd, early: null, earlyDoubt: null };
  return crowd;
}

export function crowdLabeller(corpus: Corpus, stanceById: Map<string, StanceClass>, fallback: ReplyStanceModel): (r: ReplyRow) => StanceClass {
  return (r) => stanceById.get(r.id) ?? classifyReplyStance(r.text, fallback, replyContext(r, corpus.sourceText)).label;
}

export function evidenceRow(row: SourcePostRow, corpus: Corpus, labelOf: (r: ReplyRow) => StanceClass): LabelledEvidence {
  return { evidence: rowEvidence(row, crowdOf(corpus.replies.get(row.id), labelOf, row.created_at), corpus.replies.get(row.id)), now: rowNow(row), label: row.label ?? 'unverified', event: row.event ?? 'reddit' };
}

export interface VeracityOutOfFold {
  ids: string[];
  gold: Veracity[];
  probs: Probs[];
  groups: string[];
  /** Fold of each row, so calibration can be cross-fitted (chosen on the other folds). */
  fold: number[];
}

export function modelProbs(e: LabelledEvidence, model: ReturnType<typeof fitVeracity>, lexicons: ScoringLexicons): Probs {
  return evaluateModel(clusterFeatureValues(e.evidence, lexicons, e.now), model).probabilities;
}

/**
 * Out-of-fold veracity probabilities. `pool` is every labelled source post (ids unique);
 * `evaluated` the ones to score, `groupOf` their group and `heldOut` which pool rows a fold must
 * not train on (same event for PHEME, same thread for RumourEval).
 */
export function outOfFoldVeracity(
  pool: LabelledEvidence[],
  poolIds: string[],
  evaluated: { id: string; group: string; fold: number }[],
  heldOut: (poolIndex: number, fold: number) => boolean,
  lexicons: ScoringLexicons,
  o: VeracityFitOptions,
): VeracityOutOfFold {
  const at = new Map(poolIds.map((id, i) => [id, i]));
  const folds = [...new Set(evaluated.map((e) => e.fold))].sort((a, b) => a - b);
  const out: VeracityOutOfFold = { ids: [], gold: [], probs: [], groups: [], fold: [] };
  for (const k of folds) {
    const train = pool.filter((_, i) => !heldOut(i, k));
    const model = fitVeracity(train, lexicons, o, 'cv');
    for (const e of evaluated.filter((x) => x.fold === k)) {
      const row = pool[at.get(e.id) as number] as LabelledEvidence;
      out.ids.push(e.id);
      out.gold.push(row.label);
      out.probs.push(modelProbs(row, model, lexicons));
      out.groups.push(e.group);
      out.fold.push(k);
    }
  }
  return out;
}

export interface VeracityPool {
  ids: string[];
  rows: LabelledEvidence[];
}

/** Every labelled source post once (RumourEval rows win over their PHEME copies), crowd from `labelOf`. */
export function veracityPool(corpus: Corpus, labelOf: (r: ReplyRow) => StanceClass): VeracityPool {
  const source = [...corpus.veracityTrain, ...corpus.veracityDev];
  const seen = new Set(source.map((r) => r.id));
  source.push(...corpus.pheme.filter((p) => !seen.has(p.id)));
  return { ids: source.map((r) => r.id), rows: source.map((r) => evidenceRow(r, corpus, labelOf)) };
}

/**
 * PHEME leave-one-event-out (RumourEval rows of the held-out event leave too) and RumourEval
 * train+dev 5-fold by thread (a source post is its thread), on the same pool.
 */
export function veracityOutOfFold(corpus: Corpus, pool: VeracityPool, lexicons: ScoringLexicons, o: VeracityFitOptions): { pheme: VeracityOutOfFold; rumoureval: VeracityOutOfFold; events: string[] } {
  const poolEvent = pool.rows.map((r) => r.event);
  const events = [...new Set(corpus.pheme.map((p) => p.event as string))].sort();
  const pheme = outOfFoldVeracity(pool.rows, pool.ids, corpus.pheme.map((p) => ({ id: p.id, group: p.event as string, fold: events.indexOf(p.event as string) })), (i, k) => poolEvent[i] === events[k], lexicons, o);
  const re = [...corpus.veracityTrain, ...corpus.veracityDev];
  const reFolds = groupFolds(re.map((r) => r.id), 5);
  const reFoldOfPool = pool.ids.map((id) => reFolds.get(id) ?? -1);
  const rumoureval = outOfFoldVeracity(pool.rows, pool.ids, re.map((r) => ({ id: r.id, group: r.id, fold: reFolds.get(r.id) as number })), (i, k) => reFoldOfPool[i] === k, lexicons, o);
  return { pheme, rumoureval, events };
}
