import { openDatabase } from '../../src/store/database';
import { migrate, schemaVersion } from '../../src/store/migrate';
import { MIGRATIONS } from '../../src/store/migrations';

describe('migrations', () => {
  it('bring an empty database to the latest version, once', () => {
    const db = openDatabase(':memory:');
    const applied = migrate(db);
    expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.version);
    expect(migrate(db)).toEqual([]);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    for (const table of ['statements', 'statement_versions', 'posts', 'clusters', 'post_clusters', 'matches', 'scores', 'drafts', 'draft_versions', 'audit_log', 'settings']) {
      expect(tables).toContain(table);
    }
  });

  it('roll back a failing migration completely, leaving no tracking row', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const broken = { version: 999, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;' };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.version);
  });

  it('enforce foreign keys and refuse changes to the audit log', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    expect(() =>
      db.prepare("INSERT INTO post_clusters (post_id, cluster_id, reason, assigned_at) VALUES (1, 1, 'new', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO audit_log (at, actor, action, target_type) VALUES ('t', 'a', 'b', 'c')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('index the strongly contradicted clusters apart, so author history reads them without a scan of every cluster', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT id FROM clusters WHERE stance = 'contradicts' AND match_decision = 'strong'").all() as { detail: string }[]).map((r) => r.detail);
    expect(plan.join(' ')).toContain('clusters_contradicted');
  });
});
