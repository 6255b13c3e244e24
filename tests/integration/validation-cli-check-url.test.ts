import { join } from 'path';
import { emptyDeskFile, runCommand, tempDir } from '../helpers/desk';

/** `check --url` takes an http(s) link only, as POST /api/check does. */
describe('rumordesk check --url', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeAll(() => {
    tmp = tempDir();
    db = emptyDeskFile(join(tmp.dir, 'desk.db'));
  });
  afterAll(() => tmp.cleanup());

  it.each(['not a url', 'ftp://files.example/post', 'javascript:alert(1)', 'example.com/post', ''])('refuses %j: usage error, exit 2', async (url) => {
    const run = await runCommand(['check', 'The Harbor Bridge collapsed this morning', '--url', url, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^rumordesk: VALIDATION_FAILED: url must be an http or https URL/);
  });

  it.each(['https://x.com/someone/status/1', 'http://example.com/post?id=2'])('checks the claim with %s', async (url) => {
    const run = await runCommand(['check', 'The Harbor Bridge collapsed this morning', '--url', url, '--db', db, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).text).toBe('The Harbor Bridge collapsed this morning');
  });
});
