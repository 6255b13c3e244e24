import { join } from 'path';
import Database from 'better-sqlite3';
import { CHUNK_ROWS } from '../../src/cli/commands/score';
import { tempDir } from '../helpers/desk';
import { peek, spawnTs, waitUntil } from '../helpers/child-cli';
import { postRows, writePosts, writeStatements } from '../helpers/child-fixtures';
import { Rng } from '../helpers/fuzz-values';

const SEED = 4242;
const STATEMENTS = 3000;
const POSTS = CHUNK_ROWS * 2 + CHUNK_ROWS / 2;
/** The score command's transaction size (src/cli/commands/score.ts). */
const CHUNK = CHUNK_ROWS;

function inspect(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get() as number | string;
    return {
      integrity: one('PRAGMA integrity_check'),
      statements: one('SELECT COUNT(*) FROM statements') as number,
      creates: one("SELECT COUNT(*) FROM audit_log WHERE action = 'statement.create'") as number,
      duplicateCreates: one("SELECT COUNT(*) FROM (SELECT target_id FROM audit_log WHERE action = 'statement.create' GROUP BY target_id HAVING COUNT(*) > 1)") as number,
      orphanCreates: one("SELECT COUNT(*) FROM audit_log a WHERE a.action = 'statement.create' AND NOT EXISTS (SELECT 1 FROM statements s WHERE CAST(s.id AS TEXT) = a.target_id)") as number,
      imports: one("SELECT COUNT(*) FROM audit_log WHERE action = 'statement.import'") as number,
      posts: one('SELECT COUNT(*) FROM posts') as number,
      distinctPosts: one('SELECT COUNT(DISTINCT external_id) FROM posts') as number,
      unclustered: one('SELECT COUNT(*) FROM posts p WHERE NOT EXISTS (SELECT 1 FROM post_clusters pc WHERE pc.post_id = p.id)') as number,
      unscored: one("SELECT COUNT(*) FROM posts p WHERE NOT EXISTS (SELECT 1 FROM scores s WHERE s.subject_type = 'post' AND s.subject_id = p.id)") as number,
      orphanMembers: one('SELECT COUNT(*) FROM post_clusters pc WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = pc.post_id)') as number,
      clusterCountDrift: one('SELECT COUNT(*) FROM clusters c WHERE c.post_count <> (SELECT COUNT(*) FROM post_clusters pc WHERE pc.cluster_id = c.id)') as number,
    };
  } finally {
    db.close();
  }
}

describe('kill -9 during a batch, then run it again', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('statements import is all or nothing, and a re-run completes it exactly once', async () => {
    const rng = new Rng(SEED);
    const file = join(tmp.dir, 'statements.jsonl');
    writeStatements(file, STATEMENTS);
    // Seeded kill moments across the run (start-up, open, parse, the one transaction, exit); each on a fresh file.
    for (const [attempt, delay] of [800 + rng.int(600), 1300 + rng.int(600), 1800 + rng.int(700)].entries()) {
      const db = join(tmp.dir, `desk-${attempt}.db`);
      const run = spawnTs('src/cli/main.ts', ['statements', 'import', file, '--db', db]);
      await new Promise((r) => setTimeout(r, delay));
      run.child.kill('SIGKILL');
      await run.exited;
      // A kill before the first migration committed leaves an empty file: nothing was written.
      const migrated = (peek<number>(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'statements'") ?? 0) === 1;
      if (!migrated && (peek<number>(db, 'SELECT 1') ?? 0) === 1) {
        expect(peek<string>(db, 'PRAGMA integrity_check')).toBe('ok');
      }
      if (migrated) {
        const killed = inspect(db);
        expect(killed.integrity).toBe('ok');
        // All or nothing: either no statement and no audit entry, or every one with one entry each.
        expect([0, STATEMENTS]).toContain(killed.statements);
        expect(killed).toMatchObject({ creates: killed.statements, duplicateCreates: 0, orphanCreates: 0, imports: killed.statements ? 1 : 0 });
      }
      const again = spawnTs('src/cli/main.ts', ['statements', 'import', file, '--db', db]);
      const { code, stderr } = await again.exited;
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const state = inspect(db);
      expect(state).toMatchObject({ integrity: 'ok', statements: STATEMENTS, creates: STATEMENTS, duplicateCreates: 0, orphanCreates: 0 });
      expect(state.imports).toBeGreaterThanOrEqual(1);
    }
  }, 120_000);

  it('score keeps whole chunks only, and a re-run stores exactly the missing posts', async () => {
    const rng = new Rng(SEED + 1);
    const db = join(tmp.dir, 'desk.db');
    const file = join(tmp.dir, 'posts.jsonl');
    writePosts(file, postRows('p', 0, POSTS));
    const run = spawnTs('src/cli/main.ts', ['score', file, '--db', db]);
    // Wait until the first chunk has committed, then kill somewhere inside the next one.
    const committed = await waitUntil(() => (peek<number>(db, 'SELECT COUNT(*) FROM posts') ?? 0) >= CHUNK);
    await new Promise((r) => setTimeout(r, rng.int(800)));
    run.child.kill('SIGKILL');
    const killed = await run.exited;
    expect(committed).toBe(true);
    expect(killed.signal).toBe('SIGKILL');

    const mid = inspect(db);
    expect(mid).toMatchObject({ integrity: 'ok', unclustered: 0, unscored: 0, orphanMembers: 0, clusterCountDrift: 0 });
    expect(mid.posts % CHUNK).toBe(0);
    expect(mid.posts).toBeGreaterThanOrEqual(CHUNK);
    expect(mid.posts).toBeLessThan(POSTS);

    const again = spawnTs('src/cli/main.ts', ['score', file, '--db', db]);
    const done = await again.exited;
    expect({ code: done.code, stderr: done.stderr }).toEqual({ code: 0, stderr: '' });
    expect(again.stdout()).toContain(`stored: ${POSTS - mid.posts}  duplicates: ${mid.posts}`);
    expect(inspect(db)).toMatchObject({ integrity: 'ok', posts: POSTS, distinctPosts: POSTS, unclustered: 0, unscored: 0, orphanMembers: 0, clusterCountDrift: 0 });
  }, 150_000);
});
