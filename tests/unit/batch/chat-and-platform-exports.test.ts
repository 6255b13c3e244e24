import { readChunks, rejects, rows } from './read-helpers';

/** An Android export line as WhatsApp writes it: 12-hour time with U+202F before PM, CRLF. */
const android = (minute: number, rest: string) => `1/3/26, 3:${String(minute).padStart(2, '0')}\u202fPM - ${rest}\r\n`;
const compact = (value: unknown) => JSON.stringify(value);

describe('WhatsApp system lines are skipped, even with ": " in them', () => {
  it.each([
    'Maria K created group "Flood: Ridgeport"',
    'Maria K changed the subject from "Flood" to "Flood: Ridgeport 2"',
    'Maria K changed the subject to “Flood: Ridgeport”',
    // No quotes: only the words after the name tell a system line.
    'Maria K changed the subject to Flood: Ridgeport',
    'Your security code with Dr: Lee changed. Tap to learn more.',
    'Maria K added Dr: Lee',
    "Maria K changed this group's icon",
    'Maria K changed the group description',
    'Maria K removed Bob',
    'You added Bob',
    'Bob left',
    "+1 555-0100 joined using this group's invite link",
    'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
    "Maria K's security code changed. Tap to learn more.",
  ])('%s', async (system) => {
    const chat = android(20, system) + android(22, 'Ann: Shelter at Lincoln High is full');
    const items = await readChunks([chat], { format: 'whatsapp' });
    expect(rejects(items)).toEqual([]);
    expect(rows(items).map((r) => [r.line, (r.row.author as { display_name: string }).display_name, r.row.text])).toEqual([[2, 'Ann', 'Shelter at Lincoln High is full']]);
  });

  it('iOS: a group name with ": " before the U+200E of a system line', async () => {
    const chat = '[03/01/2026, 15:20:00] Flood: Ridgeport: \u200eMaria K added Bob\n[03/01/2026, 15:21:00] Ann: Shelter is full\n';
    expect(rows(await readChunks([chat], { format: 'whatsapp' })).map((r) => r.row.text)).toEqual(['Shelter is full']);
  });

  it('keeps messages whose text has colons, quotes or system words, and senders with balanced quotes', async () => {
    const chat = [
      android(20, 'Maria K: Update: the bridge is closed'),
      android(21, 'Bob: He said "road: closed" twice'),
      android(22, 'Ann "Annie" Lee: Shelter: Lincoln High'),
      android(23, 'Bob: Maria K created group "Flood: Ridgeport" yesterday'),
    ].join('');
    const got = rows(await readChunks([chat], { format: 'whatsapp' })).map((r) => [(r.row.author as { display_name: string }).display_name, r.row.text]);
    expect(got).toEqual([
      ['Maria K', 'Update: the bridge is closed'],
      ['Bob', 'He said "road: closed" twice'],
      ['Ann "Annie" Lee', 'Shelter: Lincoln High'],
      ['Bob', 'Maria K created group "Flood: Ridgeport" yesterday'],
    ]);
  });
});

describe('WhatsApp lines before the first message', () => {
  const reason = 'not a WhatsApp message line (no timestamp) before the first message';

  it('a file that is no chat is all rejects, not 0 rows read', async () => {
    const items = await readChunks(['id,text\n1,hello\n'], { format: 'whatsapp' });
    expect(items).toEqual([
      { kind: 'reject', line: 1, reason, raw: 'id,text' },
      { kind: 'reject', line: 2, reason, raw: '1,hello' },
    ]);
  });

  it('blank lines before the first message are not rejects; text after it continues the message', async () => {
    const items = await readChunks(['\r\n  \r\nnotes from the desk\r\n', android(20, 'Ann: Shelter'), 'is full\r\n'], { format: 'whatsapp' });
    expect(rejects(items)).toEqual([{ kind: 'reject', line: 3, reason, raw: 'notes from the desk' }]);
    expect(rows(items).map((r) => [r.line, r.row.text])).toEqual([[4, 'Shelter\nis full']]);
  });
});

