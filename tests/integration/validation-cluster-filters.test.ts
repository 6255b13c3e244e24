import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk, readJson, startHttp } from '../helpers/desk';

/** An unknown filter value must be refused with the accepted values, not answered with an empty queue. */
describe('cluster and triage filters', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    handle = memoryDesk();
    handle.desk.ingestPosts([
      { platform: 'x', id: 'f-1', text: 'Shelter at Northgate High is full and turning people away', posted_at: '2026-11-20T10:00:00Z' },
      { platform: 'x', id: 'f-2', text: 'Shelter at Northgate High is full and turning people away!!', posted_at: '2026-11-20T10:05:00Z' },
    ]);
    http = await startHttp(handle);
  });
  afterAll(async () => {
    await http.close();
    handle.close();
  });

  it.each(['/api/clusters', '/api/triage'])('%s?platform=bogus answers 400 naming the platforms', async (path) => {
    const res = await fetch(`${http.url}${path}?platform=bogus`);
    expect(res.status).toBe(400);
    const { error } = await readJson(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('platform: must be one of x, facebook, nextdoor, instagram, reddit, tiktok, other');
  });

  it.each(['/api/clusters', '/api/triage'])('%s?harm=bogus answers 400 naming the harm categories', async (path) => {
    const res = await fetch(`${http.url}${path}?harm=bogus`);
    expect(res.status).toBe(400);
    const { error } = await readJson(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/harm: must be one of active_threat, .*scam/);
    expect((await fetch(`${http.url}${path}?harm=evacuation`)).status).toBe(200);
  });

  it('still filters by a known platform', async () => {
    const onX = await readJson(await fetch(`${http.url}/api/clusters?platform=x`));
    expect(onX.items.length).toBeGreaterThan(0);
    const onReddit = await fetch(`${http.url}/api/clusters?platform=reddit`);
    expect(onReddit.status).toBe(200);
    expect((await readJson(onReddit)).items).toEqual([]);
  });
});
