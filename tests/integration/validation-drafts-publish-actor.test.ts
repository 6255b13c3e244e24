import { join } from 'path';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { importedDatabase, runCommand, tempDir } from '../helpers/desk';

const STATEMENTS = join(__dirname, '../fixtures/score/statements.jsonl');

/** `drafts publish --as` names who posted it in the audit log, checked as `drafts approve --as` is. */
describe('drafts publish --as', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  let draftId: number;

  beforeEach(async () => {
    tmp = tempDir();
    db = await importedDatabase(tmp.dir, STATEMENTS);
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      draftId = handle.desk.drafts.generate({ text: 'They say the Harbor Bridge is closed' }, 'x', 'officer')[0]?.id as number;
      handle.desk.drafts.approve(draftId, { overridePrivacy: true, reason: 'checked by hand in the test' }, 'alice');
    } finally {
      handle.close();
    }
  });
  afterEach(() => tmp.cleanup());

  const publishers = async () =>
    (JSON.parse((await runCommand(['audit', '--db', db, '--json'])).stdout).items as { action: string; actor: string; targetType: string }[])
      .filter((a) => a.action === 'draft.publish' && a.targetType === 'draft')
      .map((a) => a.actor);

  const addUsers = () => {
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      handle.desk.auth.add('alice', 'approver', 'correct horse approver battery', 'test');
      handle.desk.auth.add('bob', 'officer', 'correct horse officer battery', 'test');
    } finally {
      handle.close();
    }
  };

  it('records the name given while the desk has no users', async () => {
    const run = await runCommand(['drafts', 'publish', String(draftId), '--as', 'duty officer', '--db', db]);
    expect(run).toMatchObject({ code: 0, stdout: `Draft #${draftId} marked published by duty officer.\n` });
    expect(await publishers()).toEqual(['duty officer']);
  });

  it("records an approver's name once users exist", async () => {
    addUsers();
    const run = await runCommand(['drafts', 'publish', String(draftId), '--as', 'alice', '--url', 'https://x.com/RidgeportPD/status/1', '--db', db]);
    expect(run.code).toBe(0);
    expect(await publishers()).toEqual(['alice']);
  });

  it.each([
    [['--as', 'bob'], 'bob is an officer; publishing needs the approver role.'],
    [[], '--as "cli" is not an enabled user of this desk; publishing needs an approver\'s name.'],
  ])('refuses %j once users exist: exit 7, nothing published', async (as, message) => {
    addUsers();
    const run = await runCommand(['drafts', 'publish', String(draftId), ...as, '--db', db]);
    expect(run.code).toBe(7);
    expect(run.stderr).toBe(`rumordesk: FORBIDDEN: ${message}\n`);
    expect(await publishers()).toEqual([]);
  });
});
