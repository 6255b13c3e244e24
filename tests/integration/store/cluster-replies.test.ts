import { openDatabase } from '../../../src/store/database';
import { migrate } from '../../../src/store/migrate';
import { MIGRATIONS } from '../../../src/store/migrations';
import { ScoresRepo } from '../../../src/store/scores-repo';
import { createClustersRepo } from '../../../src/store/clusters';
import { pipelineStore, post, storeCluster, storePost, STORE_NOW, type PipelineStore } from '../../helpers/pipeline-store';

const NOW = STORE_NOW.toISOString();
const credibility = { score: 40, label: 'unverified' as const, confidence: 0.5, factors: [], modelVersion: 'm' };

describe('migration 007: stored scores keep how sure; counted replies are recorded per cluster', () => {
  it('records the replies counted before it from their stored stance, and reads old scores without howSure', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
    const insertPost = db.prepare(
      `INSERT INTO posts (id, platform, external_id, content_hash, dedup_key, text, reply_to, author_created_at, posted_at, ingested_at) VALUES (?, 'x', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insertPost.run(1, 'p1', 'h1', 'x:p1', 'Bridge collapsed', null, null, '2026-11-19T09:00:00Z', NOW);
    insertPost.run(2, 'r1', 'h2', 'x:r1', 'False, see https://ridgeport.gov/n/1', 'p1', '2019-01-01T00:00:00Z', '2026-11-19T09:10:00Z', NOW);
    insertPost.run(3, 'r2', 'h3', 'x:r2', 'source?', 'p1', null, '2026-11-19T09:20:00Z', NOW);
    db.prepare(`INSERT INTO clusters (id, representative_post_id, representative_text, created_at, updated_at) VALUES (5, 1, 'Bridge collapsed', ?, ?)`).run(NOW, NOW);
    db.prepare(`INSERT INTO post_clusters (post_id, cluster_id, reason, assigned_at) VALUES (1, 5, 'new', ?)`).run(NOW);
    const score = db.prepare(`INSERT INTO scores (subject_type, subject_id, score, label, confidence, factors, model_version, reply_stance, created_at) VALUES ('post', ?, 40, 'unverified', 0.5, '[]', 'm', ?, ?)`);
    score.run(2, 'deny', NOW);
    score.run(3, 'query', NOW);
    score.run(1, null, NOW);

    expect(migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version > 6).map((m) => m.version));
    expect(createClustersRepo(db).repliesOf(5)).toEqual([
      { id: '2', stance: 'deny', url: null, postedAt: '2026-11-19T09:10:00Z', authorVerified: null, authorFollowers: null, authorCreatedAt: '2019-01-01T00:00:00Z', correction: true },
      { id: '3', stance: 'query', url: null, postedAt: '2026-11-19T09:20:00Z', authorVerified: null, authorFollowers: null, authorCreatedAt: null, correction: false },
    ]);
    const scores = new ScoresRepo(db);
    expect(scores.find('post', 1)).not.toHaveProperty('howSure');
    scores.upsert('cluster', 5, { ...credibility, howSure: '6 in 10 claims like this turned out false.' }, null, null, NOW);
    expect(scores.find('cluster', 5)?.howSure).toBe('6 in 10 claims like this turned out false.');
    db.close();
  });
});

describe('the replies a cluster names, after an officer changes its members', () => {
  let store: PipelineStore;
  beforeEach(() => {
    store = pipelineStore();
  });
  afterEach(() => store.handle.close());

  /** A reply to `parent`, stored, its stance kept on its score and counted against `clusterId`. */
  function reply(parent: string, clusterId: number, stance: 'deny' | 'query'): number {
    const id = storePost(store.ports, post(`reply ${stance} to ${parent}`, { externalId: `r-${parent}-${stance}`, replyTo: parent, postedAt: NOW }));
    store.ports.scores.upsert('post', id, credibility, null, stance, NOW);
    store.ports.clusters.addReplyStance(clusterId, stance, false, NOW, id);
    return id;
  }

  it('moves the replies of merged members to the cluster they joined, as the counts move', () => {
    const a = storeCluster(store.ports, [post('the bridge collapsed', { externalId: 'a1' })]).clusterId;
    const b = storeCluster(store.ports, [post('shelter is full tonight', { externalId: 'b1' })]).clusterId;
    const toA = reply('a1', a, 'deny');
    const toB = reply('b1', b, 'query');
    expect(store.ports.clusters.repliesOf(b).map((r) => r.id)).toEqual([String(toB)]);

    store.ports.clusters.reassignAll(b, a, NOW);
    store.ports.clusters.recompute(a, 30, NOW);
    store.ports.clusters.recompute(b, 30, NOW);
    expect(store.ports.clusters.repliesOf(a).map((r) => [r.id, r.stance]).sort()).toEqual([[String(toA), 'deny'], [String(toB), 'query']].sort());
    expect(store.ports.clusters.repliesOf(b)).toEqual([]);
    expect(store.ports.clusters.findById(a)?.replies).toEqual({ support: 0, deny: 1, query: 1, comment: 0 });
  });
});
