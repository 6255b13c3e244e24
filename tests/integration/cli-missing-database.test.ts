import { existsSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runCommand, tempDir } from '../helpers/desk';

/**
 * QA of the weekly summary: a read command on a mistyped --db created an empty database and
 * printed "No rumor activity" (exit 0), and a missing folder gave INTERNAL. Only the commands
 * that start a desk make a database file now; the others refuse a missing one and make nothing.
 */
describe('a command on a database file that does not exist', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => tmp.cleanup());

  it.each([
    ['summary'],
    ['triage'],
    ['clusters', 'list'],
    ['statements', 'list'],
    ['drafts', 'list'],
    ['audit'],
    ['check', 'The Harbor Bridge collapsed'],
    ['users', 'list'],
    ['draft', '12'],
  ])('`%s` refuses it with FILE_NOT_FOUND (exit 3) and creates nothing', async (...args: string[]) => {
    for (const db of [join(tmp.dir, 'typo.db'), join(tmp.dir, 'no-such-folder', 'desk.db')]) {
      const run = await runCommand([...args, '--db', db]);
      expect(run.code).toBe(3);
      expect(run.stderr).toBe(`rumordesk: FILE_NOT_FOUND: No database at ${db}. Check --db or $RUMORDESK_DB; a new one is made by \`rumordesk serve\`, \`statements import\`, \`statements add\`, \`score\`, \`users add\` or \`draft --text\`.\n`);
      expect(existsSync(db)).toBe(false);
    }
  });

  it('`statements import` and `statements add` still start one', async () => {
    const file = join(tmp.dir, 'statements.jsonl');
    writeFileSync(file, `${JSON.stringify({ slug: 'bridge', title: 'Harbor Bridge closed for inspection', body: 'The Harbor Bridge is closed while engineers inspect it.', published_at: '2026-11-20T15:00:00Z' })}\n`);
    const imported = join(tmp.dir, 'imported.db');
    expect((await runCommand(['statements', 'import', file, '--db', imported])).code).toBe(0);
    expect((await runCommand(['statements', 'list', '--db', imported])).stdout).toContain('Harbor Bridge closed for inspection');
    const added = join(tmp.dir, 'added.db');
    expect((await runCommand(['statements', 'add', '--title', 'Burn ban in effect', '--body', 'All outdoor burning is banned.', '--db', added])).code).toBe(0);
    expect(existsSync(added)).toBe(true);
    // A database in a folder that does not exist is a clear refusal too, not INTERNAL.
    const nowhere = join(tmp.dir, 'no-such-folder', 'new.db');
    const run = await runCommand(['statements', 'import', file, '--db', nowhere]);
    expect([run.code, run.stderr]).toEqual([3, `rumordesk: FILE_NOT_FOUND: No folder ${join(tmp.dir, 'no-such-folder')} for the database ${nowhere}: create it or check --db.\n`]);
    // A folder given as the database is refused too, not an INTERNAL error.
    const folder = await runCommand(['summary', '--db', tmp.dir]);
    expect([folder.code, folder.stderr]).toEqual([3, `rumordesk: FILE_NOT_FOUND: ${tmp.dir} is a folder, not a database file: check --db.\n`]);
  });
});
