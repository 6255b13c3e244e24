import { join } from 'path';
import type { OpenDesk } from '../../src/composition/open-desk';
import { importedDatabase, memoryDesk, readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

/** A filter the log cannot read is refused: "nothing since then" or "everything" would be a wrong answer. */
describe('audit log filters', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    handle = memoryDesk();
    handle.desk.statements.add({ title: 'Elm Street bridge closed', body: 'Closed for high water.', published_at: '2026-11-03T15:20:00Z' }, 'officer');
    http = await startHttp(handle);
  });
  afterAll(async () => {
    await http.close();
    handle.close();
  });

  it.each(['limit=abc', 'limit=-1', 'limit=0', 'limit=5000', 'since=bad', 'since=2026-13-45'])('GET /api/audit?%s → 400 VALIDATION_FAILED', async (query) => {
    const res = await fetch(`${http.url}/api/audit?${query}`);
    expect(res.status).toBe(400);
    expect((await readJson(res)).error.code).toBe('VALIDATION_FAILED');
  });

  it('reads good filters as before', async () => {
    const all = await readJson(await fetch(`${http.url}/api/audit?limit=5&since=2000-01-01`));
    expect(all.items.length).toBeGreaterThan(0);
    expect((await readJson(await fetch(`${http.url}/api/audit?since=2999-01-01`))).items).toEqual([]);
    expect((await readJson(await fetch(`${http.url}/api/audit?actor=officer`))).items.every((a: { actor: string }) => a.actor === 'officer')).toBe(true);
  });

  it('refuses them from the CLI with exit 2', async () => {
    const tmp = tempDir();
    try {
      const db = await importedDatabase(tmp.dir, join(__dirname, '../fixtures/score/statements.jsonl'));
      for (const args of [['--since', 'notadate'], ['--limit', '-1']]) {
        const run = await runCommand(['audit', '--db', db, ...args]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^rumordesk: VALIDATION_FAILED: Invalid audit query: (since|limit)/);
      }
    } finally {
      tmp.cleanup();
    }
  });
});
