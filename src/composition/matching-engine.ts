import { loadMatchingModel, StatementIndex } from '../core/matching';
import { loadStanceModel, StanceJudge } from '../core/stance';
import { RumorDeskError } from '../core/errors';
import type { Statement } from '../core/types';
import type { MatchingEngine } from '../usecases/ports';
import { loadContrastLexicon } from './contrast-lexicon';
import { readDataJson } from './model-files';

export interface Thresholds {
  possible: number;
  strong: number;
}

/** The fitted reranker and relatedness table from data/models, checked. */
export function loadModelFiles() {
  try {
    return loadMatchingModel(readDataJson('models/reranker.json'), readDataJson('models/relatedness.json'));
  } catch (err) {
    throw new RumorDeskError('CONFIG_INVALID', `data/models/reranker.json or relatedness.json: ${(err as Error).message}`);
  }
}

/** The fitted stance model (data/models/stance.json) and the contrast lexicon, as one judge. */
export function loadStanceJudge(): StanceJudge {
  let model;
  try {
    model = loadStanceModel(readDataJson('models/stance.json'));
  } catch (err) {
    throw new RumorDeskError('CONFIG_INVALID', `data/models/stance.json: ${(err as Error).message}`);
  }
  return new StanceJudge({ model, lexicon: loadContrastLexicon() });
}

/**
 * The statement index with its stance judge, built from every statement. The same construction
 * runs in the service's thread and in its matching workers, so both answer alike.
 */
export function createMatchingEngine(statements: Iterable<Statement>, thresholds: () => Thresholds): MatchingEngine {
  const first = thresholds();
  const index = new StatementIndex(loadModelFiles(), { possibleThreshold: first.possible, strongThreshold: first.strong, stanceJudge: loadStanceJudge() });
  // What check results read of each indexed statement; replaced on upsert.
  const texts = new Map<number, Pick<Statement, 'id' | 'title' | 'url' | 'status' | 'publishedAt'>>();
  const remember = (s: Statement) => texts.set(s.id, { id: s.id, title: s.title, url: s.url, status: s.status, publishedAt: s.publishedAt });
  for (const s of statements) {
    index.upsert(s);
    remember(s);
  }
  // Fill the index's per-passage and related-term caches now, not on the first claims.
  index.prime();
  return {
    get modelVersion() {
      return index.modelVersion;
    },
    upsert: (statement) => {
      index.upsert(statement);
      remember(statement);
    },
    statement: (id) => texts.get(id) ?? null,
    match: (text, options) => {
      // Thresholds are department settings an admin may change while the service runs.
      const current = thresholds();
      index.setThresholds(current.possible, current.strong);
      return index.match(text, options);
    },
  };
}
