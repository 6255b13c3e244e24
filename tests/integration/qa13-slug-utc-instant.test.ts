import { writeFileSync } from 'fs';
import { join } from 'path';
import { runCommand, tempDeskEachTest } from '../helpers/desk';

/**
 * QA session 13, defect 8: the generated slug took its date from the text of `published_at`, so
 * one statement imported as "2026-11-03T23:30:00-06:00" and again as "2026-11-04T05:30:00Z"
 * became two. The date is now the instant's, in UTC.
 */
describe('a generated slug comes from the published instant in UTC', () => {
  const files = tempDeskEachTest();

  const importRow = async (fields: Record<string, unknown>, name: string) => {
    const file = join(files.dir, name);
    writeFileSync(file, JSON.stringify({ title: 'Shelter open at Lincoln High', body: 'Open all night.', ...fields }) + '\n');
    const run = await runCommand(['statements', 'import', file, '--db', files.db, '--json']);
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
  };
  const slugs = async () => (JSON.parse((await runCommand(['statements', 'list', '--db', files.db, '--json'])).stdout).items as { slug: string }[]).map((s) => s.slug);

  it('the same instant written with two offsets is one statement', async () => {
    expect(await importRow({ published_at: '2026-11-03T23:30:00-06:00' }, 'local.jsonl')).toMatchObject({ created: 1 });
    expect(await importRow({ published_at: '2026-11-04T05:30:00Z' }, 'utc.jsonl')).toEqual({ created: 0, updated: 0, unchanged: 1, total: 1 });
    expect(await slugs()).toEqual(['2026-11-04-shelter-open-at-lincoln-high']);
  });

  it('keeps the slugs of Z timestamps as they were', async () => {
    await importRow({ published_at: '2026-11-03T15:20:00Z' }, 'z.jsonl');
    expect(await slugs()).toEqual(['2026-11-03-shelter-open-at-lincoln-high']);
  });

  it('finds a statement stored under the old, local-date slug instead of adding a copy', async () => {
    // As the old code stored "2026-11-03T23:30:00-06:00": the date of the text, not of the instant.
    await importRow({ slug: '2026-11-03-shelter-open-at-lincoln-high', published_at: '2026-11-03T23:30:00-06:00' }, 'stored.jsonl');
    expect(await importRow({ published_at: '2026-11-03T23:30:00-06:00' }, 'again.jsonl')).toEqual({ created: 0, updated: 0, unchanged: 1, total: 1 });
    expect(await importRow({ published_at: '2026-11-04T05:30:00Z' }, 'utc.jsonl')).toEqual({ created: 0, updated: 0, unchanged: 1, total: 1 });
    // A different statement with the same title a day later is still its own.
    expect(await importRow({ published_at: '2026-11-04T23:30:00-06:00' }, 'next.jsonl')).toMatchObject({ created: 1 });
    expect((await slugs()).sort()).toEqual(['2026-11-03-shelter-open-at-lincoln-high', '2026-11-05-shelter-open-at-lincoln-high']);
  });
});
