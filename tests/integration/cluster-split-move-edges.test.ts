import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk } from '../helpers/desk';

/** An officer's split or move never leaves an empty cluster open in the queue. */
describe('cluster split and move at the edges', () => {
  let handle: OpenDesk;
  const postId = (externalId: string) => handle.db.prepare('SELECT id FROM posts WHERE external_id = ?').pluck().get(externalId) as number;
  const clusterOf = (externalId: string) => handle.desk.clusters.show(handle.db.prepare('SELECT cluster_id FROM post_clusters WHERE post_id = ?').pluck().get(postId(externalId)));

  beforeEach(() => {
    handle = memoryDesk();
    handle.desk.ingestPosts([
      { platform: 'x', id: 'a1', text: 'Shelter at Northgate High is full and turning people away', posted_at: '2026-11-19T10:00:00Z' },
      { platform: 'x', id: 'a2', text: 'Shelter at Northgate High is full and turning people away!!', posted_at: '2026-11-19T10:05:00Z' },
      { platform: 'x', id: 'b1', text: 'Route 9 bridge is closed after the crash this morning', posted_at: '2026-11-19T10:10:00Z' },
    ]);
  });
  afterEach(() => handle.close());

  it("refuses to split a cluster's only post", () => {
    const single = clusterOf('b1');
    expect(single.postCount).toBe(1);
    expect(() => handle.desk.clusters.splitPost(postId('b1'), 'officer')).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
    expect(handle.desk.clusters.list({}).length).toBe(2);
  });

  it("merges the cluster whose last post is moved out, so it leaves the queue", () => {
    const from = clusterOf('b1');
    const to = clusterOf('a1');
    handle.desk.clusters.movePost(postId('b1'), to.id, 'officer');
    expect(handle.desk.clusters.show(from.id)).toMatchObject({ status: 'merged', mergedInto: to.id, credibility: null, triage: null });
    expect(handle.desk.clusters.list({}).map((c) => c.id)).toEqual([to.id]);
  });
});
