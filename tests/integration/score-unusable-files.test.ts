import { existsSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Readable } from 'stream';
import { importedDatabase, runCommand, tempDir } from '../helpers/desk';

const SCORE = join(__dirname, '../fixtures/score');
const EXPORTS = join(__dirname, '../fixtures/exports');
const scratchDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith('rumordesk-no-store-'));

/** What an analyst's wrong paths and wrong files do: one clear line and the documented exit code. */
describe('score refuses unusable files and paths with a clear message', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    tmp = tempDir();
    db = await importedDatabase(tmp.dir, join(SCORE, 'statements.jsonl'));
  });
  afterEach(() => tmp.cleanup());

  const good = () => {
    const file = join(tmp.dir, 'posts.csv');
    writeFileSync(file, 'id,text\n1,Harbor Bridge is closed\n');
    return file;
  };

  it.each(['--out', '--rejects'])('an %s in a folder that does not exist: exit 2 before any scoring, no scratch copy left', async (option) => {
    const before = scratchDirs();
    const run = await runCommand(['score', good(), '--db', db, '--no-store', option, join(tmp.dir, 'no-such-folder', 'x.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^rumordesk: VALIDATION_FAILED: ${option} .*no-such-folder.* cannot be written \\(ENOENT\\)\\.\\n$`));
    expect(run.stdout).toBe('');
    expect(scratchDirs()).toEqual(before);
  });

  it('a folder given as the file: exit 3', async () => {
    const run = await runCommand(['score', tmp.dir, '--db', db]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^rumordesk: FILE_NOT_FOUND: .* is a folder; name a file in it\.\n$/);
  });

  it('an empty file: exit 3, not "0 rows read" and success', async () => {
    const file = join(tmp.dir, 'download.csv');
    writeFileSync(file, '');
    const run = await runCommand(['score', file, '--db', db]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('UNKNOWN_FORMAT: the input is empty (0 bytes)');
  });

  it('binary data: exit 3, not a reject per line', async () => {
    const file = join(tmp.dir, 'export.csv');
    const bytes = Buffer.alloc(5000);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919 + 13) % 256;
    writeFileSync(file, bytes);
    const run = await runCommand(['score', file, '--db', db, '--no-store']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/UNKNOWN_FORMAT: not a text export: \d+% of the first \d+ lines are control characters/);
  });

  it('an Excel 97–2003 workbook: exit 3, naming what to do', async () => {
    const file = join(tmp.dir, 'mentions.xls');
    writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    const run = await runCommand(['score', file, '--db', db]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('save it as .xlsx or CSV');
  });

  it('an .xlsx on stdin is read as a workbook, not as lines of zip bytes', async () => {
    const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
    Object.defineProperty(process, 'stdin', { value: Readable.from([readFileSync(join(EXPORTS, 'brandwatch-mentions.xlsx'))]), configurable: true });
    try {
      const byName = await runCommand(['score', join(EXPORTS, 'brandwatch-mentions.xlsx'), '--db', db, '--no-store']);
      const piped = await runCommand(['score', '-', '--db', db, '--no-store']);
      expect(piped.stdout.split('(')[0]).toBe(byName.stdout.split('(')[0]);
      expect(piped.code).toBe(byName.code);
    } finally {
      if (stdin) Object.defineProperty(process, 'stdin', stdin);
    }
  });

  it('ids Excel rounded to scientific notation are rejected with the reason, not merged into one post', async () => {
    const file = join(tmp.dir, 'saved-from-excel.csv');
    writeFileSync(file, 'Tweet Id,text,date\n1.8534E+18,Harbor Bridge is closed,2026-11-03 15:20\n1.8534E+18,Water plant contaminated do not drink,2026-11-03 15:21\n');
    const out = join(tmp.dir, 'out.jsonl');
    const run = await runCommand(['score', file, '--db', db, '--out', out]);
    expect(run.code).toBe(8);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { status: string; reason: string });
    expect(rows.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(rows[0]?.reason).toMatch(/^id "1\.8534E\+18" is a number rounded to scientific notation/);
    expect(existsSync(out)).toBe(true);
  });
});
