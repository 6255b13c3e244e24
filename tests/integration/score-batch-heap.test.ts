import { join } from 'path';
import { runCli } from '../../src/cli/program';
import type { CliContext } from '../../src/cli/context';
import { openDesk } from '../../src/composition/open-desk';
import { openScratchDesk } from '../../src/composition/open-scratch-desk';
import { loadConfig } from '../../src/config';
import { importedDatabase, tempDir } from '../helpers/desk';

/** A CLI context like the real one, counting the calls of its batch hook. */
function countingContext(): { ctx: CliContext; calls: () => number } {
  let calls = 0;
  const ctx: CliContext = {
    io: { out: () => undefined, err: () => undefined, isTty: false },
    env: {},
    openDesk: ({ scratch, mustExist, ...overrides }) => (scratch ? openScratchDesk : openDesk)(loadConfig(overrides, {}), undefined, { mustExist: mustExist ?? false }),
    serve: () => Promise.reject(new Error('serve is not used here')),
    tuneForBatch: () => void (calls += 1),
  };
  return { ctx, calls: () => calls };
}

describe('score tunes the process for a long batch, other commands do not (issue 17)', () => {
  it('calls the batch hook once per score run, before reading the file', async () => {
    const tmp = tempDir();
    try {
      const db = await importedDatabase(tmp.dir, join(__dirname, '../fixtures/score/statements.jsonl'));
      const { ctx, calls } = countingContext();
      expect(await runCli(['statements', 'list', '--db', db], ctx)).toBe(0);
      expect(calls()).toBe(0);
      // A file that does not exist still ends the run with its own error, after the hook.
      expect(await runCli(['score', join(tmp.dir, 'missing.csv'), '--db', db, '--no-store'], ctx)).not.toBe(0);
      expect(calls()).toBe(1);
    } finally {
      tmp.cleanup();
    }
  });
});
