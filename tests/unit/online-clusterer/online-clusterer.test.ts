import { OnlineClusterer } from '../../../src/core/clustering/online-clusterer';

function counter() {
  let next = 100;
  return () => next++;
}

const post = (key: string, text: string, urls: string[] = [], sourceClusterId: number | null = null) => ({ key, text, urls, sourceClusterId });

describe('online clusterer', () => {
  it('joins exact copies, reposts, link variants and paraphrases with typos; keeps other rumors of the incident apart', () => {
    const c = new OnlineClusterer({ threshold: 0.55 });
    const id = counter();
    const first = c.assign(post('1', "Don't drink the tap water in Ridgeport, it's contaminated with E coli from the flood"), id);
    expect(first.reason).toBe('new');
    expect(c.assign(post('2', "RT @someone: Don't drink the tap water in Ridgeport, it's contaminated with E coli from the flood 😱"), id)).toMatchObject({ clusterId: first.clusterId, reason: 'exact' });
    expect(c.assign(post('3', 'share this', [], first.clusterId), id)).toMatchObject({ clusterId: first.clusterId, reason: 'repost' });
    expect(c.assign(post('4', 'dont drink ridgeport tap water its contaminated w/ e coli from the flood!!', []), id).clusterId).toBe(first.clusterId);

    const linked = c.assign(post('5', 'read this', ['https://news.example/story/123?utm_source=x#top']), id);
    expect(c.assign(post('6', 'wow', ['https://www.news.example/story/123']), id)).toMatchObject({ clusterId: linked.clusterId, reason: 'url' });

    const shelter = c.assign(post('7', 'Flood shelter open at Lincoln Middle School tonight, pets OK in crates'), id);
    expect(shelter.clusterId).not.toBe(first.clusterId);
    const bridge = c.assign(post('8', 'Elm Street bridge closed because of the flood, use Harmon Ave'), id);
    expect(new Set([first.clusterId, shelter.clusterId, bridge.clusterId]).size).toBe(3);
  });

  it('peeks without joining', () => {
    const c = new OnlineClusterer();
    const id = counter();
    const a = c.assign(post('1', 'Elm Street bridge collapsed into the Cedar River this morning'), id);
    expect(c.peek('the elm street bridge collapsed into the cedar river!!')?.clusterId).toBe(a.clusterId);
    expect(c.peek('Lunch at the new taco place on 5th was great')).toBeNull();
  });

  it('merges stick for later posts, and a moved post takes its later copies with it', () => {
    const c = new OnlineClusterer();
    const id = counter();
    const a = c.assign(post('1', 'National Guard trucks rolling into downtown Ridgeport for the march'), id);
    const b = c.assign(post('2', 'Police fired tear gas at marchers on Main Street'), id);
    c.merge(b.clusterId, a.clusterId);
    expect(c.assign(post('3', 'Police fired tear gas at marchers on Main Street'), id).clusterId).toBe(a.clusterId);

    c.movePost('Police fired tear gas at marchers on Main Street', 555);
    expect(c.assign(post('4', 'police fired tear gas at marchers on main street'), id).clusterId).toBe(555);
  });

  it('restores from stored exemplars and hashes to the same assignments', () => {
    const c = new OnlineClusterer();
    c.restore(7, ['Curfew tonight at 8pm citywide, anyone outside will be arrested'], []);
    expect(c.assign(post('1', 'CURFEW tonight 8pm citywide!! anyone outside will be arrested'), counter()).clusterId).toBe(7);
  });
});
