import { writeFileSync } from 'fs';
import { join } from 'path';
import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk, readJson, runCommand, startHttp, tempDeskEachTest } from '../helpers/desk';

/**
 * QA session 13, defect 4: import and POST /api/statements skipped the rules `statements
 * supersede` enforces, and stored a statement superseded by itself, loops, replacements that
 * were retracted, and status fields that contradict each other.
 */
const row = (slug: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ slug, title: `Statement ${slug}`, body: `The body of ${slug}.`, published_at: '2026-11-03T15:20:00Z', ...extra });

describe('statements import applies the supersede rules', () => {
  const files = tempDeskEachTest();

  const importLines = async (lines: string[], name = 'statements.jsonl') => {
    const file = join(files.dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    return runCommand(['statements', 'import', file, '--db', files.db]);
  };
  const total = async () => JSON.parse((await runCommand(['statements', 'list', '--db', files.db, '--json'])).stdout).total as number;

  it.each([
    ['a row superseded by itself', [row('a', { superseded_by: 'a' })], ['line 1: superseded_by "a" names the row itself']],
    [
      'a loop in the file',
      [row('a', { superseded_by: 'b' }), row('b', { superseded_by: 'a' })],
      ['line 1: superseded_by "b" makes a loop: a → b → a', 'line 2: superseded_by "a" makes a loop: b → a → b'],
    ],
    ['a replacement the file retracts', [row('a', { superseded_by: 'b' }), row('b', { status: 'retracted' })], ['line 1: superseded_by "b" is retracted']],
    ['status superseded with no replacement', [row('a', { status: 'superseded' })], ['line 1: status "superseded" needs superseded_by']],
    ['status active with a replacement', [row('a', { status: 'active', superseded_by: 'b' }), row('b')], ['line 1: status "active" and superseded_by "b" contradict each other']],
  ])('refuses %s: exit 3, the line and the reason, nothing written', async (_case, lines, reasons) => {
    const run = await importLines(lines);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^rumordesk: IMPORT_FAILED: /);
    for (const reason of reasons) expect(run.stderr).toContain(reason);
    expect(await total()).toBe(0);
  });

  it('refuses links to a stored retracted statement and loops through stored links', async () => {
    expect((await importLines([row('a'), row('b'), row('gone')])).code).toBe(0);
    expect((await runCommand(['statements', 'supersede', '1', '--by', '2', '--db', files.db])).code).toBe(0);
    expect((await runCommand(['statements', 'retract', '3', '--db', files.db])).code).toBe(0);

    const retracted = await importLines([row('c', { superseded_by: 'gone' })], 'more.jsonl');
    expect(retracted.code).toBe(3);
    expect(retracted.stderr).toContain('line 1: superseded_by "gone" is retracted');
    const loop = await importLines([row('b', { superseded_by: 'a' })], 'loop.jsonl');
    expect(loop.code).toBe(3);
    expect(loop.stderr).toContain('line 1: superseded_by "a" makes a loop: b → a → b');
    expect(await total()).toBe(3);
    const b = JSON.parse((await runCommand(['statements', 'show', '2', '--db', files.db, '--json'])).stdout);
    expect(b).toMatchObject({ status: 'active', supersededBy: null });
  });

  it('still takes a chain, and a replacement named with no status', async () => {
    const run = await importLines([row('a', { superseded_by: 'b' }), row('b', { superseded_by: 'c' }), row('c'), row('d', { status: 'superseded', superseded_by: 'c' })]);
    expect(run.code).toBe(0);
    const items = JSON.parse((await runCommand(['statements', 'list', '--db', files.db, '--json'])).stdout).items as { id: number; slug: string; status: string; supersededBy: number | null }[];
    const bySlug = Object.fromEntries(items.map((s) => [s.slug, s]));
    expect(bySlug.a).toMatchObject({ status: 'superseded', supersededBy: bySlug.b?.id });
    expect(bySlug.b).toMatchObject({ status: 'superseded', supersededBy: bySlug.c?.id });
    expect(bySlug.d).toMatchObject({ status: 'superseded', supersededBy: bySlug.c?.id });
    expect(bySlug.c).toMatchObject({ status: 'active', supersededBy: null });
  });
});

describe('POST /api/statements applies the supersede rules', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    handle = memoryDesk();
    http = await startHttp(handle);
    handle.desk.statements.add(JSON.parse(row('newer')), 'test');
    handle.desk.statements.add(JSON.parse(row('withdrawn', { status: 'retracted' })), 'test');
  });
  afterAll(async () => {
    await http.close();
    handle.close();
  });

  it.each([
    [{ superseded_by: 'self' }, 'superseded_by "self" names the row itself'],
    [{ superseded_by: 'withdrawn' }, 'superseded_by "withdrawn" is retracted'],
    [{ status: 'superseded' }, 'status "superseded" needs superseded_by'],
    [{ status: 'active', superseded_by: 'newer' }, 'status "active" and superseded_by "newer" contradict each other'],
  ])('refuses %j with 400 VALIDATION_FAILED and stores nothing', async (fields, message) => {
    const res = await fetch(`${http.url}/api/statements`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: row('self', fields) });
    expect(res.status).toBe(400);
    expect((await readJson(res)).error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining(message) });
    expect(handle.desk.statements.list({}).total).toBe(2);
  });
});
