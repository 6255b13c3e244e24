import type { OpenDesk } from '../../src/composition/open-desk';
import { emptyDeskFile, memoryDesk, readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

/** A page size over the maximum is refused, naming it, as /api/clusters and /api/audit already do. */
describe('list limits', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    handle = memoryDesk();
    http = await startHttp(handle);
  });
  afterAll(async () => {
    await http.close();
    handle.close();
  });

  it.each(['/api/statements', '/api/drafts'])('%s?limit=501 answers 400 naming the maximum', async (path) => {
    const res = await fetch(`${http.url}${path}?limit=501`);
    expect(res.status).toBe(400);
    expect((await readJson(res)).error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('must be at most 500') });
  });

  it.each(['/api/statements', '/api/drafts'])('%s?limit=500 is still served', async (path) => {
    expect((await fetch(`${http.url}${path}?limit=500`)).status).toBe(200);
  });

  it('statements list --limit 501 is a usage error (exit 2)', async () => {
    const tmp = tempDir();
    try {
      const run = await runCommand(['statements', 'list', '--limit', '501', '--db', emptyDeskFile(`${tmp.dir}/desk.db`)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('VALIDATION_FAILED: Invalid limit: limit: must be at most 500');
    } finally {
      tmp.cleanup();
    }
  });
});
