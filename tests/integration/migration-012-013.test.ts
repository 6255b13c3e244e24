import { openDatabase } from '../../src/store/database';
import { migrate } from '../../src/store/migrate';
import { MIGRATIONS } from '../../src/store/migrations';
import { createClustersRepo } from '../../src/store/clusters';

const NOW = '2026-11-20T12:00:00.000Z';

describe('migration 012: posts per hour per cluster in one keyed tree', () => {
  it('keeps every hour of every cluster, then counts on as before', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 11));
    db.prepare(`INSERT INTO clusters (id, representative_text, created_at, updated_at) VALUES (1, 'bridge collapsed', ?, ?), (2, 'shelter full', ?, ?)`).run(NOW, NOW, NOW, NOW);
    const hour = db.prepare('INSERT INTO cluster_hourly (cluster_id, hour, posts, engagement) VALUES (?, ?, ?, ?)');
    hour.run(1, '2026-11-20T10:00:00.000Z', 3, 40);
    hour.run(1, '2026-11-20T11:00:00.000Z', 5, 7);
    hour.run(2, '2026-11-20T11:00:00.000Z', 1, 0);

    expect(migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version > 11).map((m) => m.version));
    expect(db.prepare('SELECT cluster_id, hour, posts, engagement FROM cluster_hourly ORDER BY cluster_id, hour').all()).toEqual([
      { cluster_id: 1, hour: '2026-11-20T10:00:00.000Z', posts: 3, engagement: 40 },
      { cluster_id: 1, hour: '2026-11-20T11:00:00.000Z', posts: 5, engagement: 7 },
      { cluster_id: 2, hour: '2026-11-20T11:00:00.000Z', posts: 1, engagement: 0 },
    ]);
    // One tree: no rowid beside the key, and no separate index on it.
    expect(() => db.prepare('SELECT rowid FROM cluster_hourly').all()).toThrow(/rowid/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'cluster_hourly' AND type = 'index'").all()).toEqual([]);
    expect(db.pragma('foreign_key_list(cluster_hourly)')).toEqual([expect.objectContaining({ table: 'clusters', from: 'cluster_id' })]);
    expect(() => hour.run(9, '2026-11-20T11:00:00.000Z', 1, 0)).toThrow(/FOREIGN KEY/);

    const clusters = createClustersRepo(db);
    clusters.addCounters(
      [{ clusterId: 1, membership: { postId: 1, reason: 'near_duplicate', similarity: 0.9, pinned: false, author: '@a', platform: 'x', postedAt: '2026-11-20T11:30:00Z', engagement: 2, fromNewAccount: false, isCopy: false } }],
      NOW,
    );
    expect(db.prepare("SELECT posts, engagement FROM cluster_hourly WHERE cluster_id = 1 AND hour = '2026-11-20T11:00:00.000Z'").get()).toEqual({ posts: 6, engagement: 9 });
    db.close();
  });
});

describe('migration 013: no index on the bare priority', () => {
  it('drops it, and the scores are still found by what they score', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 12));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'scores_priority'").all()).toHaveLength(1);
    migrate(db);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'scores_priority'").all()).toEqual([]);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT c.id FROM clusters c LEFT JOIN scores s ON s.subject_type = 'cluster' AND s.subject_id = c.id ORDER BY COALESCE(s.priority, 0) DESC, c.id")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/SEARCH s USING INDEX sqlite_autoindex_scores_1/);
    db.close();
  });
});
