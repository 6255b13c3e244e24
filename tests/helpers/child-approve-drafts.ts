/**
 * Child process for the fault test: approves every draft still in `draft` status, one
 * transaction each, printing `approved <id>` after each commit so the parent can kill it mid-way.
 * With a hold time, each approval's transaction stays open that long after the approval is
 * written, so a kill most likely lands inside a transaction rather than between two.
 * Usage: node --require tsx/cjs tests/helpers/child-approve-drafts.ts <db file> [hold ms]
 */
import { loadConfig } from '../../src/config';
import { openDesk } from '../../src/composition/open-desk';

const file = process.argv[2];
if (!file) throw new Error('usage: child-approve-drafts <db>');
const holdMs = Number(process.argv[3] ?? 0);
const handle = openDesk(loadConfig({ db: file }, {}));
/** Blocks the thread without leaving the transaction (an await would not keep it open). */
const hold = () => holdMs > 0 && Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, holdMs);
try {
  const pending = handle.desk.drafts.list({ status: 'draft', limit: 500 });
  for (const draft of pending) {
    // better-sqlite3 turns the use case's own transaction into a savepoint of this one.
    handle.db.transaction(() => {
      handle.desk.drafts.approve(draft.id, { overridePrivacy: true, reason: 'fault test approval' }, 'fault-test');
      hold();
    })();
    process.stdout.write(`approved ${draft.id}\n`);
  }
} finally {
  handle.close();
}