describe('Reddit listings', () => {
  const comment = (id: string, body: string, replies: unknown[] = []) => ({
    kind: 't1',
    data: { name: `t1_${id}`, id, body, author: 'ann', created_utc: 1793722800, parent_id: 't3_p1', replies: replies.length ? { kind: 'Listing', data: { children: replies } } : '' },
  });
  const post = { kind: 't3', data: { name: 't3_p1', id: 'p1', title: 'Harbor Bridge closed?', selftext: '', author: 'bob', created_utc: 1793722800 } };
  const listing = (children: unknown[]) => ({ kind: 'Listing', data: { children } });
  /**
   * A post and `levels` comments, each a reply to the one before, as text: JSON.stringify recurses
   * and cannot write the deepest of these.
   */
  const chain = (levels: number) => {
    // Each outer comment's JSON cut where its replies go, so the chain nests by concatenation.
    const [listingOpen, listingClose] = compact(listing([post, '@'])).split('"@"');
    const opens = Array.from({ length: levels - 1 }, (_, i) => compact(comment(`c${i + 1}`, `reply ${i + 1}`, ['@'])).split('"@"')[0]);
    const close = compact(comment('c', '', ['@'])).split('"@"')[1];
    return listingOpen + opens.join('') + compact(comment(`c${levels}`, `reply ${levels}`)) + close.repeat(levels - 1) + listingClose;
  };
  const ids = async (document: unknown) => {
    const items = await readChunks([typeof document === 'string' ? document : compact(document)], { format: 'reddit' });
    expect(rejects(items)).toEqual([]);
    return rows(items).map((r) => r.row.id);
  };

  it('[deleted] and [removed] comments are not posts, but the replies under them are read', async () => {
    const document = listing([post, comment('c1', '[deleted]', [comment('c2', 'It reopened at noon')]), comment('c3', '[removed]'), comment('c4', 'Still closed')]);
    expect(await ids(document)).toEqual(['t3_p1', 't1_c2', 't1_c4']);
  });

  it.each([15, 60, 3000])('a reply chain %i comments deep is read to the end, in order', async (levels) => {
    expect(await ids(chain(levels))).toEqual(['t3_p1', ...Array.from({ length: levels }, (_, i) => `t1_c${i + 1}`)]);
  });

  it('a "more" stub is no post and no reject', async () => {
    const more = { kind: 'more', data: { count: 2, name: 't1_c9', id: 'c9', parent_id: 't3_p1', children: ['c9', 'c10'] } };
    expect(await ids(listing([post, comment('c1', 'Still closed', [more]), more]))).toEqual(['t3_p1', 't1_c1']);
  });
});

describe('Telegram media messages', () => {
  const message = (id: number, extra: Record<string, unknown>) => ({
    id,
    type: 'message',
    date: '2026-11-03T15:20:00',
    date_unixtime: '1793722800',
    from: 'Ann',
    from_id: 'user1',
    text: '',
    ...extra,
  });

  it('without a caption are skipped like WhatsApp media lines; with one they are read; empty text alone is still a reject', async () => {
    const document = {
      name: 'Ridgeport',
      type: 'public_supergroup',
      id: 1,
      messages: [
        message(1, { text: 'Harbor Bridge is closed' }),
        message(2, { photo: 'photos/photo_1.jpg', width: 800, height: 600 }),
        message(3, { file: 'stickers/sticker.webp', media_type: 'sticker', sticker_emoji: '😢' }),
        message(4, { poll: { question: 'Is the bridge closed?', answers: [] } }),
        message(5, { file: 'files/notice.pdf', mime_type: 'application/pdf', text: [''] }),
        message(6, { photo: 'photos/photo_2.jpg', text: ['Water plant ', { type: 'bold', text: 'contaminated' }] }),
        message(7, {}),
      ],
    };
    const items = await readChunks([compact(document)], { format: 'telegram' });
    expect(rows(items).map((r) => [r.row.id, r.row.text])).toEqual([
      ['tg-user1-1', 'Harbor Bridge is closed'],
      ['tg-user1-6', 'Water plant contaminated'],
    ]);
    expect(rejects(items).map((r) => r.reason)).toEqual(['empty text']);
  });
});
