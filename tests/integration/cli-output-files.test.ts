import { join } from 'path';
import { importedDatabase, runCommand, tempDir } from '../helpers/desk';

describe('an --out file that cannot be written is a usage error, not an internal one', () => {
  it.each([
    [['summary', '--week', '2026-W45']],
    [['export', 'claimreview', '--all']],
  ])('%j: exit 2 with the path and the reason', async (args) => {
    const tmp = tempDir();
    try {
      const db = await importedDatabase(tmp.dir, join(__dirname, '../fixtures/score/statements.jsonl'));
      const out = join(tmp.dir, 'no-such-folder', 'file');
      const run = await runCommand([...args, '--db', db, '--out', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`rumordesk: VALIDATION_FAILED: --out ${out} cannot be written (ENOENT).\n`);
    } finally {
      tmp.cleanup();
    }
  });
});
