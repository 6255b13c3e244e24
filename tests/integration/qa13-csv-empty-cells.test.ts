import { writeFileSync } from 'fs';
import { join } from 'path';
import { runCommand, tempDeskEachTest } from '../helpers/desk';

/**
 * QA session 13, defect 5: an empty `slug` or `status` cell was refused ("slug: Invalid input:
 * expected string, received null"; "status: Invalid option"). Empty means "not given".
 */
describe('CSV import: an empty slug or status cell takes the default', () => {
  const files = tempDeskEachTest();

  it('generates the slug and makes the statement active', async () => {
    const file = join(files.dir, 'statements.csv');
    writeFileSync(
      file,
      [
        'slug,title,body,published_at,status,superseded_by',
        ',Shelter open at Lincoln High,Open all night.,2026-11-03T20:00:00Z,,',
        'rpd-elm,Elm Street bridge closed,Closed for high water.,2026-11-03T15:20:00Z,,',
        ',Elm Street bridge reopened,Reopened at 6 a.m.,2026-11-05T11:00:00Z,,',
      ].join('\n') + '\n',
    );
    const run = await runCommand(['statements', 'import', file, '--db', files.db, '--json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ created: 3, updated: 0, unchanged: 0, total: 3 });
    const items = JSON.parse((await runCommand(['statements', 'list', '--db', files.db, '--json'])).stdout).items as { slug: string; status: string }[];
    expect(items.map((s) => [s.slug, s.status]).sort()).toEqual([
      ['2026-11-03-shelter-open-at-lincoln-high', 'active'],
      ['2026-11-05-elm-street-bridge-reopened', 'active'],
      ['rpd-elm', 'active'],
    ]);
    // The same file again finds the same slugs: nothing changes.
    expect(JSON.parse((await runCommand(['statements', 'import', file, '--db', files.db, '--json'])).stdout)).toEqual({ created: 0, updated: 0, unchanged: 3, total: 3 });
  });
});
