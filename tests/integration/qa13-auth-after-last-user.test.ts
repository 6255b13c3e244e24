import { join } from 'path';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { memoryDesk, readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

/**
 * QA session 13, defect 1: disabling the last enabled user switched a running service back to
 * local mode, where every request acts as an admin with no login.
 */
describe('login stays required once the desk has users', () => {
  it('a desk whose only user is disabled still answers 401, not as the local admin', async () => {
    const handle = memoryDesk();
    handle.desk.auth.add('bob', 'officer', 'correct horse officer battery', 'test');
    const http = await startHttp(handle);
    try {
      expect((await fetch(`${http.url}/api/statements`)).status).toBe(401);
      handle.desk.auth.disable('bob', 'test');
      const read = await fetch(`${http.url}/api/settings`);
      expect(read.status).toBe(401);
      expect((await readJson(read)).error.code).toBe('UNAUTHENTICATED');
      const write = await fetch(`${http.url}/api/statements/1/retract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(write.status).toBe(401);
      expect(handle.desk.audit.list({ actor: 'local' })).toEqual([]);
    } finally {
      await http.close();
      handle.close();
    }
  });

  it('refuses to disable or demote the last enabled admin (409 CONFLICT), and the service keeps asking for a login', async () => {
    const handle = memoryDesk();
    handle.desk.auth.add('admin2', 'admin', 'pw-admin2-123456', 'test');
    const http = await startHttp(handle);
    try {
      expect(() => handle.desk.auth.disable('admin2', 'test')).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('admin2 is the last enabled admin') }));
      expect(() => handle.desk.auth.setRole('admin2', 'approver', 'test')).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('making admin2 an approver') }));
      expect(handle.desk.auth.list()).toMatchObject([{ username: 'admin2', role: 'admin', disabled: false }]);
      expect((await fetch(`${http.url}/api/settings`)).status).toBe(401);
    } finally {
      await http.close();
      handle.close();
    }
  });

  it('lets one of two admins go, but not the second; a disabled admin does not count', () => {
    const handle = memoryDesk();
    try {
      handle.desk.auth.add('ann', 'admin', 'correct horse admin battery', 'test');
      handle.desk.auth.add('ada', 'admin', 'correct horse admin battery', 'test');
      handle.desk.auth.disable('ann', 'test');
      expect(() => handle.desk.auth.setRole('ada', 'viewer', 'test')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
      expect(() => handle.desk.auth.disable('ada', 'test')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
      handle.desk.auth.enable('ann', 'test');
      expect(handle.desk.auth.setRole('ada', 'viewer', 'test').role).toBe('viewer');
    } finally {
      handle.close();
    }
  });
});

describe('users disable / enable on the command line', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    tmp = tempDir();
    db = join(tmp.dir, 'desk.db');
    expect((await runCommand(['users', 'add', 'admin2', '--role', 'admin', '--db', db], { RUMORDESK_PASSWORD: 'pw-admin2-123456' })).code).toBe(0);
    expect((await runCommand(['users', 'add', 'carol', '--role', 'officer', '--db', db], { RUMORDESK_PASSWORD: 'pw-carol-1234567' })).code).toBe(0);
  });
  afterEach(() => tmp.cleanup());

  it('disabling the last admin exits 5 with the reason and changes nothing', async () => {
    const run = await runCommand(['users', 'disable', 'admin2', '--db', db]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^rumordesk: CONFLICT: admin2 is the last enabled admin/);
    const demote = await runCommand(['users', 'set-role', 'admin2', 'officer', '--db', db]);
    expect(demote.code).toBe(5);
    const listed = JSON.parse((await runCommand(['users', 'list', '--json', '--db', db])).stdout);
    expect(listed.items.find((u: { username: string }) => u.username === 'admin2')).toMatchObject({ role: 'admin', disabled: false });
  });

  it('users enable lets a disabled user log in again, audited', async () => {
    expect((await runCommand(['users', 'disable', 'carol', '--db', db])).code).toBe(0);
    const run = await runCommand(['users', 'enable', 'carol', '--db', db]);
    expect(run).toMatchObject({ code: 0, stdout: 'Enabled carol.\n' });
    expect((await runCommand(['users', 'enable', 'nobody', '--db', db])).code).toBe(4);
    const handle = openDesk(loadConfig({ db }, {}));
    try {
      expect(handle.desk.auth.login('carol', 'pw-carol-1234567').user.username).toBe('carol');
      expect(handle.desk.audit.list({ actor: 'cli' }).map((a) => a.action)).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
    } finally {
      handle.close();
    }
  });
});
