import type { ClaimSignals, StatementMatch } from '../../../src/usecases/engines';
import { createPostPipeline } from '../../../src/usecases/posts/pipeline';
import { pipelineStore, post, scoreRow, storePost, statementMatch, STORE_NOW, type PipelineStore } from '../../helpers/pipeline-store';

const CLAIM = 'Elm St bridge collapsed into the river';

describe('the post pipeline, wired to the real store and engines', () => {
  let store: PipelineStore;
  let tick: number;
  beforeEach(() => {
    tick = 0;
    store = pipelineStore(() => new Date(STORE_NOW.getTime() + tick++ * 1000));
  });
  afterEach(() => store.handle.close());

  /** The real clusterer and credibility engine; matching answers from `answers`, reply stances by keyword. */
  function pipelineWith(answers: Record<string, StatementMatch[]>) {
    const claims: ClaimSignals[] = [];
    const matched: string[] = [];
    const { ports } = store;
    const pipeline = createPostPipeline({
      ...ports,
      matching: { ...ports.matching, modelVersion: 'scripted-1', match: (text) => (matched.push(text), answers[text] ?? []) },
      credibility: {
        ...ports.credibility,
        scoreClaim: (signals, now) => (claims.push(signals), ports.credibility.scoreClaim(signals, now)),
        replyStance: (text) => (/fake/i.test(text) ? 'deny' : 'comment'),
      },
    });
    return { pipeline, claims, matched };
  }

  function ingest(pipeline: ReturnType<typeof createPostPipeline>, posts: ReturnType<typeof post>[]) {
    pipeline.beginChunk(posts);
    const outcomes = posts.map((p) => {
      const id = storePost(store.ports, p);
      return { id, ...pipeline.onNewPost(id, p) };
    });
    return { outcomes, results: pipeline.afterChunk() };
  }

  it('clusters, matches and scores a chunk, counting its authors, replies and corrections as it goes', () => {
    const { pipeline, claims } = pipelineWith({ [CLAIM]: [statementMatch({ statementId: 2, score: 0.9, stance: 'contradicts' })] });
    const { outcomes, results } = ingest(pipeline, [
      post(CLAIM, { externalId: 'p1', author: { handle: 'alice' } }),
      post(CLAIM, { externalId: 'p2', author: { handle: 'alice' } }),
      post('this is fake, the bridge is fine https://city.example/bridge', { externalId: 'p3', author: { handle: 'bob' }, replyTo: 'p1' }),
      // A denial without a link disagrees; it corrects nothing.
      post('fake news', { externalId: 'p4', replyTo: 'p2' }),
    ]);
    const [first, copy, reply] = outcomes;
    expect(first).toMatchObject({ newCluster: true, clusterReason: 'new' });
    expect(copy).toMatchObject({ clusterId: first?.clusterId, newCluster: false, clusterReason: 'exact' });
    expect(reply?.clusterId).not.toBe(first?.clusterId);

    // Alice's second post sees her first, already in a cluster a strong match contradicts.
    expect(claims.map((c) => c.authorHistory)).toEqual([{ priorClaims: 0, priorContradicted: 0 }, { priorClaims: 1, priorContradicted: 1 }, { priorClaims: 0, priorContradicted: 0 }, null]);
    expect(claims[1]?.evidence).toEqual({ decision: 'strong', stance: 'contradicts', statementTitle: store.ports.statements.findById(2)?.title, score: 0.9 });
    expect(claims[2]?.evidence).toBeNull();

    const cluster = store.ports.clusters.findById(first?.clusterId as number);
    expect(cluster).toMatchObject({ postCount: 2, copyPosts: 1, replies: { support: 0, deny: 2, query: 0, comment: 0 }, corrections: 1, statementId: 2, stance: 'contradicts' });
    expect(scoreRow(store, 'post', reply?.id as number)?.replyStance).toBe('deny');
    expect([...results.posts.keys()]).toEqual(outcomes.map((o) => o.id));
    expect(results.clusters.has(reply?.clusterId as number)).toBe(true);
    expect(results.clusters.get(first?.clusterId as number)?.cluster.replies.deny).toBe(2);
    expect(store.ports.scores.find('cluster', first?.clusterId as number)?.action).toEqual(expect.any(String));
  });

  it('re-matches a cluster at the end of the chunk that brought it to two posts, on its best member', () => {
    const paraphrase = `${CLAIM}, avoid downtown`;
    const { pipeline, matched } = pipelineWith({ [paraphrase]: [statementMatch({ statementId: 4, score: 0.8, stance: 'supports' })] });
    const [first, second] = ingest(pipeline, [post(CLAIM, { externalId: 'a' }), post(paraphrase, { externalId: 'b' })]).outcomes;
    expect(second).toMatchObject({ clusterId: first?.clusterId, newCluster: false });
    // The new cluster's first post, then the member its milestone had not seen.
    expect(matched).toEqual([CLAIM, paraphrase]);
    expect(store.ports.clusters.findById(first?.clusterId as number)).toMatchObject({ representativePostId: second?.id, representativeText: paraphrase, statementId: 4, stance: 'supports' });
  });

  it('re-matches an officer-changed cluster on its representative and re-scores it; leaves an empty, a merged or a missing one alone', () => {
    const { pipeline, matched } = pipelineWith({ [CLAIM]: [statementMatch({ statementId: 2, score: 0.9, stance: 'contradicts' })] });
    const clusterId = ingest(pipeline, [post(CLAIM, { externalId: 'a' })]).outcomes[0]?.clusterId as number;
    const scoredAt = scoreRow(store, 'cluster', clusterId)?.createdAt;
    store.ports.clusters.setRepresentative(clusterId, null, 'a wording no statement covers', STORE_NOW.toISOString());
    pipeline.refresh(clusterId);
    expect(matched.at(-1)).toBe('a wording no statement covers');
    expect(store.ports.clusters.findById(clusterId)).toMatchObject({ statementId: null, stance: null, matchDecision: 'none' });
    expect(store.ports.matches.forSubject('cluster', clusterId)).toEqual([]);
    expect(scoreRow(store, 'cluster', clusterId)?.createdAt).not.toBe(scoredAt);

    const calls = matched.length;
    const empty = store.ports.clusters.create(null, CLAIM, STORE_NOW.toISOString());
    const other = ingest(pipeline, [post('another rumor entirely', { externalId: 'b' })]).outcomes[0]?.clusterId as number;
    store.ports.clusters.markMerged(other, clusterId, STORE_NOW.toISOString());
    const mergedScore = store.ports.scores.find('cluster', other);
    for (const id of [empty, other, clusterId + 100]) pipeline.refresh(id);
    expect(matched.length).toBe(calls + 1);
    expect(store.ports.scores.find('cluster', empty)).toBeNull();
    expect(store.ports.scores.find('cluster', other)).toEqual(mergedScore);
  });
});
