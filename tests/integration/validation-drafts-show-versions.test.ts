import { join } from 'path';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { importedDatabase, runCommand, tempDir } from '../helpers/desk';

const STATEMENTS = join(__dirname, '../fixtures/score/statements.jsonl');

/** The text view shows what --json shows: every version with its editor and time. */
describe('drafts show in text mode', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  let draftId: number;

  beforeAll(async () => {
    tmp = tempDir();
    db = await importedDatabase(tmp.dir, STATEMENTS);
    let at = new Date('2026-11-20T09:00:00Z');
    const handle = openDesk(loadConfig({ db }, {}), () => at);
    try {
      draftId = handle.desk.drafts.generate({ text: 'They say the Harbor Bridge is closed' }, 'x', 'ann')[0]?.id as number;
      at = new Date('2026-11-20T09:30:00Z');
      handle.desk.drafts.edit(draftId, 'The Harbor Bridge is closed for inspection.  It has not collapsed.', 'bob');
    } finally {
      handle.close();
    }
  });
  afterAll(() => tmp.cleanup());

  it('lists each version with its number, editor and time', async () => {
    const run = await runCommand(['drafts', 'show', String(draftId), '--db', db]);
    expect(run.code).toBe(0);
    const versions = run.stdout.split('Versions:\n')[1]?.split('\nHistory:')[0] ?? '';
    const rows = versions.trim().split('\n').slice(2);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^1\s+ann\s+2026-11-20T09:00:00\.000Z\s+\S/);
    expect(rows[1]).toMatch(/^2\s+bob\s+2026-11-20T09:30:00\.000Z\s+The Harbor Bridge is closed for inspection\. It has not/);
  });

  it('lists the same versions as --json', async () => {
    const shown = JSON.parse((await runCommand(['drafts', 'show', String(draftId), '--db', db, '--json'])).stdout);
    expect(shown.versions.map((v: { version: number; editedBy: string }) => [v.version, v.editedBy])).toEqual([
      [1, 'ann'],
      [2, 'bob'],
    ]);
  });
});
