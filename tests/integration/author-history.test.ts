import { openDatabase, type Db } from '../../src/store/database';
import { migrate } from '../../src/store/migrate';
import { PostsRepo } from '../../src/store/posts-repo';
import { AUTHOR_HISTORY_WINDOW } from '../../src/core/post-rules';

const NOW = '2026-12-01T00:00:00.000Z';

/** `count` posts by `handle`, each a member of `clusterId`. */
function postsIn(db: Db, handle: string, clusterId: number, count: number): void {
  const post = db.prepare("INSERT INTO posts (platform, content_hash, dedup_key, author_handle, text, ingested_at) VALUES ('x', ?, ?, ?, 'a claim', ?)");
  const member = db.prepare("INSERT INTO post_clusters (post_id, cluster_id, reason, assigned_at) VALUES (?, ?, 'near_duplicate', ?)");
  for (let i = 0; i < count; i++) {
    const key = `${handle}-${clusterId}-${i}`;
    const id = Number(post.run(key, key, handle, NOW).lastInsertRowid);
    member.run(id, clusterId, NOW);
  }
}

describe("an author's record on the desk", () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    migrate(db);
    const cluster = db.prepare("INSERT INTO clusters (id, representative_text, stance, match_decision, created_at, updated_at) VALUES (?, 'claim', ?, 'strong', ?, ?)");
    cluster.run(1, 'contradicts', NOW, NOW);
    cluster.run(2, 'supports', NOW, NOW);
  });
  afterEach(() => db.close());

  it('counts every earlier claim of an author with fewer posts than the window', () => {
    postsIn(db, '@few', 1, 3);
    postsIn(db, '@few', 2, 5);
    expect(new PostsRepo(db).authorHistories(['@few', '@nobody'])).toEqual(new Map([['@few', { priorClaims: 8, priorContradicted: 3 }]]));
  });

  it("reads only a prolific author's latest posts, in the batch read and the per-post one alike", () => {
    // 60 contradicted claims, then window - 10 others: the window holds the last 10 contradicted ones.
    postsIn(db, '@bot', 1, 60);
    postsIn(db, '@bot', 2, AUTHOR_HISTORY_WINDOW - 10);
    const expected = { priorClaims: AUTHOR_HISTORY_WINDOW, priorContradicted: 10 };
    const repo = new PostsRepo(db);
    expect(repo.authorHistories(['@bot']).get('@bot')).toEqual(expected);
    expect(repo.authorHistory('@bot', 1_000_000)).toEqual(expected);
  });

  it("skips an author's purged posts and reads the kept ones from the author index alone (issue 17)", () => {
    postsIn(db, '@old', 1, 4);
    postsIn(db, '@old', 2, 2);
    db.prepare("UPDATE posts SET purged_at = ? WHERE author_handle = '@old' AND id <= 3").run(NOW);
    const repo = new PostsRepo(db);
    expect(repo.authorHistories(['@old']).get('@old')).toEqual({ priorClaims: 3, priorContradicted: 1 });
    expect(repo.authorHistory('@old', 1_000_000)).toEqual({ priorClaims: 3, priorContradicted: 1 });
    // Looked up in the table, each of the twenty posts was a page of its own on a big desk.
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM posts WHERE author_handle = ? AND purged_at IS NULL ORDER BY id DESC LIMIT 20').all('@old') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toBe('SEARCH posts USING COVERING INDEX posts_author (author_handle=? AND purged_at=?)');
  });
});
