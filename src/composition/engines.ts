import { z } from 'zod';
import type { Db } from '../store/database';
import type { ClustersRepo } from '../store/clusters-repo';
import type { SettingsRepo } from '../store/settings-repo';
import type { StatementsRepo } from '../store/statements-repo';
import { ClaimMatcher } from '../core/matching/claim-matcher';
import { OnlineClusterer } from '../core/clustering/online-clusterer';
import { RumorDeskError } from '../core/errors';
import type { ClustererEngine, CredibilityEngine, MatchingEngine } from '../usecases/engines';
import { DEPARTMENT_SETTINGS } from '../usecases/settings/department-settings';
import { createDraftComposer } from './draft-composer';
import { createCredibilityEngine } from './credibility-engine';
import { readDataJson } from './model-files';

const matcherWeightsSchema = z.object({
  version: z.string(),
  bias: z.number(),
  coverage: z.number(),
  titleCoverage: z.number(),
  dice: z.number(),
  bm25: z.number(),
  numbers: z.number(),
  url: z.number(),
});

const clusterModelSchema = z.object({ version: z.string(), threshold: z.number().min(0).max(1) }).loose();

function parseModel<T>(schema: z.ZodType<T>, file: string): T {
  const parsed = schema.safeParse(readDataJson(file));
  if (!parsed.success) throw new RumorDeskError('CONFIG_INVALID', `data/${file} is not a valid model: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const EXEMPLARS_PER_CLUSTER = 4;

/**
 * Builds the engines the use cases drive and brings them up to date with the database:
 * the statement index from every statement, the clusterer from stored clusters.
 */
export function createEngines(deps: { db: Db; statements: StatementsRepo; clusters: ClustersRepo; settings: SettingsRepo; templatesDir: string | null }) {
  const threshold = (name: 'matching.suggestedThreshold' | 'matching.confirmedThreshold') => Number(deps.settings.get(name) ?? DEPARTMENT_SETTINGS[name].default);
  const synonyms = parseModel(z.object({ groups: z.array(z.array(z.string())) }), 'lexicons/synonyms.json');
  const matcher = new ClaimMatcher(parseModel(matcherWeightsSchema, 'models/claim-matcher.json'), {
    synonymGroups: synonyms.groups,
    suggestedThreshold: threshold('matching.suggestedThreshold'),
    confirmedThreshold: threshold('matching.confirmedThreshold'),
  });
  for (const s of deps.statements.all()) matcher.upsert(s);
  const matching: MatchingEngine = {
    get modelVersion() {
      return matcher.modelVersion;
    },
    upsert: (statement) => matcher.upsert(statement),
    match: (text, options) => {
      // Thresholds are department settings an admin may change while the service runs.
      matcher.setThresholds(threshold('matching.suggestedThreshold'), threshold('matching.confirmedThreshold'));
      return matcher.match(text, options);
    },
  };

  const clusterModel = parseModel(clusterModelSchema, 'models/cluster-pair.json');
  const departmentHost = (deps.settings.get('department.url') ?? DEPARTMENT_SETTINGS['department.url'].default).replace(/^https?:\/\/(www\.)?/, '').split('/')[0] ?? '';
  const clusterer = new OnlineClusterer({ threshold: clusterModel.threshold, exemplarsPerCluster: EXEMPLARS_PER_CLUSTER, genericHosts: [departmentHost] });
  const state = deps.clusters.restoreState(EXEMPLARS_PER_CLUSTER);
  for (const e of state.exemplars) clusterer.restore(e.clusterId, [e.text], []);
  for (const h of state.hashes) clusterer.restoreHash(h.hash, h.clusterId);
  for (const m of state.merges) clusterer.merge(m.fromId, m.intoId);
  const clustererEngine: ClustererEngine = {
    assign: (post, newClusterId) => clusterer.assign(post, newClusterId),
    peek: (text, urls) => clusterer.peek(text, urls),
    merge: (fromId, intoId) => clusterer.merge(fromId, intoId),
    movePost: (text, toClusterId) => clusterer.movePost(text, toClusterId),
  };

  const credibility: CredibilityEngine = createCredibilityEngine();
  return { matching, clusterer: clustererEngine, credibility, composer: createDraftComposer(deps.templatesDir) };
}
