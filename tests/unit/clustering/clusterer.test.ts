import { OnlineClusterer, type ClusterPost } from '../../../src/core/clustering/clusterer';
import { counter, fittedModel } from './model';

const model = fittedModel();
const post = (key: string, text: string, urls: string[] = [], sourceKey: string | null = null): ClusterPost => ({ key, text, urls, sourceKey });
const make = () => new OnlineClusterer({ model, nextClusterId: counter(), ignoredUrlHosts: ['ridgeportpd.gov'] });

const WATER = "Don't drink the tap water in Ridgeport, it's contaminated with E coli from the flood";
const BRIDGE = 'Elm St bridge closed due to flood, use Harmon Ave instead';
const SHELTER = 'Flood shelter open at Lincoln High tonight, pets OK in crates';

describe('OnlineClusterer assignment', () => {
  it('starts a cluster with an id from the injected allocator', () => {
    const c = make();
    expect(c.assign(post('1', WATER))).toEqual({ clusterId: 100, reason: 'new', similarity: null });
    expect(c.assign(post('2', BRIDGE)).clusterId).toBe(101);
  });

  it('joins exact copies after normalisation (RT prefix, emoji, case, links)', () => {
    const c = make();
    const first = c.assign(post('1', WATER));
    expect(c.assign(post('2', `RT @someone: ${WATER.toUpperCase()} 😱 https://t.co/abc`))).toEqual({ clusterId: first.clusterId, reason: 'exact', similarity: 1, matchedPostKey: '1' });
  });

  it('puts reposts and quotes in their source cluster whatever their own words', () => {
    const c = make();
    const first = c.assign(post('1', WATER));
    c.assign(post('2', BRIDGE));
    expect(c.assign(post('3', 'omg share this with everyone', [], '1'))).toMatchObject({ clusterId: first.clusterId, reason: 'repost', matchedPostKey: '1' });
    // A repost of a repost lands in the same cluster too.
    expect(c.assign(post('4', '', [], '3')).clusterId).toBe(first.clusterId);
  });

  it('joins link variants (tracking parameters, fragment) when the post is only the link', () => {
    const c = make();
    const linked = c.assign(post('1', 'Chemical spill at the water plant, stay indoors', ['https://news.example/story/123?utm_source=x#top']));
    expect(c.assign(post('2', 'wow read this', ['https://www.news.example/story/123?fbclid=zzz']))).toMatchObject({ clusterId: linked.clusterId, reason: 'url' });
  });

  it('does not glue posts by a homepage link or a link to the department site', () => {
    const c = make();
    const a = c.assign(post('1', BRIDGE, ['https://news.example/', 'https://ridgeportpd.gov/news/flood-statement']));
    const b = c.assign(post('2', SHELTER, ['https://news.example/', 'https://ridgeportpd.gov/news/flood-statement']));
    expect(b.clusterId).not.toBe(a.clusterId);
  });

  it('does not join a post with its own different claim just because it shares an article link', () => {
    const c = make();
    const a = c.assign(post('1', BRIDGE, ['https://news.example/flood-live-2026']));
    const b = c.assign(post('2', SHELTER, ['https://news.example/flood-live-2026']));
    expect(b).toMatchObject({ reason: 'new' });
    expect(b.clusterId).not.toBe(a.clusterId);
  });

  it('joins paraphrases with typos as near-duplicates', () => {
    const c = make();
    const first = c.assign(post('1', WATER));
    const para = c.assign(post('2', 'dont drink ridgeport tap water its contaminted w/ e coli from the flood!!'));
    expect(para).toMatchObject({ clusterId: first.clusterId, reason: 'near_duplicate', matchedPostKey: '1' });
    expect(para.similarity).toBeGreaterThanOrEqual(model.threshold);
  });

  it('keeps unrelated posts about the same incident apart', () => {
    const c = make();
    const ids = [
      c.assign(post('1', WATER)).clusterId,
      c.assign(post('2', BRIDGE)).clusterId,
      c.assign(post('3', SHELTER)).clusterId,
      c.assign(post('4', 'Power outage across Ridgeport after the flood, utility says 6 hours')).clusterId,
    ];
    expect(new Set(ids).size).toBe(4);
  });

  it('peeks without remembering', () => {
    const c = make();
    const first = c.assign(post('1', WATER));
    expect(c.peek('dont drink the tap water in ridgeport, its contaminated with e coli')).toMatchObject({ clusterId: first.clusterId });
    expect(c.peek(SHELTER)).toBeNull();
    expect(c.assign(post('2', SHELTER)).reason).toBe('new');
  });
});

