import { join } from 'path';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { importedDatabase, readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

const STATEMENTS = join(__dirname, '../fixtures/score/statements.jsonl');

/** `draft CLUSTER_ID` or `draft --text`: given both, the text used to be dropped without a word. */
describe('what a draft is for', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  let clusterId: string;

  beforeAll(async () => {
    tmp = tempDir();
    db = await importedDatabase(tmp.dir, STATEMENTS);
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      handle.desk.ingestPosts([{ platform: 'x', id: 'd-1', text: 'The Harbor Bridge collapsed this morning!', posted_at: '2026-11-19T10:00:00Z' }]);
      clusterId = String(handle.desk.clusters.list({})[0]?.id);
    } finally {
      handle.close();
    }
  });
  afterAll(() => tmp.cleanup());

  const draftCount = async () => JSON.parse((await runCommand(['drafts', 'list', '--db', db, '--json'])).stdout).items.length as number;

  it('draft ID --text "..." is a usage error (exit 2) and drafts nothing', async () => {
    const before = await draftCount();
    const run = await runCommand(['draft', clusterId, '--text', 'Schools are closed tomorrow', '--platform', 'x', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rumordesk: VALIDATION_FAILED: Give a cluster id or a claim text to draft for, not both.\n');
    expect(await draftCount()).toBe(before);
  });

  it.each([[['CLUSTER']], [['--text', 'Schools are closed tomorrow']]])('drafts with %j alone', async (target) => {
    const run = await runCommand(['draft', ...target.map((a) => (a === 'CLUSTER' ? clusterId : a)), '--platform', 'x', '--db', db, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).items).toHaveLength(1);
  });

  it('POST /api/drafts with both answers 400', async () => {
    const handle = openDesk(loadConfig({ db }, {}));
    const http = await startHttp(handle);
    try {
      const res = await fetch(`${http.url}/api/drafts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clusterId: Number(clusterId), text: 'Schools are closed tomorrow', platform: 'x' }) });
      expect(res.status).toBe(400);
      expect((await readJson(res)).error.code).toBe('VALIDATION_FAILED');
    } finally {
      await http.close();
      handle.close();
    }
  });
});
