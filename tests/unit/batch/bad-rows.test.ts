import { readFixture, rejects, rows } from './read-helpers';

describe('a CSV with a dozen kinds of bad rows', () => {
  test('each bad row is rejected at its line with its reason; every good row is kept, in order', async () => {
    const items = await readFixture('bad-rows.csv');
    expect(items.map((i) => i.line)).toEqual([...items.map((i) => i.line)].sort((a, b) => a - b));
    expect(rows(items).map((r) => [r.line, r.row.id])).toEqual([
      [2, 'g1'], [9, 'g2'], [15, 'g3'], [18, 'g4'], [19, 'g5'], [21, 'g6'], [23, 'g7'], [24, 'g8'],
    ]);
    const reasons = rejects(items).map((r) => [r.line, r.reason]);
    const expected: [number, RegExp][] = [
      [3, /^empty text$/],
      [4, /^empty text$/],
      [5, /unparseable date "yesterday around noon"/],
      [6, /has 3 columns where the header has 6/],
      [7, /has 7 columns where the header has 6/],
      [8, /invalid closing quote/],
      [10, /likes is not a count: "lots"/],
      [11, /invalid url/],
      [12, /only control or invisible characters/],
      [13, /invalid UTF-8/],
      [14, /invalid date "2026-02-30/],
      [17, /unclosed or stray quote/],
      [20, /^id: .*200/],
      [22, /unclosed or stray quote.*end of the file/],
    ];
    expect(reasons.map(([line]) => line)).toEqual(expected.map(([line]) => line));
    reasons.forEach(([, reason], i) => expect(reason).toMatch(expected[i][1]));
    for (const r of rejects(items)) expect((r.raw ?? '').length).toBeLessThanOrEqual(200);
  });

  test('good rows keep their values: multi-line quoted text, Twitter, RFC 2822 and epoch dates, "-" count', async () => {
    const byId = new Map(rows(await readFixture('bad-rows.csv')).map((r) => [r.row.id, r.row]));
    expect(byId.get('g1')).toMatchObject({ platform: 'x', engagement: { likes: 1204 } });
    expect(byId.get('g2')).toMatchObject({ posted_at: '2026-11-03T10:07:00.000Z', engagement: { likes: 1200 } });
    expect(byId.get('g3')?.text).toBe('Shelter at Lincoln High:\nFULL, go to Ridgeport Arena instead');
    expect(byId.get('g4')?.posted_at).toBe('2026-11-03T16:20:00.000Z');
    expect(byId.get('g5')?.text).toBe('Is the shelter "full"?');
    expect(byId.get('g6')).toMatchObject({ posted_at: '2026-11-03T10:18:00.000Z', engagement: { likes: null } });
  });
});
