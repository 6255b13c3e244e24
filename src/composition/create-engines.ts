import { existsSync } from 'fs';
import { join } from 'path';
import type { Db } from '../store/database';
import type { ClustersRepo } from '../store/clusters';
import type { SettingsRepo } from '../store/settings-repo';
import type { StatementsRepo } from '../store/statements-repo';
import { createClusterer } from './clusterer-engine';
import type { CredibilityEngine } from '../usecases/ports';
import { DEPARTMENT_SETTINGS } from '../usecases/settings/department-settings';
import { createDraftComposer } from './draft-composer';
import { createCredibilityEngine } from './credibility-engine';
import { createMatchingEngine } from './matching-engine';

/**
 * Builds the engines the use cases drive and brings them up to date with the database:
 * the statement index from every statement, the clusterer from stored clusters.
 */
export function createEngines(deps: { db: Db; statements: StatementsRepo; clusters: ClustersRepo; settings: SettingsRepo; templatesDir: string | null }) {
  const threshold = (name: 'matching.possibleThreshold' | 'matching.strongThreshold') => Number(deps.settings.get(name) ?? DEPARTMENT_SETTINGS[name].default);
  const thresholds = () => ({
    possible: threshold('matching.possibleThreshold'),
    strong: threshold('matching.strongThreshold'),
  });
  const matching = createMatchingEngine(deps.statements.all(), thresholds);

  const clusterer = createClusterer(deps.clusters, deps.settings);

  const credibility: CredibilityEngine = createCredibilityEngine();
  return { matching, thresholds, clusterer, credibility, composer: createDraftComposer(deps.templatesDir ? (existsSync(join(deps.templatesDir, 'drafts')) ? join(deps.templatesDir, 'drafts') : null) : null) };
}
