import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openDatabase, type Db } from '../../src/store/database';

describe('a desk file as openDatabase opens it', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rumordesk-open-'));
    db = openDatabase(join(dir, 'desk.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes ahead, enforces foreign keys and waits for a busy writer', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(10000);
  });

  it('opens read-only with foreign keys on, and refuses writes', () => {
    db.exec('CREATE TABLE t (x)');
    const reader = openDatabase(join(dir, 'desk.db'), { readonly: true });
    try {
      expect(reader.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() => reader.exec('CREATE TABLE u (x)')).toThrow(/readonly/);
    } finally {
      reader.close();
    }
  });
});
