import { join } from 'path';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { spawnTs } from '../helpers/child-cli';
import { tempDir } from '../helpers/desk';

/**
 * QA session 13, defect 3: `rumordesk statements list | head -1` crashed with "Error: write
 * EPIPE" and a stack trace. It needs a real process and a real pipe whose reader goes away.
 */
describe('output piped into a reader that stops early', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeAll(() => {
    tmp = tempDir();
    db = join(tmp.dir, 'desk.db');
    // Far more than a pipe's 64 KiB buffer, so the CLI is still writing when the reader leaves.
    const body = 'The Harbor Bridge is closed to all traffic while crews inspect the span. '.repeat(14);
    const rows = Array.from({ length: 500 }, (_, i) => JSON.stringify({ slug: `notice-${i}`, title: `Road notice number ${i}`, body, published_at: '2026-11-03T15:20:00Z' }));
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      handle.desk.statements.importFile(rows.join('\n'), 'jsonl', 'test');
    } finally {
      handle.close();
    }
  });
  afterAll(() => tmp.cleanup());

  it('ends quietly with status 0 and no stack trace', async () => {
    const run = spawnTs('src/cli/main.ts', ['statements', 'list', '--limit', '500', '--json', '--db', db]);
    run.child.stdout?.once('data', () => run.child.stdout?.destroy());
    const { code, signal, stderr } = await run.exited;
    expect(stderr).toBe('');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  }, 60_000);
});
