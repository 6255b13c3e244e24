import { join } from 'path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../src/config';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { CHUNK_ROWS } from '../../src/cli/commands/score';
import { startHttp, tempDir } from '../helpers/desk';
import { spawnTs, waitUntil } from '../helpers/child-cli';
import { postRows, writePosts } from '../helpers/child-fixtures';

/** Posts the CLI batch and the HTTP service both send: each must be stored once. */
const SHARED = postRows('s', 0, 100);
/** The score command's transaction size: the batch spans a few chunks, so it outlasts the first. */
const CHUNK = CHUNK_ROWS;
const CLI_ONLY = postRows('c', 0, CHUNK * 2 + CHUNK / 2 - 100);
const HTTP_ONLY = postRows('h', 0, 500);
const PER_REQUEST = 20;

describe('the service and a CLI batch writing one database at once', () => {
  let tmp: ReturnType<typeof tempDir>;
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    tmp = tempDir();
    handle = openDesk(loadConfig({ db: join(tmp.dir, 'desk.db') }, {}));
    http = await startHttp(handle);
  });
  afterAll(async () => {
    await http.close();
    handle.close();
    tmp.cleanup();
  });

  it('both succeed, and the posts are exactly the union with no duplicates', async () => {
    const file = join(tmp.dir, 'batch.jsonl');
    writePosts(file, [...CLI_ONLY.slice(0, 700), ...SHARED, ...CLI_ONLY.slice(700)]);
    const batch = spawnTs('src/cli/main.ts', ['score', file, '--db', handle.config.db]);

    // The service's share, interleaved with the shared posts, sent while the batch runs.
    const httpRows = [...HTTP_ONLY, ...SHARED].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    // Start once the batch has committed its first chunk, so the two really write at the same time.
    const started = await waitUntil(() => handle.desk.health().posts >= CHUNK);
    expect(started).toBe(true);
    const overlapped: boolean[] = [];
    const statuses: number[] = [];
    const errors: string[] = [];
    for (let i = 0; i < httpRows.length; i += PER_REQUEST) {
      const res = await fetch(`${http.url}/api/posts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(httpRows.slice(i, i + PER_REQUEST)) });
      statuses.push(res.status);
      overlapped.push(batch.child.exitCode === null && batch.child.signalCode === null);
      if (res.status >= 300) errors.push(await res.text());
    }
    const done = await batch.exited;

    expect(errors).toEqual([]);
    expect(overlapped[0]).toBe(true);
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect({ code: done.code, stderr: done.stderr }).toEqual({ code: 0, stderr: '' });

    const db = new Database(handle.config.db, { readonly: true });
    try {
      const one = (sql: string) => db.prepare(sql).pluck().get();
      expect(one('PRAGMA integrity_check')).toBe('ok');
      expect(one('SELECT COUNT(*) FROM posts')).toBe(SHARED.length + CLI_ONLY.length + HTTP_ONLY.length);
      expect(one('SELECT COUNT(DISTINCT external_id) FROM posts')).toBe(SHARED.length + CLI_ONLY.length + HTTP_ONLY.length);
      expect(one('SELECT COUNT(*) FROM posts p WHERE NOT EXISTS (SELECT 1 FROM post_clusters pc WHERE pc.post_id = p.id)')).toBe(0);
      expect(one("SELECT COUNT(*) FROM posts p WHERE NOT EXISTS (SELECT 1 FROM scores s WHERE s.subject_type = 'post' AND s.subject_id = p.id)")).toBe(0);
      expect(one('SELECT COUNT(*) FROM clusters c WHERE c.post_count <> (SELECT COUNT(*) FROM post_clusters pc WHERE pc.cluster_id = c.id)')).toBe(0);
    } finally {
      db.close();
    }
  }, 150_000);
});