describe('OnlineClusterer officer decisions', () => {
  it('keeps merged clusters merged for later posts of either', () => {
    const c = make();
    const water = c.assign(post('1', WATER)).clusterId;
    const bridge = c.assign(post('2', BRIDGE)).clusterId;
    c.merge(bridge, water);
    expect(c.assign(post('3', BRIDGE)).clusterId).toBe(water);
    expect(c.assign(post('4', 'elm st bridge is closed due to the flood, use harmon ave')).clusterId).toBe(water);
    expect(c.clusterOf('2')).toBe(water);
  });

  it('sends later exact copies and reposts of a moved post to where the officer put it', () => {
    const c = make();
    const water = c.assign(post('1', WATER)).clusterId;
    const shelter = c.assign(post('2', SHELTER)).clusterId;
    const stray = c.assign(post('3', `${WATER} and the shelter at Lincoln High is full`));
    expect(stray.clusterId).toBe(water);
    c.movePost('3', shelter);
    expect(c.assign(post('4', `${WATER} and the shelter at Lincoln High is full`))).toMatchObject({ clusterId: shelter, reason: 'exact' });
    expect(c.assign(post('5', 'rt', [], '3')).clusterId).toBe(shelter);
    // The original rumor still gathers its own copies.
    expect(c.assign(post('6', WATER)).clusterId).toBe(water);
  });

  it('keeps a split post in its own cluster and sends its exact copies there', () => {
    const c = make();
    const water = c.assign(post('1', WATER)).clusterId;
    const copyText = 'dont drink ridgeport tap water its contaminted w/ e coli from the flood!!';
    expect(c.assign(post('2', copyText)).clusterId).toBe(water);
    const own = c.splitPost('2');
    expect(own).not.toBe(water);
    expect(c.clusterOf('2')).toBe(own);
    expect(c.assign(post('3', copyText)).clusterId).toBe(own);
    expect(c.assign(post('4', WATER)).clusterId).toBe(water);
  });

  it('forgets a removed post text but still recognises its exact copies', () => {
    const c = make();
    const water = c.assign(post('1', WATER)).clusterId;
    c.removePost('1');
    expect(c.clusterOf('1')).toBeNull();
    expect(c.assign(post('2', WATER))).toEqual({ clusterId: water, reason: 'exact', similarity: 1 });
    // The removed text no longer serves as a near-duplicate exemplar.
    expect(c.assign(post('3', 'dont drink ridgeport tap water its contaminted w/ e coli from the flood!!')).reason).toBe('new');
  });
});

describe('OnlineClusterer restore', () => {
  const stream: ClusterPost[] = [
    post('1', WATER),
    post('2', BRIDGE, ['https://news.example/story/77?utm_source=fb']),
    post('3', `RT @a: ${WATER}`),
    post('4', 'share', [], '2'),
    post('5', 'dont drink ridgeport tap water its contaminted w/ e coli from the flood!!'),
    post('6', SHELTER),
    post('7', 'look', ['https://news.example/story/77']),
  ];
  const later: ClusterPost[] = [
    post('8', 'Elm Street bridge closed due to the flood, use Harmon Ave'),
    post('9', `${SHELTER}!!`),
    post('10', 'new rumor: the dam at Pine Hill is about to break'),
    post('11', 'rt', [], '5'),
    post('12', 'see', ['https://news.example/story/77#x']),
  ];

  it('restored from stored assignments, it decides later posts exactly as the live clusterer', () => {
    const live = make();
    const stored = stream.map((p) => ({ ...p, clusterId: live.assign(p).clusterId }));
    live.merge(stored[5]!.clusterId, stored[0]!.clusterId);
    const allocator = counter(100 + new Set(stored.map((s) => s.clusterId)).size);
    const restored = new OnlineClusterer({ model, nextClusterId: allocator, ignoredUrlHosts: ['ridgeportpd.gov'] });
    for (const s of stored) restored.restore(s);
    restored.merge(stored[5]!.clusterId, stored[0]!.clusterId);
    const expected = later.map((p) => live.assign(p));
    expect(later.map((p) => restored.assign(p))).toEqual(expected);
    expect(new Set(expected.map((a) => a.reason))).toEqual(new Set(['near_duplicate', 'exact', 'new', 'repost', 'url']));
  });

  it('restores per cluster with addExisting and honours pinned (officer-placed) posts', () => {
    const c = make();
    c.addExisting(5, [post('1', WATER), post('2', 'dont drink ridgeport tap water its contaminted w/ e coli from the flood!!')]);
    c.restore({ ...post('3', `${WATER}!!!`), clusterId: 9, pinned: true });
    expect(c.assign(post('4', WATER)).clusterId).toBe(9);
    expect(c.assign(post('5', 'rt', [], '2')).clusterId).toBe(5);
    expect(c.assign(post('6', 'the dam at Pine Hill is about to break')).clusterId).toBe(100);
  });

  it('without an allocator, numbers new clusters above every restored id', () => {
    const c = new OnlineClusterer({ model });
    c.addExisting(41, [post('1', WATER)]);
    expect(c.assign(post('2', BRIDGE)).clusterId).toBe(42);
    expect(new OnlineClusterer({ model }).assign(post('x', BRIDGE)).clusterId).toBe(1);
  });
});
