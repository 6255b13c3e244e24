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

  it("opens a throwaway file for one writer, without a write-ahead log, and still rolls back", () => {
    const path = join(dir, 'scratch.db');
    const scratch = openDatabase(path, { throwaway: true });
    try {
      expect(scratch.pragma('journal_mode', { simple: true })).toBe('persist');
      expect(scratch.pragma('locking_mode', { simple: true })).toBe('exclusive');
      expect(scratch.pragma('synchronous', { simple: true })).toBe(0);
      expect(scratch.pragma('foreign_keys', { simple: true })).toBe(1);
      scratch.exec('CREATE TABLE t (x)');
      scratch.transaction(() => scratch.prepare('INSERT INTO t VALUES (0)').run())();
      const failing = scratch.transaction(() => {
        scratch.prepare('INSERT INTO t VALUES (1)').run();
        throw new Error('chunk failed');
      });
      expect(() => failing()).toThrow('chunk failed');
      expect(scratch.prepare('SELECT x FROM t').all()).toEqual([{ x: 0 }]);
    } finally {
      scratch.close();
    }
    // the kept journal of the last commit is not a hot journal: the next opening sees the committed row
    const again = openDatabase(path, { throwaway: true });
    try {
      expect(again.prepare('SELECT x FROM t').all()).toEqual([{ x: 0 }]);
    } finally {
      again.close();
    }
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
