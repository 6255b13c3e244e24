import { createClusterMatcher } from '../../../src/usecases/posts/cluster-matcher';
import type { StatementMatch } from '../../../src/usecases/engines';
import { addMembers, clusterNow, pipelineStore, post, storeCluster, storePost, statementMatch, STORE_NOW, type PipelineStore } from '../../helpers/pipeline-store';

const MINUTE = 60_000;
const at = (minutes: number) => new Date(STORE_NOW.getTime() + minutes * MINUTE);

/** A matching engine that answers from a table by text, and records every text it was asked about. */
function scriptedMatching(answers: Record<string, StatementMatch[]>) {
  const calls: { text: string; urls: string[] }[] = [];
  return {
    calls,
    modelVersion: 'scripted-1',
    match(text: string, options: { k: number; now: Date; urls: string[] }): StatementMatch[] {
      calls.push({ text, urls: options.urls });
      return answers[text] ?? [];
    },
  };
}

describe('cluster matcher, on the real store', () => {
  let store: PipelineStore;
  beforeEach(() => {
    store = pipelineStore();
  });
  afterEach(() => store.handle.close());

  function matcherWith(answers: Record<string, StatementMatch[]>) {
    const matching = scriptedMatching(answers);
    const changed: number[] = [];
    const matcher = createClusterMatcher({ clusters: store.ports.clusters, matches: store.ports.matches, matching, changed: (id) => changed.push(id) });
    return { matcher, matching, changed };
  }

  it('stores a new cluster’s usable top match on the cluster and its usable matches in the matches table', () => {
    const { clusterId, postIds } = storeCluster(store.ports, [post('bridge collapsed downtown')]);
    const { matcher, changed } = matcherWith({
      'bridge collapsed downtown': [statementMatch({ statementId: 2, score: 0.8, stance: 'contradicts' }), statementMatch({ statementId: 3, score: 0.5, decision: 'possible' }), statementMatch({ statementId: 4, score: 0.1, decision: 'none' })],
    });
    matcher.matchNew(clusterId, postIds[0] as number, 'bridge collapsed downtown', at(0));
    expect(store.ports.clusters.findById(clusterId)).toMatchObject({ statementId: 2, stance: 'contradicts', matchScore: 0.8, matchDecision: 'strong' });
    expect(store.ports.matches.forSubject('cluster', clusterId).map((m) => m.statementId)).toEqual([2, 3]);
    expect(changed).toEqual([clusterId]);
  });

  it('stores no match when the top match’s decision is none', () => {
    const { clusterId, postIds } = storeCluster(store.ports, [post('nothing to see')]);
    const { matcher } = matcherWith({ 'nothing to see': [statementMatch({ statementId: 2, score: 0.2, decision: 'none' })] });
    matcher.matchNew(clusterId, postIds[0] as number, 'nothing to see', at(0));
    expect(store.ports.clusters.findById(clusterId)).toMatchObject({ statementId: null, stance: null, matchDecision: 'none' });
    expect(store.ports.matches.forSubject('cluster', clusterId)).toEqual([]);
  });

  it('re-matches a growing cluster at 2, 4 and 8 posts, once each, and not while it is closed', () => {
    const texts = Array.from({ length: 9 }, (_, i) => `rumor wording ${i}`);
    const { clusterId, postIds } = storeCluster(store.ports, [post(texts[0] as string)]);
    const { matcher, changed } = matcherWith({});
    matcher.matchNew(clusterId, postIds[0] as number, texts[0] as string, at(0));
    const rematchedAt: number[] = [];
    for (let i = 1; i < texts.length; i++) {
      addMembers(store.ports, clusterId, [{ id: storePost(store.ports, post(texts[i] as string)), post: post(texts[i] as string) }]);
      const before = changed.length;
      matcher.grew(clusterNow(store, clusterId), at(0));
      matcher.grew(clusterNow(store, clusterId), at(0));
      if (changed.length > before) rematchedAt.push(clusterNow(store, clusterId).postCount);
    }
    expect(rematchedAt).toEqual([2, 4, 8]);
    const before = changed.length;
    matcher.grew({ ...clusterNow(store, clusterId), postCount: 16, status: 'merged' }, at(0));
    expect(changed.length).toBe(before);
  });

  it('matches each member text once while its memo lasts, and all of them again after ten minutes', () => {
    const { clusterId, postIds } = storeCluster(store.ports, [post('first wording')]);
    const { matcher, matching } = matcherWith({});
    matcher.matchNew(clusterId, postIds[0] as number, 'first wording', at(0));
    addMembers(store.ports, clusterId, [{ id: storePost(store.ports, post('second wording')), post: post('second wording') }]);
    matcher.grew(clusterNow(store, clusterId), at(5));
    expect(matching.calls.map((c) => c.text)).toEqual(['first wording', 'second wording']);

    const more = ['third wording', 'fourth wording'].map((text) => ({ id: storePost(store.ports, post(text)), post: post(text) }));
    addMembers(store.ports, clusterId, more);
    matcher.grew(clusterNow(store, clusterId), at(9));
    expect(matching.calls.slice(2).map((c) => c.text)).toEqual(['third wording', 'fourth wording']);

    const later = Array.from({ length: 4 }, (_, i) => `later wording ${i}`).map((text) => ({ id: storePost(store.ports, post(text)), post: post(text) }));
    addMembers(store.ports, clusterId, later);
    matcher.grew(clusterNow(store, clusterId), at(20));
    // Five sampled members, all read again: the memo expired.
    expect(matching.calls.slice(4).map((c) => c.text)).toEqual(['first wording', 'second wording', 'third wording', 'fourth wording', 'later wording 0']);
  });

  it('makes the best-matching member the representative, and passes its links to the engine', () => {
    const { clusterId, postIds } = storeCluster(store.ports, [post('brige colapsed lol')]);
    const best = 'The Elm Street bridge collapsed, see https://news.example/elm';
    const { matcher, matching, changed } = matcherWith({
      'brige colapsed lol': [statementMatch({ statementId: 5, score: 0.3, decision: 'none' })],
      [best]: [statementMatch({ statementId: 5, score: 0.9, stance: 'contradicts' })],
    });
    matcher.matchNew(clusterId, postIds[0] as number, 'brige colapsed lol', at(0));
    const [bestId] = addMembers(store.ports, clusterId, [{ id: storePost(store.ports, post(best)), post: post(best) }]);
    matcher.grew(clusterNow(store, clusterId), at(1));
    expect(store.ports.clusters.findById(clusterId)).toMatchObject({ representativePostId: bestId, representativeText: best, statementId: 5, stance: 'contradicts', matchDecision: 'strong' });
    expect(matching.calls.find((c) => c.text === best)?.urls).toEqual(['https://news.example/elm']);
    // Once for the new cluster's match; then the representative and the re-match.
    expect(changed).toEqual([clusterId, clusterId, clusterId]);
  });

  it('keeps the representative when no member has a usable match', () => {
    const { clusterId, postIds } = storeCluster(store.ports, [post('first wording')]);
    const { matcher } = matcherWith({ 'second wording': [statementMatch({ statementId: 5, score: 0.3, decision: 'none' })] });
    matcher.matchNew(clusterId, postIds[0] as number, 'first wording', at(0));
    addMembers(store.ports, clusterId, [{ id: storePost(store.ports, post('second wording')), post: post('second wording') }]);
    matcher.grew(clusterNow(store, clusterId), at(1));
    expect(store.ports.clusters.findById(clusterId)).toMatchObject({ representativePostId: postIds[0], representativeText: 'first wording', matchDecision: 'none' });
  });

  it('gives the cluster the stance most of its members read, and says so first among the reasons', () => {
    const texts = ['claim a', 'claim b', 'claim c', 'claim d'];
    const { clusterId, postIds } = storeCluster(store.ports, [post(texts[0] as string)]);
    const { matcher } = matcherWith({
      'claim a': [statementMatch({ statementId: 7, score: 0.95, stance: 'supports' })],
      'claim b': [statementMatch({ statementId: 7, score: 0.8, stance: 'contradicts' })],
      'claim c': [statementMatch({ statementId: 7, score: 0.8, stance: 'contradicts' })],
      'claim d': [statementMatch({ statementId: 7, score: 0.8, stance: 'contradicts' })],
    });
    matcher.matchNew(clusterId, postIds[0] as number, 'claim a', at(0));
    addMembers(store.ports, clusterId, texts.slice(1).map((t) => ({ id: storePost(store.ports, post(t)), post: post(t) })));
    matcher.grew(clusterNow(store, clusterId), at(1));
    expect(store.ports.clusters.findById(clusterId)).toMatchObject({ representativeText: 'claim a', statementId: 7, stance: 'contradicts' });
    const [stored] = store.ports.matches.forSubject('cluster', clusterId);
    expect(stored?.stance).toBe('contradicts');
    expect(stored?.stanceReasons[0]).toBe("the cluster's posts read differently against this statement (1 supports, 3 contradicts); the cluster takes what most of them say");
    expect(stored?.stanceReasons[1]).toBe('the statement says so');
  });

  it('matches an officer-changed cluster on its representative as it stands', () => {
    const { clusterId } = storeCluster(store.ports, [post('old wording')]);
    store.ports.clusters.setRepresentative(clusterId, null, 'new wording https://x.example/a', STORE_NOW.toISOString());
    const { matcher, matching } = matcherWith({ 'new wording https://x.example/a': [statementMatch({ statementId: 9, score: 0.6, decision: 'possible', stance: 'not_addressed' })] });
    matcher.matchRepresentative(clusterId, 'new wording https://x.example/a', at(0));
    expect(matching.calls).toEqual([{ text: 'new wording https://x.example/a', urls: [] }]);
    expect(store.ports.clusters.findById(clusterId)).toMatchObject({ statementId: 9, matchDecision: 'possible', stance: 'not_addressed' });
    expect(store.ports.matches.forSubject('cluster', clusterId).map((m) => m.statementId)).toEqual([9]);
  });
});
