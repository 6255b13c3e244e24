import { writeFileSync } from 'fs';
import { join } from 'path';
import { runCommand, tempDir } from '../helpers/desk';

/**
 * QA session 13, defect 7: a bad CSV record spanning lines 2-4 was reported at line 4, where it
 * ends; the help and the code's comment promise the line where it starts.
 */
describe('CSV import reports the line a record starts on', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  const importCsv = async (content: string) => {
    const file = join(tmp.dir, 'statements.csv');
    writeFileSync(file, content);
    return runCommand(['statements', 'import', file, '--db', join(tmp.dir, 'desk.db')]);
  };

  it('for a record spanning lines 2-4', async () => {
    const run = await importCsv('slug,title,body,published_at,status\nrpd-a,Shelter open,"Open all night.\n\nBring ID.",2026-11-03T20:00:00Z,bogus\n');
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/\nline 2: status: Invalid option/);
  });

  it('after multi-line records, blank lines, CRLF line ends and a byte-order mark', async () => {
    const content = [
      '\uFEFFslug,title,body,published_at',
      'rpd-a,Shelter open,"Open all night.',
      '',
      'Bring ID.",2026-11-03T20:00:00Z',
      '',
      '',
      'rpd-b,Road closed,"Closed, says the café: é and ü',
      'until noon.",not a date',
      'rpd-c,Fine row,Fine.,2026-11-03T20:00:00Z',
      'rpd-d,x,"too short a title",2026-11-03T20:00:00Z',
    ].join('\r\n');
    const run = await importCsv(content);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('\nline 7: published_at');
    expect(run.stderr).toContain('\nline 10: title');
    expect(run.stderr).not.toContain('line 9');
  });
});
