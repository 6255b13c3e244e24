import { postInputSchema } from '../../../src/usecases/posts/post-input';
import { readFixture, rejects, rows } from './read-helpers';

describe('readPosts on real export shapes', () => {
  test('monitoring-tool CSV: quoted multi-line text, "1,204" and "1.2K" counts, SQL dates as UTC', async () => {
    const items = await readFixture('monitoring-export.csv');
    expect(rejects(items)).toEqual([]);
    const got = rows(items);
    expect(got.map((r) => r.line)).toEqual([2, 3, 5]);
    const [first, second, third] = got.map((r) => r.row);
    expect(first).toMatchObject({
      platform: 'x',
      id: '1853400000000000001',
      author: { handle: 'ridgeport_watch', followers: 8812, verified: false },
      posted_at: '2026-11-03T15:20:00.000Z',
      engagement: { likes: 1204, reposts: 310, replies: 45, views: 1200 },
    });
    expect(second).toMatchObject({ platform: 'facebook', text: 'Heard the water plant was "contaminated".\nIs that true?? My kids drank it this morning' });
    expect(third).toMatchObject({ author: { handle: 'RidgeportPD', verified: true }, engagement: { reposts: 1120, views: 48600 } });
    for (const r of got) expect(postInputSchema.safeParse(r.row).success).toBe(true);
  });

  test('CrowdTangle-style TSV: "User Name", "Post Created" with EST, platform from the link', async () => {
    const got = rows(await readFixture('crowdtangle-export.tsv'));
    expect(got).toHaveLength(2);
    expect(got[1].row).toMatchObject({
      platform: 'facebook',
      author: { handle: 'elmstreetneighbours', display_name: 'Elm Street Neighbours' },
      posted_at: '2026-11-03T21:10:45.000Z',
      engagement: { likes: 1100, replies: 240, reposts: 380 },
      text: 'GAS LEAK on Elm, evacuate NOW, share this!!',
    });
  });

  test('JSON Lines: canonical objects, Twitter v1.1 statuses and flat objects; blank lines skipped', async () => {
    const got = rows(await readFixture('posts.jsonl'));
    expect(got.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(got[0].row).toMatchObject({ platform: 'nextdoor', id: 'nd-4471', posted_at: '2026-11-03T19:02:00.000Z', engagement: { replies: 9 } });
    // id_str wins over the numeric id, which JSON has already rounded.
    expect(got[1].row).toMatchObject({
      platform: 'x',
      id: '1853400000000000003',
      repost_of: '1853400000000000001',
      author: { handle: 'j_doe_77', followers: 143, following: 290, created_at: '2026-10-26T09:00:00.000Z' },
      posted_at: '2026-11-03T15:20:00.000Z',
    });
    expect(got[2].row).toMatchObject({ platform: 'reddit', id: 'r-88', posted_at: '2026-11-03T16:20:00.000Z', engagement: { replies: 3 } });
  });

  test('JSON array: each element a post, with the line its object opens on', async () => {
    const got = rows(await readFixture('posts-array.json'));
    expect(got.map((r) => [r.line, r.row.id])).toEqual([[2, 'tt-501'], [12, 'ig-77']]);
    expect(got[0].row).toMatchObject({ platform: 'tiktok', engagement: { likes: 12500, reposts: 3100, views: 250000 } });
    expect(got[1].row).toMatchObject({ posted_at: '2026-11-03T17:00:00.000Z' });
  });

  test('X API v2 response: users joined, metrics, t.co expanded, references, permalink', async () => {
    const got = rows(await readFixture('x-v2-page.json'));
    expect(got).toHaveLength(2);
    expect(got[0].row).toMatchObject({
      platform: 'x',
      id: '1853400000000000010',
      url: 'https://x.com/truth_rp/status/1853400000000000010',
      author: { handle: 'truth_rp', display_name: 'Ridgeport Truth', followers: 312, following: 4100, created_at: '2026-10-30T08:00:00.000Z' },
      engagement: { reposts: 88, replies: 14, likes: 240, views: 19000 },
    });
    expect(got[0].row.text).toContain('https://ridgeport-truth.example/bridge-coverup');
    expect(got[0].row.text).not.toContain('t.co');
    expect(got[1].row).toMatchObject({ reply_to: '1853400000000000010', author: { handle: 'lena_rp' } });
  });

  test.each(['x-v2-paged.jsonl', 'x-v2-paged-pretty.json'])('paged X v2 file %s: every page joined with its own users', async (name) => {
    const got = rows(await readFixture(name));
    expect(got.map((r) => r.row.id)).toEqual(['1853400000000000101', '1853400000000000102', '1853400000000000103', '1853400000000000104']);
    expect(got.map((r) => (r.row.author as { handle: string }).handle)).toEqual(['rp_alerts', 'newacct_8812', 'newacct_8812', 'rp_alerts']);
    expect(got[2].row.repost_of).toBe('1853400000000000102');
    expect(got[3].row.quote_of).toBe('1853400000000000102');
  });

  test('plain text: one claim a line, trimmed, blank lines skipped, no id, platform from options', async () => {
    const got = rows(await readFixture('claims.txt', { platform: 'Facebook' }));
    expect(got.map((r) => [r.line, r.row.text, r.row.id, r.row.platform])).toEqual([
      [1, 'The Harbor Bridge is closed', null, 'facebook'],
      [3, 'Tap water in Ridgeport is contaminated', null, 'facebook'],
      [4, 'Gas leak on Elm Street, evacuate', null, 'facebook'],
    ]);
    expect(rows(await readFixture('claims.txt'))[0].row.platform).toBe('other');
  });
});
