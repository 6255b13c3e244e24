import { join } from 'path';
import { runCommand, tempDir } from '../helpers/desk';

/**
 * QA session 13, defect 2: a token created for a disabled user was printed as if it worked, and
 * every request with it then failed with "The API token is unknown or revoked."
 */
describe('tokens create for a disabled user', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    tmp = tempDir();
    db = join(tmp.dir, 'desk.db');
    for (const [name, role] of [['admin1', 'admin'], ['dave', 'viewer']]) {
      expect((await runCommand(['users', 'add', name as string, '--role', role as string, '--db', db], { RUMORDESK_PASSWORD: 'correct horse battery' })).code).toBe(0);
    }
    expect((await runCommand(['users', 'disable', 'dave', '--db', db])).code).toBe(0);
  });
  afterEach(() => tmp.cleanup());

  it('is refused with the reason (exit 5) and writes no token', async () => {
    const run = await runCommand(['tokens', 'create', 'dave', '--name', 'ci', '--db', db]);
    expect(run.code).toBe(5);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('rumordesk: INVALID_STATE: dave is disabled; enable the user first ("rumordesk users enable dave").\n');
    expect(JSON.parse((await runCommand(['tokens', 'list', '--json', '--db', db])).stdout).items).toEqual([]);
  });

  it('works again once the user is enabled', async () => {
    expect((await runCommand(['users', 'enable', 'dave', '--db', db])).code).toBe(0);
    const run = await runCommand(['tokens', 'create', 'dave', '--name', 'ci', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Token #1 /);
  });
});
