/** The benchmark corpora as the fitting and benchmark scripts use them. */
import { benchFile, readJsonl, repliesBySource, type ReplyRow, type SourcePostRow } from './credibility-data';
import type { ReplyStanceModel } from '../../src/core/scoring/reply-stance';
import type { LabelledEvidence } from './credibility-veracity-fit';
import { predictedCrowd, rowEvidence, rowNow } from './credibility-veracity-rows';

export interface Corpus {
  stanceTrain: ReplyRow[];
  stanceDev: ReplyRow[];
  veracityTrain: SourcePostRow[];
  veracityDev: SourcePostRow[];
  pheme: SourcePostRow[];
  sourceText: Map<string, string | null>;
  replies: Map<string, ReplyRow[]>;
}

export function loadCorpus(): Corpus {
  const stanceTrain = readJsonl<ReplyRow>(benchFile('rumoureval2019', 'stance_train.jsonl'));
  const stanceDev = readJsonl<ReplyRow>(benchFile('rumoureval2019', 'stance_dev.jsonl'));
  const veracityTrain = readJsonl<SourcePostRow>(benchFile('rumoureval2019', 'veracity_train.jsonl'));
  const veracityDev = readJsonl<SourcePostRow>(benchFile('rumoureval2019', 'veracity_dev.jsonl'));
  const pheme = readJsonl<SourcePostRow>(benchFile('pheme', 'train.jsonl'));
  const sourceText = new Map<string, string | null>();
  for (const r of [...veracityTrain, ...veracityDev]) sourceText.set(r.id, r.text);
  // Replies exist only for RumourEval threads; the 317 PHEME tweets shared with it get them too.
  const replies = repliesBySource([...stanceTrain, ...stanceDev]);
  return { stanceTrain, stanceDev, veracityTrain, veracityDev, pheme, sourceText, replies };
}

export function labelled(row: SourcePostRow, corpus: Corpus, stance: ReplyStanceModel): LabelledEvidence {
  return {
    evidence: rowEvidence(row, predictedCrowd(row, corpus.replies.get(row.id), stance), corpus.replies.get(row.id)),
    now: rowNow(row),
    label: row.label ?? 'unverified',
    event: row.event ?? 'reddit',
  };
}

/**
 * Veracity training rows: RumourEval train plus PHEME train, without duplicates (297 PHEME tweets
 * are RumourEval train posts) and without any RumourEval dev post (20 are in PHEME train).
 */
export function veracityTrainingRows(corpus: Corpus): SourcePostRow[] {
  const reTrain = new Set(corpus.veracityTrain.map((r) => r.id));
  const dev = new Set(corpus.veracityDev.map((r) => r.id));
  return [...corpus.veracityTrain, ...corpus.pheme.filter((p) => !reTrain.has(p.id) && !dev.has(p.id))];
}
