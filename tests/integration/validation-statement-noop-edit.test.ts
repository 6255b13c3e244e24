import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk, readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

const statement = {
  title: 'Elm Street bridge closed',
  body: 'The Elm Street bridge is closed.',
  incident: 'flood-2026-11',
  url: 'https://ridgeportpd.example/news/elm',
  published_at: '2026-11-03T15:20:00Z',
};

describe('an edit that changes nothing', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  let id: number;
  const patch = (body: unknown) => fetch(`${http.url}/api/statements/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const versionRows = () => handle.db.prepare('SELECT COUNT(*) FROM statement_versions WHERE statement_id = ?').pluck().get(id);
  const edits = () => handle.desk.audit.list({}).filter((a) => a.action === 'statement.edit').length;

  beforeEach(async () => {
    handle = memoryDesk();
    http = await startHttp(handle);
    id = (await readJson(await fetch(`${http.url}/api/statements`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(statement) }))).id;
  });
  afterEach(async () => {
    await http.close();
    handle.close();
  });

  it.each([
    ['the same title', { title: statement.title }],
    ['the same fields, padded with spaces', { title: ` ${statement.title} `, body: `${statement.body}\n`, incident: statement.incident }],
    ['the same url and no topic', { url: statement.url, topic: null }],
  ])('PATCH with %s answers 200, changed: false, and writes no version or audit entry', async (_name, body) => {
    const before = { versions: versionRows(), edits: edits() };
    const res = await patch(body);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ id, version: 1, title: statement.title, changed: false });
    expect({ versions: versionRows(), edits: edits() }).toEqual(before);
  });

  it('a real change still makes a version, with changed: true', async () => {
    const res = await patch({ title: statement.title, body: 'The Elm Street bridge is open again.' });
    expect(await readJson(res)).toMatchObject({ version: 2, body: 'The Elm Street bridge is open again.', changed: true });
    expect(edits()).toBe(1);
  });

  it('statements edit in the CLI says nothing changed and keeps the version', async () => {
    const tmp = tempDir();
    try {
      const db = `${tmp.dir}/desk.db`;
      const added = await runCommand(['statements', 'add', '--title', statement.title, '--body', statement.body, '--db', db, '--json']);
      const sid = String(JSON.parse(added.stdout).id);
      const run = await runCommand(['statements', 'edit', sid, '--title', statement.title, '--db', db]);
      expect(run).toMatchObject({ code: 0, stdout: `Statement #${sid} already says that; it stays at version 1.\n` });
      const audit = await runCommand(['audit', '--db', db, '--json']);
      expect(audit.stdout).not.toContain('statement.edit');
    } finally {
      tmp.cleanup();
    }
  });
});
