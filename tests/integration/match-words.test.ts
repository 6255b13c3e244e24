import { join } from 'path';
import { importedDatabase, runCommand, tempDir, memoryDesk } from '../helpers/desk';

const DEMO_STATEMENTS = join(__dirname, '../../data/demo/statements.jsonl');
const BRIDGE_CLAIM = 'The Elm Street Bridge just collapsed into the Cedar River!!! Avoid downtown';

describe('match strength in words an officer cannot misread (issue 16)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeAll(async () => {
    tmp = tempDir();
    db = await importedDatabase(tmp.dir, DEMO_STATEMENTS);
  });
  afterAll(() => tmp.cleanup());

  it('check prints the match as its strength, apart from the credibility label', async () => {
    const run = await runCommand(['check', BRIDGE_CLAIM, '--db', db]);
    expect(run.code).toBe(0);
    const [headline] = run.stdout.split('\n');
    expect(headline).toMatch(/^(CONTRADICTED by|SUPPORTED by|Not addressed by|UNCLEAR, read) statement #\d+ ".+" \((strong|possible) match, score \d\.\d\d\)$/);
    expect(run.stdout).not.toMatch(/^(CONFIRMED|SUGGESTED):/m);
    expect(run.stdout).toMatch(/^Credibility: \d+\/100, /m);
  });

  it('check --json names the top match strength matchDecision, with no bare decision field', async () => {
    const run = await runCommand(['check', BRIDGE_CLAIM, '--db', db, '--json']);
    const result = JSON.parse(run.stdout) as Record<string, unknown> & { matches: { decision: string }[] };
    expect(result).not.toHaveProperty('decision');
    expect(['strong', 'possible']).toContain(result.matchDecision);
    expect(result.matchDecision).toBe(result.matches[0]?.decision);
  });
});

describe('the renamed threshold settings', () => {
  it('list the new names only, and take a deprecated name as the new setting', () => {
    const handle = memoryDesk();
    try {
      const names = handle.desk.settings.all().map((s) => s.name);
      expect(names).toEqual(expect.arrayContaining(['matching.possibleThreshold', 'matching.strongThreshold']));
      expect(names.filter((n) => /suggested|confirmed/i.test(n))).toEqual([]);
      handle.desk.settings.set('matching.confirmedThreshold', '0.75', 'test');
      handle.desk.settings.set('matching.suggestedThreshold', '0.2', 'test');
      expect(handle.desk.settings.get('matching.strongThreshold')).toBe('0.75');
      expect(handle.desk.settings.get('matching.possibleThreshold')).toBe('0.2');
      expect(() => handle.desk.settings.set('matching.notAThreshold', '0.2', 'test')).toThrow(/Unknown setting/);
    } finally {
      handle.close();
    }
  });
});
