import { join } from 'path';
import { importedDatabase, runCommand, tempDir } from '../helpers/desk';

describe('score tunes the process for a long batch, other commands do not (issue 17)', () => {
  it('calls the batch hook once per score run, before reading the file', async () => {
    const tmp = tempDir();
    try {
      const db = await importedDatabase(tmp.dir, join(__dirname, '../fixtures/score/statements.jsonl'));
      let calls = 0;
      const hook = { tuneForBatch: () => void (calls += 1) };
      expect((await runCommand(['statements', 'list', '--db', db], {}, hook)).code).toBe(0);
      expect(calls).toBe(0);
      // A file that does not exist still ends the run with its own error, after the hook.
      expect((await runCommand(['score', join(tmp.dir, 'missing.csv'), '--db', db, '--no-store'], {}, hook)).code).not.toBe(0);
      expect(calls).toBe(1);
    } finally {
      tmp.cleanup();
    }
  });
});
