/**
 * An officer's corrections to the clusterer, through the cluster use cases: moving a post,
 * splitting one out, merging two clusters. Each leaves both clusters' counters as if their
 * members had arrived there, records who did it, and steers later copies, also after a restart.
 */
import { join } from 'path';
import { openDesk, type OpenDesk } from '../../../src/composition/open-desk';
import { loadConfig } from '../../../src/config';
import { RumorDeskError } from '../../../src/core/errors';
import { memoryDesk, tempDir } from '../../helpers/desk';

const BRIDGE = 'The Elm Street bridge just collapsed into the river';
const BRIDGE_WITNESS = 'The Elm Street bridge just collapsed into the river, my cousin saw it';
const WATER = 'Do not drink the tap water, it has E coli';

const POSTS = [
  { platform: 'x', id: 'b1', author: { handle: 'ann' }, text: BRIDGE, posted_at: '2026-11-20T01:10:00Z', engagement: { likes: 10 } },
  { platform: 'x', id: 'b2', author: { handle: 'bo' }, text: BRIDGE, posted_at: '2026-11-20T01:20:00Z', engagement: { likes: 4, reposts: 1 } },
  { platform: 'facebook', id: 'b3', author: { handle: 'cy' }, text: BRIDGE_WITNESS, posted_at: '2026-11-20T02:05:00Z', engagement: { likes: 7 } },
  { platform: 'x', id: 'w1', author: { handle: 'dee' }, text: WATER, posted_at: '2026-11-20T03:00:00Z', engagement: { likes: 2 } },
  { platform: 'nextdoor', id: 'w2', author: { handle: 'eve' }, text: `${WATER}!!`, posted_at: '2026-11-20T03:30:00Z', engagement: { replies: 3 } },
];

/** The five posts above in a bridge cluster (three posts) and a water cluster (two). */
function seeded(handle: OpenDesk) {
  const summary = handle.desk.ingestPosts(POSTS);
  const post = (id: string) => summary.results[POSTS.findIndex((p) => p.id === id)]?.postId as number;
  const clusterOf = (id: string) => summary.results[POSTS.findIndex((p) => p.id === id)]?.outcome?.clusterId as number;
  expect(clusterOf('b1')).toBe(clusterOf('b3'));
  expect(clusterOf('w1')).toBe(clusterOf('w2'));
  expect(clusterOf('b1')).not.toBe(clusterOf('w1'));
  return { post, bridge: clusterOf('b1'), water: clusterOf('w1') };
}

function ingestOne(handle: OpenDesk, id: string, text: string): number {
  const summary = handle.desk.ingestPosts([{ platform: 'x', id, author: { handle: 'fay' }, text, posted_at: '2026-11-20T05:00:00Z' }]);
  return summary.results[0]?.outcome?.clusterId as number;
}

function codeOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (err) {
    return err instanceof RumorDeskError ? err.code : 'not a RumorDeskError';
  }
}

const counters = (c: { postCount: number; uniqueAuthors: number; totalEngagement: number; platforms: string[]; firstSeen: string | null; lastSeen: string | null }) => ({
  postCount: c.postCount,
  uniqueAuthors: c.uniqueAuthors,
  totalEngagement: c.totalEngagement,
  platforms: c.platforms,
  firstSeen: c.firstSeen,
  lastSeen: c.lastSeen,
});

describe('moving a post to another cluster', () => {
  let handle: OpenDesk;
  beforeEach(() => (handle = memoryDesk()));
  afterEach(() => handle.close());

  it('recounts both clusters and pins the post where the officer put it', () => {
    const { post, bridge, water } = seeded(handle);
    const moved = handle.desk.clusters.movePost(post('b3'), water, 'officer');

    expect(moved.id).toBe(water);
    expect(counters(moved)).toEqual({ postCount: 3, uniqueAuthors: 3, totalEngagement: 12, platforms: ['facebook', 'nextdoor', 'x'], firstSeen: '2026-11-20T02:05:00.000Z', lastSeen: '2026-11-20T03:30:00.000Z' });
    const from = handle.desk.clusters.show(bridge);
    expect(counters(from)).toEqual({ postCount: 2, uniqueAuthors: 2, totalEngagement: 15, platforms: ['x'], firstSeen: '2026-11-20T01:10:00.000Z', lastSeen: '2026-11-20T01:20:00.000Z' });
    expect(from.hourly).toEqual([{ hour: '2026-11-20T01:00:00.000Z', posts: 2, engagement: 15 }]);

    const to = handle.desk.clusters.show(water);
    expect(to.hourly.map((h) => [h.hour, h.posts])).toEqual([['2026-11-20T02:00:00.000Z', 1], ['2026-11-20T03:00:00.000Z', 2]]);
    expect(to.posts.find((p) => p.id === post('b3'))?.membership).toMatchObject({ reason: 'moved', pinned: true });
    for (const cluster of [from, to]) {
      expect(cluster.history.map((h) => [h.action, h.actor])).toContainEqual(['cluster.move_post', 'officer']);
    }
  });

  it('sends later exact copies of the moved text to the cluster it was moved to', () => {
    const { post, water } = seeded(handle);
    handle.desk.clusters.movePost(post('b3'), water, 'officer');
    expect(ingestOne(handle, 'b4', BRIDGE_WITNESS)).toBe(water);
  });

  it('refuses a move into the same cluster, into a merged cluster, or of an unknown post', () => {
    const { post, bridge, water } = seeded(handle);
    expect(codeOf(() => handle.desk.clusters.movePost(post('b1'), bridge, 'officer'))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => handle.desk.clusters.movePost(999, water, 'officer'))).toBe('NOT_FOUND');
    handle.desk.clusters.merge(water, bridge, 'officer');
    expect(codeOf(() => handle.desk.clusters.movePost(post('b1'), water, 'officer'))).toBe('INVALID_STATE');
    expect(handle.desk.clusters.show(bridge).postCount).toBe(5);
  });
});

