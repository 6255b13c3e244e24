import { OnlineClusterer, hostSetting, type PairModel } from '../core/clustering';
import { RumorDeskError } from '../core/errors';
import type { ClustersRepo } from '../store/clusters';
import type { SettingsRepo } from '../store/settings-repo';
import type { ClustererEngine } from '../usecases/ports';
import { DEPARTMENT_SETTINGS } from '../usecases/settings/department-settings';
import { loadContrastLexicon } from './contrast-lexicon';
import { readDataJson } from './model-files';

function pairModel(): PairModel {
  const raw = readDataJson('models/cluster-pair.json') as Partial<PairModel>;
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.weights) || typeof raw.threshold !== 'number' || !Array.isArray(raw.features)) {
    throw new RumorDeskError('CONFIG_INVALID', 'data/models/cluster-pair.json is not a fitted pair model.');
  }
  return raw as PairModel;
}

/**
 * The fitted online clusterer, resumed from the database: every stored post is replayed in
 * arrival order so later posts are decided as if the clusterer had never stopped. New cluster
 * ids come from the store (the caller's allocator), so ids never collide with another process.
 */
export function createClusterer(clusters: ClustersRepo, settings: SettingsRepo): ClustererEngine {
  let allocate: (() => number) | null = null;
  const departmentUrl = settings.get('department.url') ?? DEPARTMENT_SETTINGS['department.url'].default;
  const clusterer = new OnlineClusterer({
    model: pairModel(),
    nextClusterId: () => {
      if (!allocate) throw new Error('cluster id requested outside assign()');
      return allocate();
    },
    ignoredUrlHosts: [hostSetting(departmentUrl)].filter((h): h is string => !!h),
    // Posts whose key facts conflict (alive/dead, 4 vs 40, another street) never share a cluster.
    contrast: loadContrastLexicon(),
  });
  clusters.restorePosts((post) => clusterer.restore({ key: post.key, text: post.text, urls: [], clusterId: post.clusterId, pinned: post.pinned, sourceKey: post.sourceKey }));
  for (const m of clusters.mergedClusters()) clusterer.merge(m.fromId, m.intoId);

  return {
    assign(post, newClusterId) {
      // A repost of a post this process never saw (a restart, another process) still joins
      // its source's cluster, which the store knows.
      if (post.sourceClusterId !== null && post.sourceKey && clusterer.clusterOf(post.sourceKey) === null) {
        clusterer.restore({ key: post.key, text: post.text, urls: post.urls, clusterId: post.sourceClusterId, sourceKey: null });
        return { clusterId: clusterer.resolve(post.sourceClusterId), reason: 'repost', similarity: null };
      }
      allocate = newClusterId;
      try {
        const a = clusterer.assign({ key: post.key, text: post.text, urls: post.urls, sourceKey: post.sourceKey });
        return a.conflicts ? { clusterId: a.clusterId, reason: a.reason, similarity: a.similarity, conflicts: a.conflicts } : { clusterId: a.clusterId, reason: a.reason, similarity: a.similarity };
      } finally {
        allocate = null;
      }
    },
    peek: (text, urls) => {
      const a = clusterer.peek(text, urls);
      return a ? { clusterId: a.clusterId, similarity: a.similarity ?? 1 } : null;
    },
    merge: (fromId, intoId) => clusterer.merge(fromId, intoId),
    movePost: (key, text, toClusterId) => clusterer.movePost(key, toClusterId, text ?? undefined),
  };
}
