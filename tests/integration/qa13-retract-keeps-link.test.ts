import { writeFileSync } from 'fs';
import { join } from 'path';
import { runCommand, tempDir } from '../helpers/desk';

/**
 * QA session 13, defect 6: retracting a superseded statement erased which statement had
 * replaced it (`supersededBy` became null).
 */
describe('retracting a superseded statement keeps its replacement', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    tmp = tempDir();
    db = join(tmp.dir, 'desk.db');
    const file = join(tmp.dir, 'statements.jsonl');
    const rows = ['old', 'new'].map((slug, i) => ({ slug, title: `Bridge notice ${slug}`, body: 'The bridge.', published_at: `2026-11-0${i + 3}T15:20:00Z` }));
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    expect((await runCommand(['statements', 'import', file, '--db', db])).code).toBe(0);
    expect((await runCommand(['statements', 'supersede', '1', '--by', '2', '--db', db])).code).toBe(0);
  });
  afterEach(() => tmp.cleanup());

  const show = async (id: number) => JSON.parse((await runCommand(['statements', 'show', String(id), '--db', db, '--json'])).stdout);

  it('statements retract', async () => {
    expect((await runCommand(['statements', 'retract', '1', '--db', db, '--reason', 'issued in error'])).code).toBe(0);
    expect(await show(1)).toMatchObject({ status: 'retracted', supersededBy: 2 });
  });

  it('an import row that retracts it', async () => {
    const file = join(tmp.dir, 'retract.jsonl');
    writeFileSync(file, JSON.stringify({ slug: 'old', title: 'Bridge notice old', body: 'The bridge.', published_at: '2026-11-03T15:20:00Z', status: 'retracted' }) + '\n');
    expect((await runCommand(['statements', 'import', file, '--db', db])).code).toBe(0);
    expect(await show(1)).toMatchObject({ status: 'retracted', supersededBy: 2 });
  });
});
