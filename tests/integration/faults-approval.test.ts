import { join } from 'path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../src/config';
import { openDesk } from '../../src/composition/open-desk';
import { tempDir } from '../helpers/desk';
import { spawnTs, waitUntil } from '../helpers/child-cli';
import { postRows } from '../helpers/child-fixtures';
import { Rng } from '../helpers/fuzz-values';

const SEED = 777;
/** How long the child keeps each approval's transaction open, so the kill lands inside one. */
const HOLD_MS = 40;

/** Each draft's status with the number of approval entries the audit log holds for it. */
function approvals(file: string): { id: number; status: string; approvedBy: string | null; entries: number }[] {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db
      .prepare(
        `SELECT d.id, d.status, d.approved_by AS approvedBy,
           (SELECT COUNT(*) FROM audit_log a WHERE a.target_type = 'draft' AND a.target_id = CAST(d.id AS TEXT) AND a.action LIKE 'draft.approve%') AS entries
         FROM drafts d ORDER BY d.id`,
      )
      .all() as { id: number; status: string; approvedBy: string | null; entries: number }[];
  } finally {
    db.close();
  }
}

describe('kill -9 during draft approvals', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => (tmp = tempDir()));
  afterAll(() => tmp.cleanup());

  it('leaves every draft either approved with its audit entry or untouched without one', async () => {
    const db = join(tmp.dir, 'desk.db');
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      handle.desk.ingestPosts(postRows('d', 0, 20));
      const clusterId = handle.db.prepare('SELECT MIN(id) FROM clusters').pluck().get() as number;
      handle.desk.drafts.generate({ clusterId }, 'all', 'seed');
      for (const row of postRows('t', 0, 7)) handle.desk.drafts.generate({ text: String(row.text) }, 'all', 'seed');
    } finally {
      handle.close();
    }
    const total = approvals(db).length;
    expect(total).toBeGreaterThanOrEqual(20);

    const stopAfter = 3 + new Rng(SEED).int(total - 15);
    const run = spawnTs('tests/helpers/child-approve-drafts.ts', [db, String(HOLD_MS)]);
    const reached = await waitUntil(() => (run.stdout().match(/approved/g) ?? []).length >= stopAfter, 120_000, 2);
    run.child.kill('SIGKILL');
    const killed = await run.exited;
    expect(reached).toBe(true);
    expect(killed.signal).toBe('SIGKILL');

    const mid = approvals(db);
    const reported = new Set((run.stdout().match(/approved (\d+)/g) ?? []).map((m) => Number(m.split(' ')[1])));
    for (const d of mid) {
      if (d.status === 'approved') expect(d).toMatchObject({ approvedBy: 'fault-test', entries: 1 });
      else expect(d).toMatchObject({ status: 'draft', approvedBy: null, entries: 0 });
      // What the child said it committed is committed.
      if (reported.has(d.id)) expect(d.status).toBe('approved');
    }
    const approvedMid = mid.filter((d) => d.status === 'approved').length;
    expect(approvedMid).toBeGreaterThanOrEqual(stopAfter);
    expect(approvedMid).toBeLessThan(total);

    const again = spawnTs('tests/helpers/child-approve-drafts.ts', [db]);
    const done = await again.exited;
    expect({ code: done.code, stderr: done.stderr }).toEqual({ code: 0, stderr: '' });
    expect((again.stdout().match(/approved/g) ?? []).length).toBe(total - approvedMid);
    expect(approvals(db).every((d) => d.status === 'approved' && d.entries === 1)).toBe(true);
  }, 120_000);
});
