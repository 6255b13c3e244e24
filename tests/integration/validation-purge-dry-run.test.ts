import { join } from 'path';
import Database from 'better-sqlite3';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { runCommand, tempDir } from '../helpers/desk';

/** `purge --dry-run` says what a purge would remove, with a real purge's figures, and removes nothing. */
describe('rumordesk purge --dry-run', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;

  beforeEach(() => {
    tmp = tempDir();
    db = join(tmp.dir, 'desk.db');
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      handle.desk.ingestPosts([
        { platform: 'x', id: 'old-1', text: 'Call Dana Whitfield at 555-201-7788, she says the dam broke', posted_at: '2020-01-01T10:00:00Z', author: { handle: '@dana' } },
        { platform: 'x', id: 'new-1', text: 'Shelter at Northgate High is full tonight', author: { handle: '@sam' } },
      ]);
    } finally {
      handle.close();
    }
  });
  afterEach(() => tmp.cleanup());

  const state = () => {
    const conn = new Database(db, { readonly: true });
    try {
      return {
        texts: conn.prepare('SELECT external_id AS id, text, author_handle AS handle FROM posts ORDER BY external_id').all(),
        purges: conn.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'retention.purge'").pluck().get(),
        clusters: conn.prepare('SELECT id, representative_text AS text FROM clusters ORDER BY id').all(),
      };
    } finally {
      conn.close();
    }
  };

  it('reports what would go and leaves posts, clusters and the audit log as they were', async () => {
    const before = state();
    const run = await runCommand(['purge', '--older-than', '90d', '--dry-run', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Dry run: would purge 1 post\(s\) older than \S+ and redact \d+ cluster text\(s\); nothing was changed\.\n$/);
    expect(state()).toEqual(before);
  });

  it('gives the figures the purge then reports', async () => {
    const dry = await runCommand(['purge', '--older-than', '90d', '--dry-run', '--json', '--db', db]);
    const real = await runCommand(['purge', '--older-than', '90d', '--json', '--db', db]);
    const dryReport = JSON.parse(dry.stdout);
    const realReport = JSON.parse(real.stdout);
    expect(dryReport).toMatchObject({ dryRun: true, postsPurged: 1, clustersRedacted: 1 });
    expect(realReport).toMatchObject({ dryRun: false, postsPurged: 1 });
    expect({ ...dryReport, cutoff: null, dryRun: null }).toEqual({ ...realReport, cutoff: null, dryRun: null });
    expect(state()).toMatchObject({ purges: 1, texts: [{ id: 'new-1', text: 'Shelter at Northgate High is full tonight', handle: '@sam' }, { id: 'old-1', text: null, handle: expect.stringMatching(/^purged:[0-9a-f]{16}$/) }] });
  });
});
