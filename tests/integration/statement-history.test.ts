import { join } from 'path';
import type { OpenDesk } from '../../src/composition/open-desk';
import { openDesk } from '../../src/composition/open-desk';
import { loadConfig } from '../../src/config';
import { memoryDesk, readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

/**
 * An officer reading a statement sees what it said before and, once it is retracted, why: the
 * reason was kept only in the audit log, which viewers and officers cannot read.
 */
describe('a statement’s history', () => {
  const write = (handle: OpenDesk) => {
    const s = handle.desk.statements.add({ title: 'Elm bridge closed', body: 'The Elm bridge is closed.', published_at: '2026-11-05T11:00:00Z' }, 'dana');
    handle.desk.statements.edit(s.id, { body: 'The Elm bridge is closed until Friday.' }, 'dana');
    handle.desk.statements.retract(s.id, 'chief', 'issued in error');
    return s.id;
  };

  it('is served over HTTP to a viewer: every version, oldest first, and the retraction', async () => {
    const handle = memoryDesk();
    const http = await startHttp(handle);
    try {
      const id = write(handle);
      const res = await fetch(`${http.url}/api/statements/${id}/history`);
      expect(res.status).toBe(200);
      const body = await readJson(res);
      expect(body.versions.map((v: { version: number; body: string }) => [v.version, v.body])).toEqual([
        [1, 'The Elm bridge is closed.'],
        [2, 'The Elm bridge is closed until Friday.'],
      ]);
      expect(body.retraction).toMatchObject({ by: 'chief', reason: 'issued in error' });
      const page = await (await fetch(`${http.url}/statements/${id}`)).text();
      expect(page).toContain('issued in error');
      expect(page).toContain('Earlier versions');
      expect(page).toContain('The Elm bridge is closed.</p>');
    } finally {
      await http.close();
      handle.close();
    }
  });

  it('gives the retraction an import made (with no reason, as import rows carry none)', () => {
    const handle = memoryDesk();
    try {
      const row = { slug: 'elm-bridge', title: 'Elm bridge closed', body: 'The Elm bridge is closed.', published_at: '2026-11-05T11:00:00Z' };
      handle.desk.statements.importFile(JSON.stringify(row), 'jsonl', 'dana');
      handle.desk.statements.importFile(JSON.stringify({ ...row, status: 'retracted' }), 'jsonl', 'chief');
      const id = handle.desk.statements.list({}).items[0]?.id as number;
      expect(handle.desk.statements.history(id).retraction).toMatchObject({ by: 'chief', reason: null });
    } finally {
      handle.close();
    }
  });

  it('is printed by statements show (the reason always, the versions with --versions)', async () => {
    const tmp = tempDir();
    try {
      const db = join(tmp.dir, 'desk.db');
      const handle = openDesk(loadConfig({ db }, {}));
      let id: number;
      try {
        id = write(handle);
      } finally {
        handle.close();
      }
      const plain = await runCommand(['statements', 'show', String(id), '--db', db]);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toMatch(/Retracted \S+ by chief: issued in error\n/);
      expect(plain.stdout).not.toContain('--- version 1');
      const all = await runCommand(['statements', 'show', String(id), '--versions', '--db', db]);
      expect(all.stdout).toContain('--- version 1');
      expect(all.stdout).toContain('The Elm bridge is closed.\n');
    } finally {
      tmp.cleanup();
    }
  });
});
