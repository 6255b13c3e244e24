import { OnlineClusterer, type ClusterPost } from '../../../src/core/clustering/clusterer';
import { counter, fittedModel } from './model';
import { lexicon } from '../facts/lexicon';

const model = fittedModel();
const post = (key: string, text: string, urls: string[] = []): ClusterPost => ({ key, text, urls, sourceKey: null });
const withVeto = () => new OnlineClusterer({ model, nextClusterId: counter(), contrast: lexicon });
const withoutVeto = () => new OnlineClusterer({ model, nextClusterId: counter() });

// Pairs the pair model alone would put in one cluster (checked below), whose key facts conflict.
const FOUND_ALIVE = 'Update: the missing kayaker from Lake Dunmore has been found alive this morning';
const FOUND_DEAD = 'Update: the missing kayaker from Lake Dunmore has been found dead this morning';
const FOUR = 'Crash on Harmon Ave tonight, 4 people hurt, avoid the area';
const FORTY = 'Crash on Harmon Ave tonight, 40 people hurt, avoid the area';

describe('OnlineClusterer key-fact veto', () => {
  it('the pair model alone joins the conflicting pairs (so the veto is what separates them)', () => {
    const c = withoutVeto();
    expect(c.assign(post('1', FOUND_ALIVE)).clusterId).toBe(c.assign(post('2', FOUND_DEAD)).clusterId);
    expect(c.assign(post('3', FOUR)).clusterId).toBe(c.assign(post('4', FORTY)).clusterId);
  });

  it('keeps an "alive" and a "dead" post about one person apart, and says why as data', () => {
    const c = withVeto();
    const alive = c.assign(post('1', FOUND_ALIVE));
    const dead = c.assign(post('2', FOUND_DEAD));
    expect(dead.clusterId).not.toBe(alive.clusterId);
    expect(dead).toMatchObject({ reason: 'new', conflicts: [{ clusterId: alive.clusterId, memberKey: '1', slot: 'outcome:person', why: 'opposite', post: 'dead', member: 'alive' }] });
  });

  it('keeps 4 and 40 hurt apart', () => {
    const c = withVeto();
    const four = c.assign(post('1', FOUR));
    const forty = c.assign(post('2', FORTY));
    expect(forty.clusterId).not.toBe(four.clusterId);
    expect(forty.conflicts?.[0]).toMatchObject({ slot: 'count:injured', why: 'count', post: '40', member: '4' });
  });

  it('still joins the same claim in other words', () => {
    const c = withVeto();
    const first = c.assign(post('1', 'Crash on Harmon Ave tonight, 4 people hurt, avoid the area'));
    const second = c.assign(post('2', 'crash on harmon ave tonight!! four people were hurt. avoid the area'));
    expect(second).toMatchObject({ clusterId: first.clusterId, reason: 'near_duplicate' });
    expect(second.conflicts).toBeUndefined();
  });

  it('checks a post against facts stated by members that are not exemplars', () => {
    const c = new OnlineClusterer({ model, nextClusterId: counter(), contrast: lexicon, exemplarsPerCluster: 1 });
    const first = c.assign(post('1', 'Crash on Harmon Ave tonight, people hurt, avoid the area'));
    expect(c.assign(post('2', FOUR)).clusterId).toBe(first.clusterId);
    // Joins through the exemplar (which has no count), but a member said 4.
    expect(c.assign(post('3', FORTY)).clusterId).not.toBe(first.clusterId);
  });

  it('passes over a conflicting cluster for the next one that agrees', () => {
    const c = withVeto();
    const four = c.assign(post('1', FOUR));
    const forty = c.assign(post('2', FORTY));
    const again = c.assign(post('3', 'Crash on Harmon Ave tonight: 40 people hurt, avoid the area!'));
    expect(again.clusterId).toBe(forty.clusterId);
    expect(again.clusterId).not.toBe(four.clusterId);
  });

  it('does not let a link carry a post into a cluster it contradicts', () => {
    const c = withVeto();
    const url = 'https://news.example/story/kayaker';
    const alive = c.assign(post('1', FOUND_ALIVE, [url]));
    expect(c.assign(post('2', FOUND_DEAD, [url])).clusterId).not.toBe(alive.clusterId);
  });

  it('keeps two kinds of incident at one place with one count apart', () => {
    const c = withVeto();
    const fire = c.assign(post('1', 'House fire on Birch St: 3 people hurt'));
    const crash = c.assign(post('2', 'Car crash on Birch St: 3 people hurt'));
    expect(crash.clusterId).not.toBe(fire.clusterId);
    expect(crash.conflicts?.[0]).toMatchObject({ slot: 'event', why: 'event', post: 'crash', member: 'fire' });
  });

  it('incidents on different streets with different counts make one cluster each', () => {
    const c = withVeto();
    const streets = ['Birch St', 'Walnut St', 'Pine Ave', 'Cedar Rd'];
    const counts = [3, 8, 15];
    const clusters = new Map<string, Set<number>>();
    let key = 0;
    for (let round = 0; round < 3; round++) {
      for (const street of streets) {
        for (const n of counts) {
          const opener = ['', 'BREAKING: ', 'omg '][round] as string;
          const id = c.assign(post(String(key++), `${opener}house fire on ${street}, ${n} people injured, crews on scene`)).clusterId;
          const label = `${street}/${n}`;
          clusters.set(label, (clusters.get(label) ?? new Set()).add(id));
        }
      }
    }
    const ids = [...clusters.values()].map((s) => [...s]);
    // Every incident is in exactly one cluster, and no two incidents share one.
    expect(ids.every((s) => s.length === 1)).toBe(true);
    expect(new Set(ids.map((s) => s[0])).size).toBe(streets.length * counts.length);
  });
});
