import { loadMatchingModel, StatementIndex } from '../core/matching';
import { detectStance as detectStanceByRules } from '../core/matching/stance-rules';
import { RumorDeskError } from '../core/errors';
import type { Statement } from '../core/types';
import type { MatchingEngine } from '../usecases/engines';
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

/**
 * The statement index plus the sentence-level stance rules, built from every statement. The same
 * construction runs in the service's thread and in its matching workers, so both answer alike.
 */
export function createMatchingEngine(statements: Iterable<Statement>, thresholds: () => Thresholds): MatchingEngine {
  const first = thresholds();
  const index = new StatementIndex(loadModelFiles(), { possibleThreshold: first.possible, strongThreshold: first.strong });
  // What stance rules and check results read of each indexed statement; one object per version,
  // replaced on upsert (the stance readers keep their analysis per object).
  const texts = new Map<number, Pick<Statement, 'id' | 'title' | 'body' | 'url' | 'status' | 'publishedAt'>>();
  const remember = (s: Statement) => texts.set(s.id, { id: s.id, title: s.title, body: s.body, url: s.url, status: s.status, publishedAt: s.publishedAt });
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
    statement: (id) => {
      const found = texts.get(id);
      return found ? { id: found.id, title: found.title, url: found.url, status: found.status, publishedAt: found.publishedAt } : null;
    },
    match: (text, options) => {
      // Thresholds are department settings an admin may change while the service runs.
      const current = thresholds();
      index.setThresholds(current.possible, current.strong);
      return index.match(text, options).map((result) => {
        const statement = texts.get(result.statementId);
        if (result.decision === 'none' || !statement || statement.status === 'retracted') return result;
        // Two stance readers: the sentence-level rules catch restated-then-refuted rumors and
        // denied terms; the index's own reader covers numbers, places and names. On the demo
        // department's rumors the rules first, then the reader, agree with the truth most often.
        const byRules = detectStanceByRules(text, statement, { linksToStatement: result.features.url === 1 });
        if (byRules.stance === 'not_addressed' || byRules.stance === result.stance) return result;
        return { ...result, stance: byRules.stance, stanceReasons: [...byRules.reasons, ...result.stanceReasons.filter((r) => /retract|supersed|words/i.test(r))] };
      });
    },
  };
}
