import { join } from 'path';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { importedDatabase, runCommand, tempDir } from '../helpers/desk';

const STATEMENTS = join(__dirname, '../fixtures/score/statements.jsonl');

/** The audit log's "approved by" must name someone who may approve, from the CLI as from the API. */
describe('drafts approve --as', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  let draftId: number;
  beforeEach(async () => {
    tmp = tempDir();
    db = await importedDatabase(tmp.dir, STATEMENTS);
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      draftId = handle.desk.drafts.generate({ text: 'They say the Harbor Bridge is closed' }, 'x', 'officer')[0]?.id as number;
    } finally {
      handle.close();
    }
  });
  afterEach(() => tmp.cleanup());

  const addUsers = () => {
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      handle.desk.auth.add('alice', 'approver', 'correct horse approver battery', 'test');
      handle.desk.auth.add('bob', 'officer', 'correct horse officer battery', 'test');
    } finally {
      handle.close();
    }
  };
  const approve = (as: string[]) => runCommand(['drafts', 'approve', String(draftId), '--db', db, '--override-privacy', 'checked by hand in the test', ...as]);

  it('takes any name while the desk has no users (local single-user mode)', async () => {
    const run = await approve(['--as', 'duty officer']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Draft #${draftId} approved by duty officer.\n`);
  });

  it.each([
    [['--as', 'bob'], 'bob is an officer; approving needs the approver role.'],
    [['--as', 'nobody'], '--as "nobody" is not an enabled user of this desk'],
    [[], '--as "cli" is not an enabled user of this desk'],
  ])('refuses %j once users exist: exit 7, nothing approved', async (as, message) => {
    addUsers();
    const run = await approve(as);
    expect(run.code).toBe(7);
    expect(run.stderr).toContain(`FORBIDDEN: ${message}`);
    const shown = await runCommand(['drafts', 'show', String(draftId), '--db', db, '--json']);
    expect(JSON.parse(shown.stdout).status).not.toBe('approved');
  });

  it("records an approver's approval under the approver's name", async () => {
    addUsers();
    const run = await approve(['--as', 'alice']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Draft #${draftId} approved by alice.\n`);
  });
});
