import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openDatabase, type Db } from '../../src/store/database';
import { migrate, schemaVersion } from '../../src/store/migrate';
import { MIGRATIONS } from '../../src/store/migrations';

const T = '2026-11-20T10:00:00.000Z';

/** A version-4 database (before the rename) holding every kind of row migration 005 touches. */
function buildVersion4(path: string): void {
  const db = openDatabase(path);
  migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
  expect(schemaVersion(db)).toBe(4);
  db.exec(`
INSERT INTO statements (id, slug, title, body, published_at, created_at, updated_at)
  VALUES (1, 'bridge', 'Elm St bridge open', 'The bridge is open.', '${T}', '${T}', '${T}');
INSERT INTO posts (id, platform, content_hash, dedup_key, text, posted_at, ingested_at) VALUES
  (1, 'x', 'h1', 'x:1', 'bridge collapsed', '${T}', '${T}'),
  (2, 'x', 'h2', 'x:2', 'bridge closed?', '${T}', '${T}'),
  (3, 'x', 'h3', 'x:3', 'bridge is open', '${T}', '${T}'),
  (4, 'x', 'h4', 'x:4', 'nice weather', '${T}', '${T}');
INSERT INTO clusters (id, representative_post_id, representative_text, status, merged_into, statement_id, stance, match_score, match_decision, created_at, updated_at, replies_deny, peak_hour_posts) VALUES
  (1, 1, 'bridge collapsed', 'open', NULL, 1, 'contradicts', 0.91, 'confirmed', '${T}', '${T}', 3, 7),
  (2, 2, 'bridge closed?', 'open', NULL, 1, 'not_addressed', 0.35, 'suggested', '${T}', '${T}', 0, 1),
  (3, 3, 'bridge is open', 'merged', 1, 1, 'supports', 0.8, 'confirmed', '${T}', '${T}', 0, 1),
  (4, 4, 'nice weather', 'open', NULL, NULL, NULL, NULL, 'none', '${T}', '${T}', 0, 1),
  (5, NULL, 'never matched', 'open', NULL, NULL, NULL, NULL, NULL, '${T}', '${T}', 0, 0);
INSERT INTO post_clusters (post_id, cluster_id, reason, assigned_at) VALUES (1, 1, 'new', '${T}'), (2, 2, 'new', '${T}'), (3, 1, 'near_duplicate', '${T}'), (4, 4, 'new', '${T}');
INSERT INTO cluster_hourly (cluster_id, hour, posts) VALUES (1, '2026-11-20T10', 2), (2, '2026-11-20T10', 1);
INSERT INTO cluster_authors (cluster_id, author) VALUES (1, 'a'), (2, 'b');
INSERT INTO drafts (id, cluster_id, claim_text, statement_id, kind, platform, status, created_by, created_at, updated_at)
  VALUES (1, 1, 'bridge collapsed', 1, 'correction', 'x', 'draft', 'officer', '${T}', '${T}');
INSERT INTO matches (subject_type, subject_id, statement_id, rank, score, decision, stance, stance_reasons, thresholds, created_at) VALUES
  ('cluster', 1, 1, 1, 0.91, 'confirmed', 'contradicts', '["the statement says open"]', '{"suggested":0.1,"confirmed":0.592}', '${T}'),
  ('cluster', 2, 1, 1, 0.35, 'suggested', 'not_addressed', '[]', '{"suggested":0.1,"confirmed":0.592}', '${T}'),
  ('post', 4, 1, 1, 0.01, 'none', 'not_addressed', '[]', '{}', '${T}');
INSERT INTO settings (name, value, updated_at) VALUES ('matching.confirmedThreshold', '0.7', '${T}'), ('matching.suggestedThreshold', '0.2', '${T}'), ('timezone', 'UTC', '${T}');
`);
  db.close();
}

function all<T>(db: Db, sql: string): T[] {
  return db.prepare(sql).all() as T[];
}

