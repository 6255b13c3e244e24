import { join } from 'path';
import { readFileSync, writeFileSync } from 'fs';
import { memoryDesk, readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

/*
 * Issue 18, what the officer sees: a cluster's credibility is the same record a claim's is (how
 * sure included), and the crowd factor names the replies behind it and who wrote them. Real
 * SQLite, the real reply-stance model and credibility model, through the HTTP API and the CLI.
 */

const CLAIM = 'The Elm Street bridge collapsed into the river, avoid downtown!!';
const at = (minutes: number) => new Date(Date.parse('2026-11-19T09:00:00Z') + minutes * 60_000).toISOString();

/** The claim twice (so it is a cluster), then replies: three denials (two from old accounts), one question, one comment. */
function thread() {
  const author = (created: string | null, extra: Record<string, unknown> = {}) => ({ handle: null, followers: 40, ...(created ? { created_at: created } : {}), ...extra });
  return [
    { platform: 'x', id: 'c1', text: CLAIM, posted_at: at(0), url: 'https://x.example/p/c1', author: { handle: '@first', followers: 120 } },
    { platform: 'x', id: 'c2', text: CLAIM, posted_at: at(5), author: { handle: '@second', followers: 80 } },
    { platform: 'x', id: 'r1', text: 'False. Stop spreading rumors, the bridge is open.', reply_to: 'c1', posted_at: at(20), url: 'https://x.example/p/r1', author: author('2019-04-01T00:00:00Z') },
    { platform: 'x', id: 'r2', text: 'this is not true, the bridge did not collapse', reply_to: 'c1', posted_at: at(30), url: 'https://x.example/p/r2', author: author('2021-06-01T00:00:00Z', { verified: true }) },
    { platform: 'x', id: 'r3', text: 'Not true at all, stop spreading this', reply_to: 'c2', posted_at: at(90), author: author('2026-11-01T00:00:00Z') },
    { platform: 'x', id: 'r4', text: 'source?', reply_to: 'c2', posted_at: at(40), author: author(null) },
    { platform: 'x', id: 'r5', text: 'praying for everyone', reply_to: 'c1', posted_at: at(50), author: author(null) },
  ].map((p) => ({ ...p, author: { ...p.author, handle: p.author.handle ?? `@reply${p.id}` } }));
}

interface Factor {
  key: string;
  sentence: string;
  refs?: { kind: string; id: string; url: string | null }[];
}

describe('a cluster’s credibility, as the officer sees it', () => {
  it('carries howSure and a crowd factor naming the denying replies, their accounts and ids, in the API', async () => {
    const handle = memoryDesk();
    const http = await startHttp(handle);
    try {
      const ingest = await fetch(`${http.url}/api/posts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(thread()) });
      expect(ingest.status).toBe(201);
      const results = (await readJson(ingest)).results as { postId: number; outcome: { clusterId: number } }[];
      const [claim, , r1, r2, r3, r4] = results;
      const clusterId = claim?.outcome.clusterId as number;

      const detail = await readJson(await fetch(`${http.url}/api/clusters/${clusterId}`));
      expect(detail.replies).toEqual({ support: 0, deny: 3, query: 1, comment: 1 });
      // The same record a claim's credibility is: how sure in words, as the calibrated model says it.
      expect(detail.credibility.howSure).toMatch(/^Only \d+ in 10 claims like this turned out (true|false): too few to call it, so it stays unverified\.$/);
      const listed = (await readJson(await fetch(`${http.url}/api/clusters`))).items.find((c: { id: number }) => c.id === clusterId);
      expect(listed.credibility).toEqual(detail.credibility);

      const deny = (detail.credibility.factors as Factor[]).find((f) => f.key === 'crowd_deny');
      // r1's account is 7 years old and r2's 5 when they replied; r3's is 18 days old; r2 is verified.
      expect(deny?.sentence).toBe(`3 of 5 replies deny the claim, 2 of them from accounts older than a year, 1 from verified accounts (replies #${r1?.postId}, #${r2?.postId}, #${r3?.postId}).`);
      expect(deny?.refs).toEqual([
        { kind: 'reply', id: String(r1?.postId), url: 'https://x.example/p/r1' },
        { kind: 'reply', id: String(r2?.postId), url: 'https://x.example/p/r2' },
        { kind: 'reply', id: String(r3?.postId), url: null },
      ]);
      expect(r4?.postId).toEqual(expect.any(Number));
      // No handle of a replier reaches the factors.
      expect(JSON.stringify(detail.credibility)).not.toMatch(/@reply/);

      const page = await (await fetch(`${http.url}/clusters/${clusterId}`)).text();
      expect(page).toContain(`How sure: ${detail.credibility.howSure}`);
      expect(page).toContain('<a href="https://x.example/p/r1" rel="noopener noreferrer">#');
    } finally {
      await http.close();
      handle.close();
    }
  });

  it('shows how sure in `clusters show`, `clusters list --json` and the `score` output, from a database file', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const db = join(dir, 'desk.db');
      const input = join(dir, 'posts.jsonl');
      writeFileSync(input, thread().map((p) => JSON.stringify(p)).join('\n') + '\n');
      const out = join(dir, 'scored.jsonl');
      expect((await runCommand(['score', input, '--db', db, '--out', out])).code).toBe(0);
      const show = await runCommand(['clusters', 'show', '1', '--db', db, '--json']);
      const cluster = JSON.parse(show.stdout) as { credibility: { howSure: string; factors: Factor[] } };
      expect(cluster.credibility.howSure).toMatch(/in 10 claims like this turned out/);
      expect(cluster.credibility.factors.find((f) => f.key === 'crowd_deny')?.sentence).toMatch(/^3 of 5 replies deny the claim, 2 of them from accounts older than a year/);
      const text = await runCommand(['clusters', 'show', '1', '--db', db]);
      expect(text.stdout).toContain(`  How sure: ${cluster.credibility.howSure}`);
      const list = JSON.parse((await runCommand(['clusters', 'list', '--db', db, '--json'])).stdout) as { items: { id: number; credibility: { howSure?: string } }[] };
      expect(list.items.find((c) => c.id === 1)?.credibility.howSure).toBe(cluster.credibility.howSure);
      // The batch output says how sure of each post.
      const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { how_sure: string | null });
      expect(rows.every((r) => typeof r.how_sure === 'string' && r.how_sure.length > 0)).toBe(true);
    } finally {
      cleanup();
    }
  });
});
