import { memoryDesk, readJson, startHttp } from '../helpers/desk';

const post = (id: string, text: string) => ({ platform: 'x', id, text, posted_at: '2026-11-03T15:00:00Z', author: { handle: '@someone', followers: 10 } });

describe('POST /api/posts', () => {
  it('ingests a JSON array and JSON Lines with per-row results; the same posts again are duplicates', async () => {
    const handle = memoryDesk();
    const http = await startHttp(handle);
    try {
      const first = await fetch(`${http.url}/api/posts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([post('1', 'The Elm Street bridge collapsed into the river this morning'), { platform: 'x', id: '2', text: '   ' }, post('3', 'Shelter open at Lincoln Middle School tonight')]),
      });
      expect(first.status).toBe(201);
      const body = await readJson(first);
      expect(body).toMatchObject({ read: 3, stored: 2, rejected: 1, duplicates: 0 });
      expect(body.results[1]).toMatchObject({ row: 2, status: 'rejected' });
      expect(body.results[0].outcome.clusterId).toEqual(expect.any(Number));

      const lines = [JSON.stringify(post('1', 'The Elm Street bridge collapsed into the river this morning')), '{not json', JSON.stringify(post('4', 'Boil water advisory for Orchard Hill'))].join('\n');
      const second = await fetch(`${http.url}/api/posts`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: lines });
      const again = await readJson(second);
      expect(again).toMatchObject({ read: 3, stored: 1, duplicates: 1, rejected: 1 });
      expect(again.results[1]).toMatchObject({ row: 2, status: 'rejected', reason: 'not valid JSON' });
      expect(handle.desk.health().posts).toBe(3);
    } finally {
      await http.close();
      handle.close();
    }
  });
});
