import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk, readJson, startHttp } from '../helpers/desk';

/** The possible-match threshold may not pass the strong one: the pair would contradict itself. */
describe('match threshold settings', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  const put = (name: string, value: unknown) => fetch(`${http.url}/api/settings/${name}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ value }) });
  const thresholds = () => ({ possible: handle.desk.settings.get('matching.possibleThreshold'), strong: handle.desk.settings.get('matching.strongThreshold') });
  const changes = () => handle.desk.audit.list({}).filter((a) => a.action === 'settings.change').length;

  beforeEach(async () => {
    handle = memoryDesk();
    http = await startHttp(handle);
  });
  afterEach(async () => {
    await http.close();
    handle.close();
  });

  it.each([
    ['matching.possibleThreshold', '0.9', 'is above matching.strongThreshold (0.592)'],
    ['matching.suggestedThreshold', '0.9', 'is above matching.strongThreshold (0.592)'],
    ['matching.strongThreshold', '0.05', 'is below matching.possibleThreshold (0.1)'],
    ['matching.confirmedThreshold', '0.05', 'is below matching.possibleThreshold (0.1)'],
  ])('PUT %s = %s is refused with 400 and changes nothing', async (name, value, why) => {
    const res = await put(name, value);
    expect(res.status).toBe(400);
    expect((await readJson(res)).error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining(why) });
    expect(thresholds()).toEqual({ possible: '0.1', strong: '0.592' });
    expect(changes()).toBe(0);
  });

  it('takes ordered thresholds, equal ones included, one at a time', async () => {
    expect((await put('matching.strongThreshold', '0.8')).status).toBe(200);
    expect((await put('matching.possibleThreshold', '0.8')).status).toBe(200);
    expect(thresholds()).toEqual({ possible: '0.8', strong: '0.8' });
  });

  it('the settings page raises both thresholds from one form', async () => {
    const csrf = 'a-test-csrf-token-long-enough';
    const form = new URLSearchParams({ _csrf: csrf, 'matching.possibleThreshold': '0.7', 'matching.strongThreshold': '0.8' });
    const res = await fetch(`${http.url}/settings`, {
      method: 'POST',
      headers: { accept: 'text/html', cookie: `rd_csrf=${csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(thresholds()).toEqual({ possible: '0.7', strong: '0.8' });
  });

  it('the settings page lists a crossed pair as a problem and keeps the value typed', async () => {
    const csrf = 'a-test-csrf-token-long-enough';
    const form = new URLSearchParams({ _csrf: csrf, 'matching.possibleThreshold': '0.9' });
    const res = await fetch(`${http.url}/settings`, {
      method: 'POST',
      headers: { accept: 'text/html', cookie: `rd_csrf=${csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('is above matching.strongThreshold (0.592)');
    expect(page).toContain('value="0.9"');
    expect(thresholds()).toEqual({ possible: '0.1', strong: '0.592' });
  });
});