describe('migration 005: match strength words and the unclear stance', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rumordesk-m005-'));
    const path = join(dir, 'desk.db');
    buildVersion4(path);
    db = openDatabase(path);
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('converts the stored decisions and keeps every other column', () => {
    expect(migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version >= 5).map((m) => m.version));
    expect(all(db, 'SELECT id, status, merged_into, stance, match_score, match_decision, replies_deny, peak_hour_posts FROM clusters ORDER BY id')).toEqual([
      { id: 1, status: 'open', merged_into: null, stance: 'contradicts', match_score: 0.91, match_decision: 'strong', replies_deny: 3, peak_hour_posts: 7 },
      { id: 2, status: 'open', merged_into: null, stance: 'not_addressed', match_score: 0.35, match_decision: 'possible', replies_deny: 0, peak_hour_posts: 1 },
      { id: 3, status: 'merged', merged_into: 1, stance: 'supports', match_score: 0.8, match_decision: 'strong', replies_deny: 0, peak_hour_posts: 1 },
      { id: 4, status: 'open', merged_into: null, stance: null, match_score: null, match_decision: 'none', replies_deny: 0, peak_hour_posts: 1 },
      { id: 5, status: 'open', merged_into: null, stance: null, match_score: null, match_decision: null, replies_deny: 0, peak_hour_posts: 0 },
    ]);
    expect(all(db, 'SELECT subject_type, subject_id, decision, stance, stance_reasons, thresholds FROM matches ORDER BY id')).toEqual([
      { subject_type: 'cluster', subject_id: 1, decision: 'strong', stance: 'contradicts', stance_reasons: '["the statement says open"]', thresholds: '{"possible":0.1,"strong":0.592}' },
      { subject_type: 'cluster', subject_id: 2, decision: 'possible', stance: 'not_addressed', stance_reasons: '[]', thresholds: '{"possible":0.1,"strong":0.592}' },
      { subject_type: 'post', subject_id: 4, decision: 'none', stance: 'not_addressed', stance_reasons: '[]', thresholds: '{}' },
    ]);
    expect(all(db, 'SELECT name, value FROM settings ORDER BY name')).toEqual([
      { name: 'matching.possibleThreshold', value: '0.2' },
      { name: 'matching.strongThreshold', value: '0.7' },
      { name: 'timezone', value: 'UTC' },
    ]);
  });

  it('accepts the new words and unclear, and refuses the old words', () => {
    migrate(db);
    db.prepare("UPDATE clusters SET stance = 'unclear', match_decision = 'possible' WHERE id = 2").run();
    db.prepare("INSERT INTO matches (subject_type, subject_id, statement_id, rank, score, decision, stance, created_at) VALUES ('post', 2, 1, 1, 0.4, 'possible', 'unclear', 'x')").run();
    expect(() => db.prepare("UPDATE clusters SET match_decision = 'confirmed' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE matches SET decision = 'suggested' WHERE subject_id = 2").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE clusters SET stance = 'maybe' WHERE id = 1").run()).toThrow(/CHECK/);
  });

  it('keeps the indexes and the foreign keys that point at clusters', () => {
    migrate(db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const indexes = all<{ name: string; tbl_name: string }>(db, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
    expect(indexes).toEqual(expect.arrayContaining([
      { name: 'clusters_last_seen', tbl_name: 'clusters' },
      { name: 'matches_subject', tbl_name: 'matches' },
      { name: 'post_clusters_cluster_post_reason', tbl_name: 'post_clusters' },
    ]));
    // Migration 011 replaces (cluster_id, post_id) with the same index carrying the reason.
    expect(indexes.map((i) => i.name)).not.toContain('post_clusters_cluster_post');
    // Migration 009 drops the (cluster_id) index on purpose: (cluster_id, post_id) answers its queries.
    expect(indexes.map((i) => i.name)).not.toContain('post_clusters_cluster');
    // No table is left behind under a working name, and no child points at one.
    expect(all(db, "SELECT name FROM sqlite_master WHERE name LIKE '%\\_new' ESCAPE '\\'")).toEqual([]);
    for (const child of ['post_clusters', 'cluster_hourly', 'cluster_authors', 'drafts', 'clusters']) {
      const parents = all<{ table: string }>(db, `PRAGMA foreign_key_list(${child})`).map((f) => f.table);
      expect(parents.filter((p) => p.startsWith('clusters'))).toEqual(parents.filter((p) => p === 'clusters'));
    }
    expect(all<{ table: string; from: string }>(db, 'PRAGMA foreign_key_list(post_clusters)')).toEqual(
      expect.arrayContaining([expect.objectContaining({ table: 'clusters', from: 'cluster_id' })]),
    );
    // Enforced against the rebuilt table: a dangling child and a referenced parent are refused.
    expect(() => db.prepare("INSERT INTO cluster_hourly (cluster_id, hour, posts) VALUES (99, '2026-11-20T11', 1)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM clusters WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
  });

  it('rolls back a table rebuild that would leave a dangling key, and turns enforcement back on', () => {
    migrate(db);
    const dangling = { version: 999, name: 'dangling', foreignKeysOff: true, sql: 'DELETE FROM clusters WHERE id = 1;' };
    expect(() => migrate(db, [...MIGRATIONS, dangling])).toThrow(/999 \(dangling\) leaves \d+ broken foreign key\(s\): .*→ clusters/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM clusters WHERE id = 1').get()).toEqual({ n: 1 });
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.version);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
