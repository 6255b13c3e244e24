import { spawn } from 'child_process';
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import Database from 'better-sqlite3';
import { CHUNK_ROWS } from '../../src/cli/commands/score';
import { runCommand, tempDir } from '../helpers/desk';

const ROOT = resolve(__dirname, '../..');
// Enough rows that a kill after the first committed chunk leaves work for the re-run.
const ROWS = CHUNK_ROWS * 2 + CHUNK_ROWS / 2;

/** Seeded posts: repeated rumor texts, reposts of earlier posts and one-off posts. */
function generatePosts(n: number): string {
  let state = 7;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const rumors = ['Harbor Bridge collapsed into the river', 'Tap water in Ridgeport is contaminated', 'Gas leak on Elm Street, evacuate now', 'Curfew tonight at 8pm citywide'];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const roll = rand();
    const text =
      roll < 0.5 ? `${rumors[Math.floor(rand() * rumors.length)]} ${['!!', 'please share', 'omg', ''][Math.floor(rand() * 4)]}` : `Post number ${i} about ${['lunch', 'traffic', 'the game', 'a lost cat'][i % 4]} on street ${Math.floor(rand() * 500)}`;
    const repostOf = i > 10 && rand() < 0.2 ? `p${Math.floor(rand() * i)}` : null;
    lines.push(JSON.stringify({ platform: 'x', id: `p${i}`, author: { handle: `user${Math.floor(rand() * 300)}` }, text, posted_at: new Date(Date.parse('2026-11-03T00:00:00Z') + i * 20_000).toISOString(), repost_of: repostOf }));
  }
  return lines.join('\n') + '\n';
}

function counts(db: string) {
  const handle = new Database(db, { readonly: true, fileMustExist: true });
  handle.pragma('busy_timeout = 5000');
  const count = (sql: string) => (handle.prepare(sql).get() as { n: number }).n;
  const result = {
    posts: count('SELECT COUNT(*) AS n FROM posts'),
    distinctPosts: count('SELECT COUNT(DISTINCT dedup_key) AS n FROM posts'),
    memberships: count('SELECT COUNT(*) AS n FROM post_clusters'),
    clusters: count('SELECT COUNT(*) AS n FROM clusters'),
    postScores: count("SELECT COUNT(*) AS n FROM scores WHERE subject_type = 'post'"),
    clusteredPosts: count('SELECT COALESCE(SUM(post_count), 0) AS n FROM clusters'),
  };
  handle.close();
  return result;
}

function postsCommitted(db: string): number {
  try {
    return counts(db).posts;
  } catch {
    // The file or its tables do not exist yet.
    return 0;
  }
}

describe('rumordesk score after kill -9', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  test('a re-run after a kill mid-batch ends with exactly the rows of a clean run', async () => {
    const file = join(tmp.dir, 'posts.jsonl');
    writeFileSync(file, generatePosts(ROWS));
    const clean = join(tmp.dir, 'clean.db');
    const crashed = join(tmp.dir, 'crashed.db');

    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'score', file, '--db', crashed], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | number | null>((done) => child.on('exit', (code, signal) => done(signal ?? code)));
    // Kill it once at least one chunk is committed, polling read-only.
    let committed = 0;
    while (committed < CHUNK_ROWS) {
      await new Promise((r) => setTimeout(r, 100));
      committed = postsCommitted(crashed);
      if (child.exitCode !== null) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = counts(crashed);
    expect(partial.posts).toBeGreaterThanOrEqual(CHUNK_ROWS);
    expect(partial.posts).toBeLessThan(ROWS);
    // Whole chunks only: the transaction of the chunk in flight left nothing behind.
    expect(partial.posts % CHUNK_ROWS).toBe(0);
    expect(partial.memberships).toBe(partial.posts);

    const resumed = await runCommand(['score', file, '--db', crashed]);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`Rows read: ${ROWS}  stored: ${ROWS - partial.posts}  duplicates: ${partial.posts}`);
    expect((await runCommand(['score', file, '--db', clean])).code).toBe(0);

    const after = counts(crashed);
    expect(after).toEqual(counts(clean));
    expect(after.posts).toBe(ROWS);
    expect(after.distinctPosts).toBe(ROWS);
    expect(after.clusteredPosts).toBe(ROWS);
  }, 180_000);
});
