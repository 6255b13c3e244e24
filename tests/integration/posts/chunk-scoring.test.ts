import type { ClaimSignals, ClusterSignals, Credibility, CredibilityEngine, Triage } from '../../../src/usecases/ports';
import { ChunkScoring } from '../../../src/usecases/posts/chunk-scoring';
import type { ClusterRecord, ClusterScore, ScoringQueuePort } from '../../../src/usecases/ports';
import { clusterNow, pipelineStore, post, scoreRow, storeCluster, STORE_NOW, type PipelineStore } from '../../helpers/pipeline-store';

/** A score a test can recognise: the text's length, with seven factors. */
function credibilityOf(text: string): Credibility {
  const factors = Array.from({ length: 7 }, (_, i) => ({ key: `f${i}`, group: 'content' as const, contribution: 7 - i, sentence: `factor ${i}` }));
  return { score: text.length, label: 'unverified', confidence: 0.5, factors, modelVersion: 'scripted-1' };
}

function claim(text: string): ClaimSignals {
  return { text, urls: [], author: null, authorHistory: null, evidence: null, postedAt: null };
}

function triageOf(signals: ClusterSignals): Triage {
  return { priority: signals.spread.postCount * 10, harmCategory: null, harmTerms: [], action: 'monitor', reason: `${signals.spread.postCount} posts` };
}

function clusterSignals(cluster: ClusterRecord): ClusterSignals {
  const representative = claim(cluster.representativeText);
  const spread = { postCount: cluster.postCount, uniqueAuthors: 0, newAccountPosts: 0, copyPosts: 0, postsLastHour: 0, postsPerHourPeak: 0, postsPrevHours: 0, totalEngagement: 0 };
  return { representative, sampleTexts: [], crowd: { support: 0, deny: 0, query: 0, comment: 0, corrections: 0 }, spread };
}

/** Scores in-thread; with `queueFrom`, takes chunks of that many posts or more onto its own queue. */
function scriptedCredibility(queueFrom?: number) {
  const inThread: string[] = [];
  const submitted: ({ kind: 'claim'; signals: ClaimSignals } | { kind: 'cluster'; signals: ClusterSignals })[] = [];
  const engine: CredibilityEngine = {
    modelVersion: 'scripted-1',
    harmCategories: [],
    scoreClaim: (signals) => (inThread.push(signals.text), credibilityOf(signals.text)),
    scoreCluster: (signals) => (inThread.push(signals.representative.text), credibilityOf(signals.representative.text)),
    triage: (signals) => triageOf(signals),
    replyStance: () => 'comment',
  };
  const queue: ScoringQueuePort = {
    beginScoring: (posts) => posts >= (queueFrom as number),
    submitClaim: (signals) => void submitted.push({ kind: 'claim', signals }),
    submitCluster: (signals) => void submitted.push({ kind: 'cluster', signals }),
    drainScores: () =>
      submitted.splice(0).map((task): Credibility | ClusterScore => {
        if (task.kind === 'claim') return credibilityOf(task.signals.text);
        return { credibility: credibilityOf(task.signals.representative.text), triage: triageOf(task.signals) };
      }),
  };
  return { credibility: queueFrom === undefined ? engine : { ...engine, ...queue }, inThread, submitted };
}

describe('a chunk’s scoring, stored in the real store', () => {
  let store: PipelineStore;
  beforeEach(() => {
    store = pipelineStore();
  });
  afterEach(() => store.handle.close());

  function cluster(texts: string[]): ClusterRecord {
    return clusterNow(store, storeCluster(store.ports, texts.map((t) => post(t))).clusterId);
  }

  it('scores in-thread and stores each post at once, keeping its first five factors and its reply stance', () => {
    const { credibility, inThread } = scriptedCredibility();
    const scoring = new ChunkScoring({ credibility, scores: store.ports.scores });
    scoring.begin(2);
    scoring.scorePost(11, claim('twelve chars'), 'deny', STORE_NOW);
    expect(inThread).toEqual(['twelve chars']);
    const stored = store.ports.scores.find('post', 11);
    expect(stored?.score).toBe(12);
    expect(scoreRow(store, 'post', 11)).toEqual({ replyStance: 'deny', createdAt: STORE_NOW.toISOString() });
    expect(stored?.factors.map((f) => f.key)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    const posts = scoring.finish(new Map());
    expect([...posts.keys()]).toEqual([11]);
    expect(posts.get(11)?.factors).toHaveLength(5);
    // The next chunk reports only its own posts.
    scoring.begin(1);
    expect(scoring.finish(new Map()).size).toBe(0);
  });

  it('returns an in-thread cluster’s score and triage at once, and stores them', () => {
    const { credibility } = scriptedCredibility();
    const scoring = new ChunkScoring({ credibility, scores: store.ports.scores });
    const c = cluster(['a rumor', 'a rumor again']);
    const result = scoring.scoreCluster(c, clusterSignals(c), STORE_NOW);
    expect(result).toEqual({ cluster: c, triage: triageOf(clusterSignals(c)) });
    expect(store.ports.scores.find('cluster', c.id)).toMatchObject({ score: 'a rumor'.length, priority: 20, action: 'monitor', actionReason: '2 posts' });
  });

  it('queues a large chunk, stores nothing until it finishes, then gives each post and cluster its own result', () => {
    const { credibility, inThread, submitted } = scriptedCredibility(3);
    const scoring = new ChunkScoring({ credibility, scores: store.ports.scores });
    const c = cluster(['the queued rumor', 'the queued rumor, again', 'and again']);
    scoring.begin(3);
    const texts = ['short', 'a longer post', 'the longest post of them all'];
    texts.forEach((text, i) => scoring.scorePost(100 + i, claim(text), i === 1 ? 'support' : null, STORE_NOW));
    expect(scoring.scoreCluster(c, clusterSignals(c), STORE_NOW)).toBeNull();
    expect(submitted).toHaveLength(4);
    expect(store.ports.scores.find('post', 100)).toBeNull();
    expect(store.ports.scores.find('cluster', c.id)).toBeNull();

    const clusters = new Map();
    const posts = scoring.finish(clusters);
    expect(inThread).toEqual([]);
    expect(texts.map((_, i) => store.ports.scores.find('post', 100 + i)?.score)).toEqual(texts.map((t) => t.length));
    expect(scoreRow(store, 'post', 101)?.replyStance).toBe('support');
    expect([...posts.entries()].map(([id, s]) => [id, s.score, s.factors.length])).toEqual(texts.map((t, i) => [100 + i, t.length, 5]));
    expect(clusters.get(c.id)).toEqual({ cluster: c, triage: triageOf(clusterSignals(c)) });
    expect(store.ports.scores.find('cluster', c.id)).toMatchObject({ score: 'the queued rumor'.length, priority: 30 });

    // Between chunks (an officer's refresh) scoring is in-thread again.
    expect(scoring.scoreCluster(c, clusterSignals(c), STORE_NOW)).not.toBeNull();
    expect(inThread).toEqual(['the queued rumor']);
  });

  it('scores a small chunk in-thread when the engine declines to queue it', () => {
    const { credibility, inThread, submitted } = scriptedCredibility(3);
    const scoring = new ChunkScoring({ credibility, scores: store.ports.scores });
    scoring.begin(2);
    scoring.scorePost(5, claim('small'), null, STORE_NOW);
    expect(submitted).toEqual([]);
    expect(inThread).toEqual(['small']);
    expect(store.ports.scores.find('post', 5)?.score).toBe(5);
  });
});
