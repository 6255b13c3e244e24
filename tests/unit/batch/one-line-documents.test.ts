import { readChunks, rejects, rows } from './read-helpers';

/** A platform's API response saved as it came: one line, no indentation. */
const compact = (value: unknown) => JSON.stringify(value);

const blueskyPost = (rkey: string, text: string) => ({
  uri: `at://did:plc:abc/app.bsky.feed.post/${rkey}`,
  author: { did: 'did:plc:abc', handle: 'ann.bsky.social' },
  record: { $type: 'app.bsky.feed.post', text, createdAt: '2026-11-03T15:20:00.000Z' },
  likeCount: 2,
});
const redditPost = (id: string, title: string) => ({ kind: 't3', data: { name: `t3_${id}`, id, title, selftext: '', author: 'ann', created_utc: 1793722800, permalink: `/r/Ridgeport/comments/${id}/x/` } });

describe('a whole API response on one line is a document, not JSON Lines', () => {
  it.each([
    ['Bluesky searchPosts', { posts: [blueskyPost('3k1', 'Harbor Bridge is closed'), blueskyPost('3k2', 'Water plant contaminated')], cursor: '2' }],
    ['a Reddit listing', { kind: 'Listing', data: { children: [redditPost('a1', 'Harbor Bridge is closed'), redditPost('a2', 'Water plant contaminated')] } }],
    [
      'YouTube commentThreads.list',
      {
        kind: 'youtube#commentThreadListResponse',
        items: ['c1', 'c2'].map((id, i) => ({
          kind: 'youtube#commentThread',
          id,
          snippet: { videoId: 'v1', topLevelComment: { kind: 'youtube#comment', id, snippet: { textOriginal: ['Harbor Bridge is closed', 'Water plant contaminated'][i], authorDisplayName: 'Ann', publishedAt: '2026-11-03T15:20:00Z', likeCount: 1 } } },
        })),
      },
    ],
    [
      'Telegram result.json',
      {
        name: 'Ridgeport',
        type: 'public_supergroup',
        id: 1,
        messages: [
          { id: 1, type: 'message', date: '2026-11-03T15:20:00', date_unixtime: '1793722800', from: 'Ann', from_id: 'user1', text: 'Harbor Bridge is closed' },
          { id: 2, type: 'message', date: '2026-11-03T15:21:00', date_unixtime: '1793722860', from: 'Bo', from_id: 'user2', text: ['Water plant ', { type: 'bold', text: 'contaminated' }] },
        ],
      },
    ],
  ])('%s', async (_name, document) => {
    for (const fileName of ['export.json', undefined]) {
      const items = await readChunks([compact(document)], { format: 'auto', ...(fileName ? { fileName } : {}) });
      expect(rejects(items)).toEqual([]);
      expect(rows(items).map((r) => r.row.text)).toEqual(['Harbor Bridge is closed', 'Water plant contaminated']);
    }
  });
});

describe("JSON Lines of a platform's own records", () => {
  it("reads one Bluesky post view or Reddit thing a line as that platform's export", async () => {
    const lines = [compact(blueskyPost('3k1', 'Harbor Bridge is closed')), compact(redditPost('a2', 'Water plant contaminated'))].join('\n');
    const read = rows(await readChunks([lines], { format: 'auto', fileName: 'collected.jsonl' }));
    expect(read.map((r) => [r.row.text, r.row.id, r.row.platform])).toEqual([
      ['Harbor Bridge is closed', 'at://did:plc:abc/app.bsky.feed.post/3k1', 'other'],
      ['Water plant contaminated', 't3_a2', 'reddit'],
    ]);
  });
});
