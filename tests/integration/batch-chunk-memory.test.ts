import { readFileSync } from 'fs';
import { join } from 'path';
import { loadConfig } from '../../src/config';
import { openDesk } from '../../src/composition/open-desk';
import { PostsRepo } from '../../src/store/posts-repo';
import { AUTHOR_HISTORY_WINDOW } from '../../src/core/post-rules';

const DEMO = join(__dirname, '../../data/demo');
const CHUNK = 150;

/**
 * The batch pipeline keeps per-chunk results in memory (author histories read once per chunk,
 * the per-row report built from the pipeline's own results). Both must say exactly what the
 * per-post database reads they replace would have said.
 */
describe('batch chunks kept in memory', () => {
  test('each post is scored on the author history a per-post query gives, and the report equals a read-back', () => {
    const seen: { expected: unknown; actual: unknown }[] = [];
    const handle = openDesk(loadConfig({ db: ':memory:' }, {}), () => new Date('2026-11-20T12:00:00Z'), {
      decorate: (ports, db) => ({
        ...ports,
        credibility: {
          ...ports.credibility,
          scoreClaim: (signals, now) => {
            // Chunks this small are scored in-thread as each post arrives: the newest row is the post.
            const newest = db.prepare('SELECT id, author_handle AS handle FROM posts ORDER BY id DESC LIMIT 1').get() as { id: number; handle: string | null };
            if (newest.handle) seen.push({ expected: new PostsRepo(db).authorHistory(newest.handle, newest.id), actual: signals.authorHistory });
            return ports.credibility.scoreClaim(signals, now);
          },
        },
      }),
    });
    try {
      handle.desk.statements.importFile(readFileSync(join(DEMO, 'statements.jsonl'), 'utf8'), 'jsonl', 'test');
      const rows = readFileSync(join(DEMO, 'posts.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);
      // The second pass re-sends a slice: duplicates are reported from the database.
      const chunks: unknown[][] = [];
      for (let i = 0; i < rows.length; i += CHUNK) chunks.push(rows.slice(i, i + CHUNK));
      chunks.push(rows.slice(0, CHUNK / 2).concat(rows.slice(-CHUNK / 2)));
      let fromMemory = 0;
      for (const chunk of chunks) {
        const summary = handle.desk.ingestPosts(chunk, 1, { detail: true });
        expect(summary.detail).toBeDefined();
        fromMemory += summary.detail?.posts.size ?? 0;
        expect(handle.desk.postReport.many(summary.results, summary.detail)).toEqual(handle.desk.postReport.many(summary.results));
      }
      expect(fromMemory).toBe(rows.length);
      expect(seen.length).toBeGreaterThan(rows.length / 2);
      // The demo has authors whose earlier claims a statement contradicts: the hard case is covered.
      expect(seen.some((s) => (s.expected as { priorContradicted: number }).priorContradicted > 0)).toBe(true);
      // Below the window the chunk's tally is exactly the per-post read. Past it the read stops at
      // the last AUTHOR_HISTORY_WINDOW posts while the tally goes on adding the chunk's own, so it
      // holds at least that many (the factor then says "the author's last N claims").
      type History = { priorClaims: number; priorContradicted: number };
      const within = seen.filter((s) => (s.expected as History).priorClaims < AUTHOR_HISTORY_WINDOW);
      expect(within.length).toBeGreaterThan(seen.length / 2);
      for (const s of within) expect(s.actual).toEqual(s.expected);
      for (const s of seen.filter((x) => !within.includes(x))) expect((s.actual as History).priorClaims).toBeGreaterThanOrEqual(AUTHOR_HISTORY_WINDOW);
    } finally {
      handle.close();
    }
  });
});
