import { membershipOf } from '../../../src/usecases/posts/post-membership';
import { pipelineStore, post, storeCluster, storePost, STORE_NOW, type PipelineStore } from '../../helpers/pipeline-store';

const NOW = STORE_NOW.toISOString();

describe("a cluster's earliest members, as re-matching and the copy examples read them", () => {
  let store: PipelineStore;
  beforeEach(() => {
    store = pipelineStore();
  });
  afterEach(() => store.handle.close());

  function join(clusterId: number, text: string, externalId: string, reason: 'exact' | 'repost' | 'near_duplicate'): number {
    const input = post(text, { externalId, url: `https://x.example/p/${externalId}` });
    const id = storePost(store.ports, input);
    const membership = membershipOf(id, input, { reason, similarity: reason === 'exact' ? 1 : 0.9 });
    store.ports.clusters.addMember(clusterId, membership, NOW);
    store.ports.clusters.addCounters([{ clusterId, membership }], NOW);
    return id;
  }

  it('skips exact copies and repeated texts, in posting order, and stops at the limit', () => {
    const { clusterId, postIds } = storeCluster(store.ports, [post('the bridge on Elm St collapsed', { externalId: 'a' })]);
    const copy = join(clusterId, 'the bridge on Elm St collapsed', 'b', 'exact');
    const second = join(clusterId, 'Elm St bridge has collapsed!!', 'c', 'near_duplicate');
    // A repost's text reads as the original's once "RT" is dropped: a repeated text, not a new one.
    const repost = join(clusterId, 'RT the bridge on Elm St collapsed', 'd', 'repost');
    const third = join(clusterId, 'heard the Elm bridge fell down', 'e', 'near_duplicate');

    expect(store.ports.clusters.memberTexts(clusterId, 2).map((m) => m.postId)).toEqual([postIds[0], second]);
    expect(store.ports.clusters.memberTexts(clusterId, 10).map((m) => m.postId)).toEqual([postIds[0], second, third]);
    expect(store.ports.clusters.memberExamples(clusterId, 'copy', 5).map((r) => r.id)).toEqual([String(copy), String(repost)]);
  });

  it('reads which members are copies from the index alone, without their membership rows', () => {
    const plan = store.handle.db
      .prepare('EXPLAIN QUERY PLAN SELECT post_id, reason FROM post_clusters WHERE cluster_id = ? ORDER BY post_id LIMIT ?')
      .all(1, 40) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING COVERING INDEX post_clusters_cluster_post_reason/);
  });
});
