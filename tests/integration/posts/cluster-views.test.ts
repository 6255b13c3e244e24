import { createClusterSignals } from '../../../src/usecases/posts/cluster-signals';
import { ClusterViews } from '../../../src/usecases/posts/cluster-views';
import { pipelineStore, post, storeCluster, STORE_NOW, type PipelineStore } from '../../helpers/pipeline-store';

describe('cluster views, over the real store', () => {
  let store: PipelineStore;
  let views: ClusterViews;
  beforeEach(() => {
    store = pipelineStore();
    views = new ClusterViews({ clusters: store.ports.clusters, evidenceOf: createClusterSignals({ clusters: store.ports.clusters, statements: store.ports.statements, posts: store.ports.posts }).evidenceOf });
  });
  afterEach(() => store.handle.close());

  it('reads a cluster once and keeps what it read until the entry is dropped', () => {
    const { clusterId } = storeCluster(store.ports, [post('first wording')]);
    expect(views.get(clusterId)).toEqual({ representativeText: 'first wording', evidence: null, contradicted: false });
    store.ports.clusters.setRepresentative(clusterId, null, 'second wording', STORE_NOW.toISOString());
    expect(views.get(clusterId)?.representativeText).toBe('first wording');
    views.drop(clusterId);
    expect(views.get(clusterId)?.representativeText).toBe('second wording');
    store.ports.clusters.setRepresentative(clusterId, null, 'third wording', STORE_NOW.toISOString());
    views.clear();
    expect(views.get(clusterId)?.representativeText).toBe('third wording');
  });

  it('counts a cluster as contradicted only when a strong match contradicts it', () => {
    const { clusterId } = storeCluster(store.ports, [post('the bridge collapsed')]);
    const at = STORE_NOW.toISOString();
    store.ports.clusters.setMatch(clusterId, { statementId: 2, stance: 'contradicts', score: 0.5, decision: 'possible' }, at);
    expect(views.get(clusterId)).toMatchObject({ contradicted: false, evidence: { decision: 'possible', stance: 'contradicts' } });
    store.ports.clusters.setMatch(clusterId, { statementId: 2, stance: 'contradicts', score: 0.9, decision: 'strong' }, at);
    views.drop(clusterId);
    expect(views.get(clusterId)).toMatchObject({ contradicted: true, evidence: { decision: 'strong', stance: 'contradicts' } });
  });

  it('is null for a cluster that does not exist', () => {
    expect(views.get(999)).toBeNull();
  });
});
