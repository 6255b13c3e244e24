import { readFileSync } from 'fs';
import { join } from 'path';
import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk } from '../helpers/desk';

const STATEMENTS = join(__dirname, '../fixtures/score/statements.jsonl');
const RUMOR = 'There is a boil-water advisory in effect, the tap water is not safe to drink';

/**
 * A cluster's verdict rests on its statement. Once the department retracts or supersedes it, the
 * clusters matched to it are matched again, and a draft citing it can no longer be approved.
 */
describe('a withdrawn statement', () => {
  let handle: OpenDesk;
  let statementId: number;
  let clusterId: number;
  const cluster = () => handle.desk.clusters.show(clusterId);

  beforeEach(() => {
    handle = memoryDesk();
    handle.desk.statements.importFile(readFileSync(STATEMENTS, 'utf8'), 'jsonl', 'test');
    statementId = handle.desk.statements.list({}).items.find((s) => s.slug === 'rpd-water-safe')?.id as number;
    handle.desk.ingestPosts([
      { platform: 'x', id: 'w1', text: RUMOR, posted_at: '2026-11-19T10:00:00Z' },
      { platform: 'x', id: 'w2', text: `${RUMOR}!!`, posted_at: '2026-11-19T10:05:00Z' },
    ]);
    clusterId = handle.db.prepare('SELECT cluster_id FROM post_clusters LIMIT 1').pluck().get() as number;
  });
  afterEach(() => handle.close());

  it('contradicts its cluster while active', () => {
    expect([cluster().statementId, cluster().stance]).toEqual([statementId, 'contradicts']);
  });

  it('no longer refutes its clusters once retracted (the match stays, flagged, as check shows it)', () => {
    handle.desk.statements.retract(statementId, 'test', 'issued in error');
    expect(cluster().stance).not.toBe('contradicts');
    expect(cluster().credibility?.label).not.toBe('false');
    expect(handle.desk.triage({ limit: 50 }).find((c) => c.id === clusterId)?.triage?.action ?? 'none').not.toBe('rebut_now');
  });

  it('no longer stands behind its clusters once superseded', () => {
    const newer = handle.desk.statements.add({ title: 'Water testing schedule', body: 'Crews test the Ridgeport water supply every week.', published_at: '2026-11-10T11:00:00Z' }, 'test');
    handle.desk.statements.supersede(statementId, newer.id, 'test');
    expect(cluster().statementId).not.toBe(statementId);
  });

  it('no longer refutes its clusters once an import retracts it', () => {
    const row = readFileSync(STATEMENTS, 'utf8').split('\n').find((l) => l.includes('"rpd-water-safe"')) as string;
    handle.desk.statements.importFile(JSON.stringify({ ...JSON.parse(row), status: 'retracted' }), 'jsonl', 'test');
    expect(handle.desk.statements.show(statementId).status).toBe('retracted');
    expect(cluster().stance).not.toBe('contradicts');
  });

  it('cannot be the ground of an approved draft', () => {
    const [draft] = handle.desk.drafts.generate({ clusterId }, 'x', 'officer');
    expect(draft?.statementId).toBe(statementId);
    handle.desk.statements.retract(statementId, 'test', 'issued in error');
    expect(() => handle.desk.drafts.approve(draft?.id, {}, 'officer')).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
  });
});
