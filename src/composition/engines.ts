import { existsSync } from 'fs';
import { join } from 'path';
import type { Db } from '../store/database';
import type { ClustersRepo } from '../store/clusters-repo';
import type { SettingsRepo } from '../store/settings-repo';
import type { StatementsRepo } from '../store/statements-repo';
import { loadMatchingModel, StatementIndex } from '../core/matching';
import { detectStance as detectStanceByRules } from '../core/matching/stance-rules';
import type { Statement } from '../core/types';
import { createClusterer } from './clusterer-engine';
import { RumorDeskError } from '../core/errors';
import type { CredibilityEngine, MatchingEngine } from '../usecases/engines';
import { DEPARTMENT_SETTINGS } from '../usecases/settings/department-settings';
import { createDraftComposer } from './draft-composer';
import { createCredibilityEngine } from './credibility-engine';
import { readDataJson } from './model-files';

/**
 * Builds the engines the use cases drive and brings them up to date with the database:
 * the statement index from every statement, the clusterer from stored clusters.
 */
export function createEngines(deps: { db: Db; statements: StatementsRepo; clusters: ClustersRepo; settings: SettingsRepo; templatesDir: string | null }) {
  const threshold = (name: 'matching.suggestedThreshold' | 'matching.confirmedThreshold') => Number(deps.settings.get(name) ?? DEPARTMENT_SETTINGS[name].default);
  let model;
  try {
    model = loadMatchingModel(readDataJson('models/reranker.json'), readDataJson('models/relatedness.json'));
  } catch (err) {
    throw new RumorDeskError('CONFIG_INVALID', `data/models/reranker.json or relatedness.json: ${(err as Error).message}`);
  }
  const index = new StatementIndex(model, {
    suggestedThreshold: threshold('matching.suggestedThreshold'),
    confirmedThreshold: threshold('matching.confirmedThreshold'),
  });
  // What stance rules and check results read of each indexed statement; one object per version,
  // replaced on upsert (the stance readers keep their analysis per object).
  const texts = new Map<number, Pick<Statement, 'id' | 'title' | 'body' | 'url' | 'status' | 'publishedAt'>>();
  const remember = (s: Statement) => texts.set(s.id, { id: s.id, title: s.title, body: s.body, url: s.url, status: s.status, publishedAt: s.publishedAt });
  for (const s of deps.statements.all()) {
    index.upsert(s);
    remember(s);
  }
  // Fill the index's per-passage and related-term caches now, not on the first claims.
  index.prime();
  const matching: MatchingEngine = {
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
      index.setThresholds(threshold('matching.suggestedThreshold'), threshold('matching.confirmedThreshold'));
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

  const clusterer = createClusterer(deps.clusters, deps.settings);

  const credibility: CredibilityEngine = createCredibilityEngine();
  return { matching, clusterer, credibility, composer: createDraftComposer(deps.templatesDir ? (existsSync(join(deps.templatesDir, 'drafts')) ? join(deps.templatesDir, 'drafts') : null) : null) };
}
