import { writeFileSync } from 'fs';
import { join } from 'path';
import { runCommand, tempDeskEachTest } from '../helpers/desk';

const rows = [
  { slug: 'rpd-elm-closed', title: 'Elm Street bridge closed', body: 'Closed for high water.', published_at: '2026-11-03T15:20:00Z', incident: 'flood' },
  { slug: 'rpd-elm-open', title: 'Elm Street bridge reopened', body: 'Reopened at 6 a.m.', published_at: '2026-11-05T11:00:00Z', incident: 'flood' },
  { slug: 'rpd-elm-old', title: 'Bridge statement issued in error', body: 'Withdrawn.', published_at: '2026-11-04T11:00:00Z', status: 'retracted' },
];

describe('statements from the CLI', () => {
  const files = tempDeskEachTest();

  it('imports JSONL idempotently, with supersede links resolved by slug', async () => {
    const file = join(files.dir, 'statements.jsonl');
    const withLink = rows.map((r) => (r.slug === 'rpd-elm-closed' ? { ...r, superseded_by: 'rpd-elm-open' } : r));
    writeFileSync(file, withLink.map((r) => JSON.stringify(r)).join('\n') + '\n');

    const first = await runCommand(['statements', 'import', file, '--db', files.db, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ created: 3, updated: 0, unchanged: 0, total: 3 });

    const again = await runCommand(['statements', 'import', file, '--db', files.db, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ created: 0, updated: 0, unchanged: 3, total: 3 });

    const list = JSON.parse((await runCommand(['statements', 'list', '--db', files.db, '--json'])).stdout);
    expect(list.total).toBe(3);
    const closed = list.items.find((s: { slug: string }) => s.slug === 'rpd-elm-closed');
    const open = list.items.find((s: { slug: string }) => s.slug === 'rpd-elm-open');
    expect(closed).toMatchObject({ status: 'superseded', supersededBy: open.id });
    expect(list.items.find((s: { slug: string }) => s.slug === 'rpd-elm-old').status).toBe('retracted');
  });

  it('importing the file again does not bring back a statement retracted or superseded since', async () => {
    const file = join(files.dir, 'statements.jsonl');
    writeFileSync(file, rows.slice(0, 2).map((r) => JSON.stringify(r)).join('\n') + '\n');
    expect((await runCommand(['statements', 'import', file, '--db', files.db])).code).toBe(0);
    const ids = JSON.parse((await runCommand(['statements', 'list', '--db', files.db, '--json'])).stdout).items as { id: number; slug: string }[];
    const idOf = (slug: string) => ids.find((s) => s.slug === slug)?.id as number;
    expect((await runCommand(['statements', 'supersede', String(idOf('rpd-elm-closed')), '--by', String(idOf('rpd-elm-open')), '--db', files.db])).code).toBe(0);
    expect((await runCommand(['statements', 'retract', String(idOf('rpd-elm-open')), '--db', files.db])).code).toBe(0);

    const again = await runCommand(['statements', 'import', file, '--db', files.db, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ created: 0, updated: 0, unchanged: 2, total: 2 });
    const after = JSON.parse((await runCommand(['statements', 'list', '--db', files.db, '--json'])).stdout).items as { slug: string; status: string }[];
    expect(after.find((s) => s.slug === 'rpd-elm-open')?.status).toBe('retracted');
    expect(after.find((s) => s.slug === 'rpd-elm-closed')?.status).toBe('superseded');

    // Its text cannot change either: the whole file is refused, with the line.
    writeFileSync(file, [rows[0], { ...rows[1], body: 'Reopened at 7 a.m.' }].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const edited = await runCommand(['statements', 'import', file, '--db', files.db]);
    expect(edited.code).toBe(3);
    expect(edited.stderr).toContain('line 2: statement "rpd-elm-open" is retracted; its text cannot change');
  });

  it('honours RUMORDESK_DB when --db is absent', async () => {
    const file = join(files.dir, 's.jsonl');
    writeFileSync(file, JSON.stringify(rows[0]) + '\n');
    expect((await runCommand(['statements', 'import', file], { RUMORDESK_DB: files.db })).code).toBe(0);
    const shown = await runCommand(['statements', 'show', '1', '--db', files.db]);
    expect(shown.stdout).toContain('Elm Street bridge closed');
  });

  it('imports CSV and reports every bad row by line, writing nothing', async () => {
    const good = join(files.dir, 'good.csv');
    writeFileSync(good, 'slug,title,body,published_at\nrpd-a,Shelter open at Lincoln High,"Open all night.\n\nBring ID.",2026-11-03T20:00:00Z\n');
    const ok = await runCommand(['statements', 'import', good, '--db', files.db, '--json']);
    expect(ok.code).toBe(0);

    const bad = join(files.dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [
        JSON.stringify({ slug: 'rpd-b', title: 'Fine row', body: 'ok', published_at: '2026-11-03T20:00:00Z' }),
        '{"slug": "broken"',
        JSON.stringify({ slug: 'rpd-c', title: 'No date', body: 'x' }),
        JSON.stringify({ slug: 'rpd-d', title: 'Bad link', body: 'x', published_at: '2026-11-03T20:00:00Z', superseded_by: 'nope' }),
      ].join('\n'),
    );
    const failed = await runCommand(['statements', 'import', bad, '--db', files.db]);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toMatch(/IMPORT_FAILED/);
    expect(failed.stderr).toMatch(/line 2: not valid JSON/);
    expect(failed.stderr).toMatch(/line 3: published_at/);
    expect(failed.stderr).toMatch(/line 4: superseded_by "nope"/);
    const list = JSON.parse((await runCommand(['statements', 'list', '--db', files.db, '--json'])).stdout);
    expect(list.total).toBe(1);
  });

  it('adds, retracts and supersedes with clear errors and exit codes', async () => {
    const added = await runCommand(['statements', 'add', '--db', files.db, '--title', 'Water is safe to drink', '--body', 'The utility tested all sites.', '--published-at', '2026-11-10T10:00:00Z']);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Added statement #1/);

    const missing = await runCommand(['statements', 'show', '42', '--db', files.db]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe('rumordesk: NOT_FOUND: No statement with id 42.\n');

    const usage = await runCommand(['statements', 'supersede', '1', '--db', files.db]);
    expect(usage.code).toBe(2);

    const retracted = await runCommand(['statements', 'retract', '1', '--db', files.db, '--reason', 'wrong lab']);
    expect(retracted.code).toBe(0);
    const noFile = await runCommand(['statements', 'import', join(files.dir, 'absent.jsonl'), '--db', files.db]);
    expect(noFile.code).toBe(3);
    expect(noFile.stderr).toMatch(/FILE_NOT_FOUND/);
    const unknown = await runCommand(['statements', 'import', join(files.dir, 'x.xml'), '--db', files.db]);
    expect(unknown.stderr).toMatch(/UNKNOWN_FORMAT/);
  });
});
