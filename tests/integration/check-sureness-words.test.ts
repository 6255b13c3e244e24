import { writeFileSync } from 'fs';
import { join } from 'path';
import { importedDatabase, memoryDesk, runCommand, startHttp, tempDir } from '../helpers/desk';

// Invented department, not a fixture or the demo.
const statements = [
  {
    slug: 'hollow-creek-mall-exercise',
    title: 'Active-shooter training exercise at Hollow Creek Mall on Sunday',
    body: 'Police, fire and EMS crews will hold an active-shooter training exercise at Hollow Creek Mall on Sunday from 7 to 11 a.m. Residents may see police cars and ambulances and hear simulated gunfire. There is no danger to the public.',
    published_at: '2026-11-18T15:00:00Z',
  },
];

/**
 * Sixteenth session: a verdict a rule on the statement's own words decides (an announced drill
 * told as a real emergency) printed the model's odds alone as "How sure: 20% (calibrated ...)"
 * under CONTRADICTED, which reads as a weak call.
 */
describe('how sure a stance is, in `rumordesk check`', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeAll(async () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'statements.jsonl');
    writeFileSync(file, statements.map((s) => JSON.stringify(s)).join('\n'));
    db = await importedDatabase(tmp.dir, file);
  });
  afterAll(() => tmp.cleanup());

  it('says a rule on the statement\'s words decided it, with the model\'s odds beside, and carries that in --json', async () => {
    const claim = 'ACTIVE SHOOTER AT HOLLOW CREEK MALL sunday morning!!! cops and ambulances everywhere, heard shots';
    const run = await runCommand(['check', claim, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^CONTRADICTED by statement #1/);
    expect(run.stdout).toMatch(/How sure: decided by the statement's own words, not by the model \(the model alone: \d+%\)/);
    expect(run.stdout).not.toMatch(/calibrated on public claim-vs-evidence data/);
    const json = JSON.parse((await runCommand(['check', claim, '--db', db, '--json'])).stdout);
    expect(json.matches[0].stanceDecidedBy).toBe('statement_words');
  });

  it('gives the calibrated probability for a verdict the model made, and no rule mark', async () => {
    const run = await runCommand(['check', 'heads up, police and fire training at hollow creek mall sunday morning 7 to 11, dont panic if you see ambulances', '--db', db, '--json']);
    const top = JSON.parse(run.stdout).matches[0];
    expect(top.stanceDecidedBy).toBeUndefined();
    const text = await runCommand(['check', 'heads up, police and fire training at hollow creek mall sunday morning 7 to 11, dont panic if you see ambulances', '--db', db]);
    expect(top.stanceConfidence).toBeGreaterThan(0);
    expect(text.stdout).toMatch(/How sure: \d+% \(calibrated on public claim-vs-evidence data\)/);
    expect(text.stdout).not.toMatch(/decided by the statement's own words/);
  });

  it('says the same on the check page', async () => {
    const handle = memoryDesk();
    handle.desk.statements.add(statements[0] as { title: string; body: string; published_at: string }, 'officer');
    const http = await startHttp(handle);
    try {
      const page = await (await fetch(`${http.url}/?text=${encodeURIComponent('ACTIVE SHOOTER AT HOLLOW CREEK MALL sunday morning!!! cops and ambulances everywhere')}`)).text();
      expect(page).toMatch(/How sure: decided by the statement(&#x27;|')s own words, not by the model \(the model alone: \d+%\)/);
    } finally {
      await http.close();
      handle.close();
    }
  });
});
