import { openDatabase, type Db } from '../../src/store/database';
import { databaseHealth, dataVersion } from '../../src/store/database-status';
import { migrate } from '../../src/store/migrate';
import { transactionOf } from '../../src/store/transactions';

function addPost(db: Db, key: string): void {
  db.prepare("INSERT INTO posts (platform, content_hash, dedup_key, text, ingested_at) VALUES ('x', ?, ?, 'a post', '2026-12-01T00:00:00.000Z')").run(key, key);
}

describe('the database behind the desk', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    migrate(db);
  });
  afterEach(() => db.close());

  it('reports its schema version and row counts, and a data version that moves with new posts', () => {
    const before = dataVersion(db);
    addPost(db, 'k1');
    expect(dataVersion(db)).not.toBe(before);
    expect(databaseHealth(db)).toEqual({ schemaVersion: expect.any(Number), statements: 0, posts: 1, clusters: 0 });
    expect(databaseHealth(db).schemaVersion).toBeGreaterThan(0);
  });

  it('rolls a failed transaction back, nested ones as savepoints', () => {
    const transaction = transactionOf(db);
    expect(() => transaction(() => { addPost(db, 'k1'); throw new Error('stop'); })).toThrow('stop');
    transaction(() => { addPost(db, 'k2'); expect(() => transaction(() => { addPost(db, 'k3'); throw new Error('inner'); })).toThrow('inner'); });
    expect(databaseHealth(db).posts).toBe(1);
  });
});
