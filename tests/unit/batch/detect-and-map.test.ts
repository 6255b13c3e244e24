import { RumorDeskError } from '../../../src/core/errors';
import { detectFormat, parseMapOption, readPosts } from '../../../src/usecases/batch';
import { readChunks, readFixture, rejects, rows } from './read-helpers';

async function* empty(): AsyncGenerator<string> {}

describe('format detection', () => {
  test.each([
    ['monitoring-export.csv', 'csv'],
    ['crowdtangle-export.tsv', 'tsv'],
    ['posts.jsonl', 'jsonl'],
    ['claims.txt', 'text'],
  ])('%s is %s by its extension', (name, format) => {
    expect(detectFormat(['whatever'], name, {})).toBe(format);
  });

  test.each([
    [['[', '  {"text": "a"}'], 'json'],
    [['{"data": [], "includes": {"users": []}, "meta": {}}'], 'x-v2'],
    [['{', '  "data": [', '    {"id": "1", "text": "a"}', '  ],', '  "includes": {}'], 'x-v2'],
    [['{"text": "Bridge closed", "id": "1"}', '{"text": "b"}'], 'jsonl'],
    [['', 'id\tmessage\tlikes', '1\tBridge\t3'], 'tsv'],
    [['post_id,Message,Reactions', '1,Bridge closed,3'], 'csv'],
    [['The bridge is closed, my cousin says', 'Water is poisoned'], 'text'],
  ])('content %j (stdin, or .json) is %s', (sample, format) => {
    expect(detectFormat(sample, undefined, {})).toBe(format);
  });

  test('a comma header is CSV when --map names its text column', () => {
    expect(detectFormat(['a,b,c'], undefined, {})).toBe('text');
    expect(detectFormat(['a,b,c'], undefined, { text: 'b' })).toBe('csv');
  });

  test('detection reads from stdin without losing the peeked lines', async () => {
    const lines = ['id,message', ...Array.from({ length: 100 }, (_, i) => `${i},claim number ${i}`)];
    const items = await readChunks([lines.join('\n')], { format: 'auto' });
    expect(rows(items).map((r) => r.row.id)).toEqual(Array.from({ length: 100 }, (_, i) => String(i)));
  });

  test('an unknown explicit format throws UNKNOWN_FORMAT at once', () => {
    expect(() => readPosts(empty(), { format: 'xml' as never })).toThrow(RumorDeskError);
    try {
      readPosts(empty(), { format: 'xml' as never });
    } catch (err) {
      expect((err as RumorDeskError).code).toBe('UNKNOWN_FORMAT');
    }
  });

  test('a CSV without any text column is unusable: UNKNOWN_FORMAT', async () => {
    await expect(readChunks(['a,b\n1,2\n'], { format: 'csv' })).rejects.toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });
});

describe('column mapping', () => {
  test('parseMapOption accepts canonical and short field names', () => {
    expect(parseMapOption('text=message, id=post_id,likes=Reactions,author.handle=Account')).toEqual({
      text: 'message',
      id: 'post_id',
      'engagement.likes': 'Reactions',
      'author.handle': 'Account',
    });
  });

  test.each(['text', 'text=', '=message', 'colour=hue', ''])('parseMapOption rejects %j with VALIDATION_FAILED', (spec) => {
    expect(() => parseMapOption(spec)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  test('--map overrides the recognised columns, case-insensitively', async () => {
    const csv = 'text,Body Copy,Posted,Account\nignored header text,Real claim,2026-11-03T10:00:00Z,ann\n';
    const items = await readChunks([csv], { format: 'csv', map: parseMapOption('text=body copy,handle=ACCOUNT,posted_at=Posted') });
    expect(rows(items)[0].row).toMatchObject({ text: 'Real claim', author: { handle: 'ann' }, posted_at: '2026-11-03T10:00:00.000Z' });
  });

  test('--map naming a column the CSV lacks fails the command', async () => {
    await expect(readChunks(['text\nx\n'], { format: 'csv', map: { text: 'message' } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  test('recognised header variants', async () => {
    const csv = 'Tweet_ID,Screen Name,Tweet,Timestamp,Retweet Count,Favorites,Comments,View Count,User Followers Count,Network\n' +
      '42,@rp,Bridge is closed,2026-11-03T10:00:00+01:00,7,8,9,10,11,Twitter\n';
    const got = rows(await readChunks([csv], { format: 'auto' }));
    expect(got[0].row).toMatchObject({
      id: '42', platform: 'x', text: 'Bridge is closed', posted_at: '2026-11-03T09:00:00.000Z',
      author: { handle: 'rp', followers: 11 }, engagement: { reposts: 7, likes: 8, replies: 9, views: 10 },
    });
  });

  test('--platform is the default for rows that name none, and an unknown one is refused', async () => {
    const got = rows(await readChunks(['message\nhello\n'], { format: 'csv', platform: 'nextdoor' }));
    expect(got[0].row.platform).toBe('nextdoor');
    expect(() => readPosts(empty(), { format: 'csv', platform: 'myspace' })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  test('JSON objects use the same names, and a mapped key missing from one object only rejects it', async () => {
    const jsonl = '{"msg": "a", "handle": "x1"}\n{"other": "b"}\n';
    const items = await readChunks([jsonl], { format: 'jsonl', map: { text: 'msg' } });
    expect(rows(items).map((r) => r.row.text)).toEqual(['a']);
    expect(rejects(items)).toEqual([expect.objectContaining({ line: 2, reason: 'missing text' })]);
  });

  test('fixtures are still read the same with an explicit format', async () => {
    const auto = await readFixture('x-v2-paged.jsonl');
    const explicit = await readFixture('x-v2-paged.jsonl', { format: 'jsonl' });
    expect(explicit).toEqual(auto);
  });
});
