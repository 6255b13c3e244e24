import { createClusterSignals } from '../../../src/usecases/posts/cluster-signals';
import { membershipOf } from '../../../src/usecases/posts/post-membership';
import { clusterNow, pipelineStore, post, storeCluster, storePost, STORE_NOW, type PipelineStore } from '../../helpers/pipeline-store';

describe('cluster signals, read from the real store', () => {
  let store: PipelineStore;
  beforeEach(() => {
    store = pipelineStore();
  });
  afterEach(() => store.handle.close());

  function signalsOf(clusterId: number) {
    return createClusterSignals({ clusters: store.ports.clusters, statements: store.ports.statements, posts: store.ports.posts }).signalsOf(clusterNow(store, clusterId));
  }

  it('counts the posts of the last post’s hour against the three hours before it', () => {
    const times = ['2026-11-20T10:59:00Z', '2026-11-20T11:00:00Z', '2026-11-20T12:10:00Z', '2026-11-20T13:59:59Z', '2026-11-20T14:05:00Z', '2026-11-20T14:30:00Z'];
    const { clusterId } = storeCluster(
      store.ports,
      times.map((t, i) => post(`the bridge is closed ${i}`, { postedAt: new Date(t).toISOString() })),
    );
    expect(signalsOf(clusterId).spread).toMatchObject({ postCount: 6, postsLastHour: 2, postsPrevHours: 3, postsPerHourPeak: 2 });
  });

  it("describes the account that started the rumor (the representative post's), never its handle", () => {
    const started = { handle: 'origin', verified: false, followers: 40, following: 900, accountCreatedAt: '2026-11-18T00:00:00.000Z' };
    const { clusterId } = storeCluster(store.ports, [post('the dam has failed', { author: started }), post('the dam has failed!!', { author: { handle: 'later', verified: true, followers: 90_000 } })]);
    expect(signalsOf(clusterId).representative.author).toEqual({ verified: false, followers: 40, following: 900, listed: null, accountCreatedAt: '2026-11-18T00:00:00.000Z' });
  });

  it('reads the copies a spread factor names only when copy-paste is a sizeable share of the cluster', () => {
    const now = STORE_NOW.toISOString();
    const texts = ['the dam has failed, evacuate now', 'the dam has failed, evacuate now', 'the dam has failed, evacuate now', 'the dam has failed, evacuate now', 'the dam has failed, get out'];
    const ids = texts.map((t, i) => storePost(store.ports, post(t, { externalId: `c${i}`, author: { handle: `a${i}` } })));
    const clusterId = store.ports.clusters.create(ids[0] ?? null, texts[0] as string, now);
    // The first post starts the cluster, the next three are exact copies, the last a paraphrase.
    const reasons = ['new', 'exact', 'exact', 'exact', 'near_duplicate'] as const;
    const members = ids.map((id, i) => ({ clusterId, membership: membershipOf(id, post(texts[i] as string), { reason: reasons[i] as (typeof reasons)[number], similarity: 0.9 }) }));
    for (const m of members) store.ports.clusters.addMember(clusterId, m.membership, now);
    store.ports.clusters.addCounters(members, now);
    const signals = signalsOf(clusterId);
    expect(signals.spread.copyPosts).toBe(3);
    expect(signals.spread.copyExamples?.map((r) => r.id)).toEqual([ids[1], ids[2], ids[3]].map(String));
    const few = storeCluster(store.ports, [post('a quiet rumor about the mill'), post('a quiet rumor about the mill, again'), post('the mill rumor once more')]);
    expect(signalsOf(few.clusterId).spread.copyExamples).toBeUndefined();
  });

  it("samples the earliest distinct texts for harm words, past exact copies, and stops at four", () => {
    const now = STORE_NOW.toISOString();
    // Exact copies (the clusterer's 'exact': the same comparable text) come first, with a raw text
    // of their own; the sample skips them and takes the paraphrases in posting order.
    const texts = [
      'the dam has failed, evacuate now',
      'RT the dam has failed, evacuate now',
      'the dam has FAILED evacuate now',
      'dam failed!! people trapped downstream',
      'the dam broke, two dead',
      'water over the dam road, get out',
      'dam collapse, leave the valley',
      'the dam is gone',
    ];
    const reasons = ['new', 'exact', 'exact', 'near_duplicate', 'near_duplicate', 'near_duplicate', 'near_duplicate', 'near_duplicate'] as const;
    const ids = texts.map((t, i) => storePost(store.ports, post(t, { externalId: `s${i}`, author: { handle: `s${i}` } })));
    const clusterId = store.ports.clusters.create(ids[0] ?? null, texts[0] as string, now);
    const members = ids.map((id, i) => ({ clusterId, membership: membershipOf(id, post(texts[i] as string), { reason: reasons[i] as (typeof reasons)[number], similarity: 0.9 }) }));
    for (const m of members) store.ports.clusters.addMember(clusterId, m.membership, now);
    store.ports.clusters.addCounters(members, now);
    expect(signalsOf(clusterId).sampleTexts).toEqual([texts[0], texts[3], texts[4], texts[5]]);
  });

  it('has no velocity for a cluster whose posts carry no time', () => {
    const { clusterId } = storeCluster(store.ports, [post('undated one'), post('undated two')]);
    expect(signalsOf(clusterId).spread).toMatchObject({ postCount: 2, postsLastHour: 0, postsPrevHours: 0 });
  });

  it("gives the thread's shape as the veracity model was fitted on it: replies, distinct accounts, minutes to the first, replies in the first hour", () => {
    const { clusterId } = storeCluster(store.ports, [post('the dam is failing', { externalId: 'c1', postedAt: '2026-11-20T10:00:00.000Z' })]);
    const replies = [
      ['critic', '2026-11-20T10:12:00.000Z', 'deny'],
      ['critic', '2026-11-20T10:40:00.000Z', 'comment'],
      ['asker', '2026-11-20T11:00:00.000Z', 'query'],
      ['late', '2026-11-20T13:00:00.000Z', 'comment'],
    ] as const;
    replies.forEach(([handle, at, stance], i) => {
      const id = storePost(store.ports, post(`reply ${i}`, { externalId: `r${i}`, replyTo: 'c1', author: { handle }, postedAt: at }));
      store.ports.clusters.addReplyStance(clusterId, stance, false, STORE_NOW.toISOString(), id);
    });
    expect(signalsOf(clusterId).spread).toMatchObject({ replies: 4, replyAuthors: 3, firstReplyMinutes: 12, firstHourReplies: 3 });
  });

  it('gives no reply timing when the claim or its replies carry no time', () => {
    const { clusterId } = storeCluster(store.ports, [post('undated claim', { externalId: 'u1' })]);
    const id = storePost(store.ports, post('undated reply', { externalId: 'u2', replyTo: 'u1', author: { handle: 'someone' } }));
    store.ports.clusters.addReplyStance(clusterId, 'deny', false, STORE_NOW.toISOString(), id);
    const spread = signalsOf(clusterId).spread;
    expect(spread).toMatchObject({ replies: 1, replyAuthors: 1 });
    expect(spread).not.toHaveProperty('firstReplyMinutes');
  });

  it('reads no reply list for a cluster without replies', () => {
    const { clusterId } = storeCluster(store.ports, [post('nobody answered this')]);
    expect(signalsOf(clusterId).crowd).toEqual({ support: 0, deny: 0, query: 0, comment: 0, corrections: 0 });
  });

  it('reads spread, crowd and at most four distinct sample texts', () => {
    const posts = ['a', 'b', 'c', 'd', 'e'].map((x, i) =>
      post(`wording ${x} of https://example.org/${x}`, {
        author: { handle: i < 3 ? `author${i}` : 'author0', accountCreatedAt: '2026-11-10T00:00:00Z' },
        postedAt: '2026-11-20T11:00:00.000Z',
        engagement: { likes: 2, reposts: 1, replies: null },
      }),
    );
    const { clusterId } = storeCluster(store.ports, posts);
    const denial = storePost(store.ports, post('False, see https://ridgeport.gov/n/1', { author: { handle: 'critic', verified: true, followers: 50, accountCreatedAt: '2020-01-01T00:00:00Z' }, postedAt: '2026-11-20T11:20:00.000Z', url: 'https://x.example/p/9' }));
    const question = storePost(store.ports, post('source?', { postedAt: '2026-11-20T11:10:00.000Z' }));
    store.ports.clusters.addReplyStance(clusterId, 'deny', true, STORE_NOW.toISOString(), denial);
    store.ports.clusters.addReplyStance(clusterId, 'query', false, STORE_NOW.toISOString(), question);
    const signals = signalsOf(clusterId);
    expect(signals.sampleTexts).toEqual(['a', 'b', 'c', 'd'].map((x) => `wording ${x} of https://example.org/${x}`));
    expect(signals.crowd).toEqual({
      support: 0, deny: 1, query: 1, comment: 0, corrections: 1,
      // Oldest first; what the post record holds of its author, never the handle.
      replies: [
        { id: String(question), stance: 'query', url: null, postedAt: '2026-11-20T11:10:00.000Z', authorVerified: null, authorFollowers: null, authorCreatedAt: null, correction: false },
        { id: String(denial), stance: 'deny', url: 'https://x.example/p/9', postedAt: '2026-11-20T11:20:00.000Z', authorVerified: true, authorFollowers: 50, authorCreatedAt: '2020-01-01T00:00:00Z', correction: true },
      ],
    });
    expect(signals.spread).toMatchObject({ postCount: 5, uniqueAuthors: 3, newAccountPosts: 5, copyPosts: 0, totalEngagement: 15 });
    expect(signals.representative).toMatchObject({ text: 'wording a of https://example.org/a', urls: ['https://example.org/a'], author: { verified: null, followers: null, following: null, listed: null, accountCreatedAt: '2026-11-10T00:00:00Z' }, authorHistory: null, evidence: null, postedAt: '2026-11-20T11:00:00.000Z' });
  });

  it('gives a usable match as evidence, with its statement’s title, and no evidence for a match decided none', () => {
    const { clusterId } = storeCluster(store.ports, [post('the bridge collapsed')]);
    const title = store.ports.statements.findById(3)?.title;
    expect(title).toEqual(expect.any(String));
    store.ports.clusters.setMatch(clusterId, { statementId: 3, stance: 'contradicts', score: 0.82, decision: 'strong' }, STORE_NOW.toISOString());
    expect(signalsOf(clusterId).representative.evidence).toEqual({ decision: 'strong', stance: 'contradicts', statementTitle: title, score: 0.82 });
    store.ports.clusters.setMatch(clusterId, { statementId: 3, stance: 'contradicts', score: 0.2, decision: 'none' }, STORE_NOW.toISOString());
    expect(signalsOf(clusterId).representative.evidence).toBeNull();
  });
});
