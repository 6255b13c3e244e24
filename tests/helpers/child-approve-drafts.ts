/**
 * Child process for the fault test: approves every draft still in `draft` status, one
 * transaction each, printing `approved <id>` after each commit so the parent can kill it mid-way.
 * Usage: node --require tsx/cjs tests/helpers/child-approve-drafts.ts <db file>
 */
import { loadConfig } from '../../src/config';
import { openDesk } from '../../src/composition/open-desk';

const file = process.argv[2];
if (!file) throw new Error('usage: child-approve-drafts <db>');
const handle = openDesk(loadConfig({ db: file }, {}));
try {
  const pending = handle.desk.drafts.list({ status: 'draft', limit: 500 });
  for (const draft of pending) {
    handle.desk.drafts.approve(draft.id, { overridePrivacy: true, reason: 'fault test approval' }, 'fault-test');
    process.stdout.write(`approved ${draft.id}\n`);
  }
} finally {
  handle.close();
}