describe('splitting a post out', () => {
  let handle: OpenDesk;
  beforeEach(() => (handle = memoryDesk()));
  afterEach(() => handle.close());

  it('gives the post a cluster of its own and the old cluster a member as representative', () => {
    const { post, bridge } = seeded(handle);
    expect(handle.desk.clusters.show(bridge).representativePostId).toBe(post('b1'));

    const split = handle.desk.clusters.splitPost(post('b1'), 'officer');

    expect(split.id).not.toBe(bridge);
    expect(split.representativePostId).toBe(post('b1'));
    expect(split.representativeText).toBe(BRIDGE);
    expect(counters(split)).toEqual({ postCount: 1, uniqueAuthors: 1, totalEngagement: 10, platforms: ['x'], firstSeen: '2026-11-20T01:10:00.000Z', lastSeen: '2026-11-20T01:10:00.000Z' });
    const rest = handle.desk.clusters.show(bridge);
    expect(counters(rest)).toEqual({ postCount: 2, uniqueAuthors: 2, totalEngagement: 12, platforms: ['facebook', 'x'], firstSeen: '2026-11-20T01:20:00.000Z', lastSeen: '2026-11-20T02:05:00.000Z' });
    // The split post was the representative: the earliest remaining member takes its place.
    expect(rest.representativePostId).toBe(post('b2'));
    expect(handle.desk.clusters.show(split.id).posts.map((p) => [p.id, p.membership.reason, p.membership.pinned])).toEqual([[post('b1'), 'split', true]]);
    expect(rest.history.map((h) => h.action)).toContain('cluster.split_post');
    expect(handle.desk.clusters.show(split.id).history.map((h) => h.action)).toContain('cluster.created_by_split');
  });

  it('sends later exact copies of the split text to the new cluster', () => {
    const { post } = seeded(handle);
    const split = handle.desk.clusters.splitPost(post('b1'), 'officer');
    expect(ingestOne(handle, 'b5', BRIDGE)).toBe(split.id);
  });

  it('refuses an unknown post', () => {
    seeded(handle);
    expect(codeOf(() => handle.desk.clusters.splitPost(999, 'officer'))).toBe('NOT_FOUND');
  });
});

describe('merging two clusters', () => {
  let handle: OpenDesk;
  beforeEach(() => (handle = memoryDesk()));
  afterEach(() => handle.close());

  it('moves every member, closes the merged cluster and adds up the counters', () => {
    const { bridge, water } = seeded(handle);
    const merged = handle.desk.clusters.merge(water, bridge, 'officer');
    expect(counters(merged)).toEqual({ postCount: 5, uniqueAuthors: 5, totalEngagement: 27, platforms: ['facebook', 'nextdoor', 'x'], firstSeen: '2026-11-20T01:10:00.000Z', lastSeen: '2026-11-20T03:30:00.000Z' });
    expect(handle.desk.clusters.show(water)).toMatchObject({ status: 'merged', mergedInto: bridge, postCount: 0 });
    expect(handle.desk.clusters.list({}).map((c) => c.id)).toEqual([bridge]);
    expect(ingestOne(handle, 'w3', WATER)).toBe(bridge);
    expect(codeOf(() => handle.desk.clusters.merge(bridge, bridge, 'officer'))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => handle.desk.clusters.merge(water, bridge, 'officer'))).toBe('INVALID_STATE');
  });
});

describe('after a restart', () => {
  it('later copies still follow merges and posts split out', () => {
    const { dir, cleanup } = tempDir();
    const config = loadConfig({ db: join(dir, 'desk.db') }, {});
    const clock = () => new Date('2026-11-20T12:00:00Z');
    try {
      const first = openDesk(config, clock);
      const { post, bridge, water } = seeded(first);
      // b1 and b2 are exact copies: b2, split out, is the one later copies follow, though b1 came first.
      const split = first.desk.clusters.splitPost(post('b2'), 'officer');
      first.desk.clusters.merge(water, bridge, 'officer');
      first.close();

      const again = openDesk(config, clock);
      try {
        expect(ingestOne(again, 'w3', WATER)).toBe(bridge);
        expect(ingestOne(again, 'b4', BRIDGE)).toBe(split.id);
      } finally {
        again.close();
      }
    } finally {
      cleanup();
    }
  });
});
