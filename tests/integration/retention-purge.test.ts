import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk } from '../helpers/desk';

/** Retention blanks old posts; what a purged post said must not live on as its cluster's text. */
describe('purge and cluster texts', () => {
  let handle: OpenDesk;
  const clusterOf = (externalId: string) =>
    handle.db.prepare('SELECT pc.cluster_id FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE p.external_id = ?').pluck().get(externalId) as number;
  const clusterText = (id: number) => handle.db.prepare('SELECT representative_text FROM clusters WHERE id = ?').pluck().get(id) as string;

  beforeEach(() => {
    handle = memoryDesk();
    handle.desk.ingestPosts([
      { platform: 'x', id: 'old', text: 'Gas leak on Elm Street, whole block evacuating, my neighbor Jane Oldie says call her at 555-867-5309', posted_at: '2026-07-01T10:00:00Z', author: { handle: '@oldie' } },
      { platform: 'x', id: 'new-1', text: 'Gas leak on Elm Street, whole block evacuating', posted_at: '2026-11-19T10:00:00Z', author: { handle: '@a1' } },
      { platform: 'x', id: 'new-2', text: 'gas leak on Elm Street whole block evacuating!!', posted_at: '2026-11-19T11:00:00Z', author: { handle: '@a2' } },
    ]);
  });
  afterEach(() => handle.close());

  it('gives a cluster whose representative is purged the text of its earliest remaining post', () => {
    const cluster = clusterOf('old');
    expect(clusterOf('new-1')).toBe(cluster);
    expect(clusterText(cluster)).toContain('555-867-5309');
    const report = handle.desk.purge('90d', 'test');
    expect(report.postsPurged).toBe(1);
    expect(clusterText(cluster)).toBe('Gas leak on Elm Street, whole block evacuating');
    const shown = JSON.stringify(handle.desk.clusters.list({}));
    expect(shown).not.toMatch(/Oldie|555-867-5309/);
  });

  it('keeps a split working after the purge (the purged post has no text to stand for a cluster)', () => {
    handle.desk.purge('90d', 'test');
    const postId = handle.db.prepare("SELECT id FROM posts WHERE external_id = 'new-1'").pluck().get() as number;
    expect(() => handle.desk.clusters.splitPost(postId, 'test')).not.toThrow();
    expect(clusterText(clusterOf('old'))).not.toMatch(/Oldie|555-867-5309/);
  });
});

/** A purged post's handle goes too, without changing how many authors a cluster counts. */
describe('purge and author handles', () => {
  let handle: OpenDesk;
  const authors = () => handle.db.prepare('SELECT cluster_id AS c, author FROM cluster_authors ORDER BY cluster_id, author').all() as { c: number; author: string }[];
  const uniqueAuthors = () => handle.db.prepare('SELECT id, unique_authors AS n FROM clusters ORDER BY id').all();

  beforeEach(() => {
    handle = memoryDesk();
    handle.desk.ingestPosts([
      { platform: 'x', id: 'o1', text: 'Gas leak on Elm Street, whole block evacuating', posted_at: '2026-07-01T10:00:00Z', author: { handle: '@oldie' } },
      { platform: 'x', id: 'o2', text: 'gas leak on Elm Street whole block evacuating!', posted_at: '2026-07-01T11:00:00Z', author: { handle: '@both' } },
      { platform: 'x', id: 'n1', text: 'Gas leak on Elm Street, whole block evacuating!!', posted_at: '2026-11-19T10:00:00Z', author: { handle: '@both' } },
      { platform: 'x', id: 'n2', text: 'Gas leak on Elm Street, whole block evacuating!!!', posted_at: '2026-11-19T11:00:00Z', author: { handle: '@newbie' } },
    ]);
  });
  afterEach(() => handle.close());

  it('leaves no purged-only handle in the posts or the author lists, and keeps the counts', () => {
    const before = uniqueAuthors();
    handle.desk.purge('90d', 'test');
    expect(JSON.stringify(handle.db.prepare('SELECT author_handle FROM posts').pluck().all())).not.toContain('@oldie');
    expect(authors().map((a) => a.author)).not.toContain('@oldie');
    // '@both' still has a kept post in the cluster, so it is still named there.
    expect(authors().map((a) => a.author)).toContain('@both');
    expect(uniqueAuthors()).toEqual(before);
    // A recount (after a split, a move) comes to the same number.
    const postId = handle.db.prepare("SELECT id FROM posts WHERE external_id = 'n2'").pluck().get() as number;
    const clusterId = handle.db.prepare('SELECT cluster_id FROM post_clusters WHERE post_id = ?').pluck().get(postId) as number;
    handle.desk.clusters.splitPost(postId, 'test');
    handle.desk.clusters.movePost(postId, clusterId, 'test');
    expect(handle.db.prepare('SELECT unique_authors FROM clusters WHERE id = ?').pluck().get(clusterId)).toBe(3);
  });

  it.each(['o1', 'o2'])('shows no author for purged post %s (o2 keeps its handle in the store: its author has a kept post there)', (externalId) => {
    handle.desk.purge('90d', 'test');
    const postId = handle.db.prepare('SELECT id FROM posts WHERE external_id = ?').pluck().get(externalId) as number;
    const shown = handle.desk.clusters.show(handle.db.prepare('SELECT cluster_id FROM post_clusters WHERE post_id = ?').pluck().get(postId));
    expect(shown.posts.find((p) => p.id === postId)?.author.handle).toBeNull();
  });
});
