import { readFileSync } from 'fs';
import { join } from 'path';
import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk } from '../helpers/desk';

const STATEMENTS = join(__dirname, '../fixtures/score/statements.jsonl');
const CLAIM = 'The Harbor Bridge has collapsed into the river!!';

/** A draft is published in the department's name: it may not cite what the department withdrew. */
describe('drafts never rest on a retracted or superseded statement', () => {
  let handle: OpenDesk;
  let statementId: number;
  beforeEach(() => {
    handle = memoryDesk();
    handle.desk.statements.importFile(readFileSync(STATEMENTS, 'utf8'), 'jsonl', 'test');
    statementId = handle.desk.statements.list({}).items.find((s) => s.slug === 'rpd-harbor-bridge-closed')?.id as number;
  });
  afterEach(() => handle.close());

  const drafts = () => handle.desk.drafts.generate({ text: CLAIM }, 'all', 'officer');

  it('corrects the claim while the statement is active', () => {
    expect(drafts().map((d) => [d.kind, d.statementId])).toContainEqual(['correction', statementId]);
  });

  it('holds, citing nothing, once the statement is retracted', () => {
    handle.desk.statements.retract(statementId, 'test', 'issued in error');
    const made = drafts();
    expect(made.length).toBeGreaterThan(0);
    for (const d of made) expect([d.kind, d.statementId]).toEqual(['holding', null]);
  });

  it("holds for a cluster whose statement is superseded, until it is matched again", () => {
    expect(handle.desk.ingestPosts([{ platform: 'x', id: '1', text: CLAIM, posted_at: '2026-11-19T12:00:00Z' }]).stored).toBe(1);
    const clusterId = handle.db.prepare('SELECT cluster_id FROM post_clusters LIMIT 1').pluck().get() as number;
    expect(handle.desk.drafts.generate({ clusterId }, 'x', 'officer').map((d) => [d.kind, d.statementId])).toEqual([['correction', statementId]]);
    const newer = handle.desk.statements.add({ title: 'Harbor Bridge inspection schedule', body: 'Inspections of the Harbor Bridge continue this week.', published_at: '2026-11-05T11:00:00Z' }, 'test');
    handle.desk.statements.supersede(statementId, newer.id, 'test');
    for (const d of handle.desk.drafts.generate({ clusterId }, 'all', 'officer')) expect(d.statementId).not.toBe(statementId);
  });
});
