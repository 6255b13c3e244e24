import { join } from 'path';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { runCommand, tempDir } from '../helpers/desk';

/** `clusters show` prints what its help promises: the history, and where a merged cluster went. */
describe('rumordesk clusters show', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeAll(() => {
    tmp = tempDir();
    db = join(tmp.dir, 'desk.db');
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      handle.desk.ingestPosts([
        { platform: 'x', id: '1', text: 'Shelter at Northgate High is full and turning people away', posted_at: '2026-11-19T10:00:00Z' },
        { platform: 'x', id: '2', text: 'Route 9 bridge is closed after the crash this morning', posted_at: '2026-11-19T10:05:00Z' },
      ]);
      handle.desk.clusters.merge(2, 1, 'dana');
    } finally {
      handle.close();
    }
  });
  afterAll(() => tmp.cleanup());

  it('lists the history of the cluster', async () => {
    const run = await runCommand(['clusters', 'show', '1', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/History \(newest first\):\n {2}\S+ {2}cluster\.merge by dana/);
  });

  it('says where a merged cluster went and shows none of its old scores', async () => {
    const run = await runCommand(['clusters', 'show', '2', '--db', db]);
    expect(run.stdout).toContain('(merged into #1: its posts are there now)');
    expect(run.stdout).not.toMatch(/^Credibility|^Triage/m);
    expect(run.stdout).toContain('cluster.merged_into by dana');
  });
});
