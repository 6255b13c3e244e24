import { createHash } from 'node:crypto';
import type { SourceLine } from './read-lines';
import { reject, type ReaderItem } from './reader-types';
import { toCanonical, type CanonicalContext } from './to-canonical';

export type DateOrder = 'dmy' | 'mdy';

/** `[03/11/2026, 15:20:01] Name: text` (iOS) */
const BRACKETED = /^\u200e?\[(\d{1,4})[./-](\d{1,2})[./-](\d{2,4}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?)?\]\s*(.*)$/i;
/** `03/11/2026, 15:20 - Name: text` (Android) */
const DASHED = /^\u200e?(\d{1,4})[./-](\d{1,2})[./-](\d{2,4}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?)?\s+[-–]\s+(.*)$/i;
/** Media and deleted-message placeholders in the languages' most common English forms. */
const PLACEHOLDER = /^\u200e?(?:<media omitted>|(?:image|video|audio|sticker|gif|document|contact card) omitted|<attached: [^>]*>.*|this message was deleted|you deleted this message|null|missed (?:voice|video) call)$/i;
/** What WhatsApp (English) writes after a member's name ("You" for the exporter) on a system line. */
const AFTER_NAME = [
  'created group', 'created this group', 'changed the subject', "changed this group's icon", "changed this group's settings",
  'changed the group description', "deleted this group's icon", 'deleted the group description', "reset this group's invite link",
  'added', 'removed', 'left', 'was added', 'was removed', "joined using this group's invite link", 'joined from the community',
  'changed their phone number', 'changed to', 'turned on disappearing messages', 'turned off disappearing messages',
  'pinned a message', 'is now an admin', 'are now an admin',
];
/** ... and at the start of a system line that names no one first. */
const LINE_START = ['Messages and calls are end-to-end encrypted', 'Messages to this group are now secured', 'Your security code with', 'Disappearing messages were turned'];
/**
 * Tested only on the part before a ": ", so a message quoting a system line keeps its sender. A
 * system line may still hold a ": " outside quotes (in a name, a number, an unquoted subject),
 * which would otherwise pose as the end of a sender's name.
 */
const SYSTEM_LINE = new RegExp(`^(?:${LINE_START.join('|')})|^\\S.*?(?:'s security code changed| (?:${AFTER_NAME.join('|')}))(?=$|[\\s"“.,!])`);
const NO_STAMP_FIRST = 'not a WhatsApp message line (no timestamp) before the first message';
/** How many messages may wait while the day/month order is still unknown. */
const MAX_UNDECIDED = 1000;

interface Message {
  line: number;
  parts: number[];
  half: string | undefined;
  sender: string;
  text: string;
  raw: string;
  /** The timestamp as written, for a reject's reason. */
  stamp: string;
}

export interface WhatsAppOptions {
  /** `--date-order`; detected from the dates (a first number over 12 is a day) when absent. */
  dateOrder?: DateOrder;
  onNotice: (message: string) => void;
}

/** Whether a line starts a WhatsApp message (either export style). */
export function isWhatsAppLine(line: string): boolean {
  return BRACKETED.test(line) || DASHED.test(line);
}

/**
 * Reads a WhatsApp chat export (`.txt`, iOS bracketed or Android dash style). A line that does not
 * start with a timestamp continues the message before it; before the first message it is a
 * reject (blank lines aside), so a file that is no chat at all does not pass as an empty one.
 * System lines (see `splitSender`) and media / deleted placeholders are skipped.
 * Dates are local to the phone that exported and carry no zone: they are stored as UTC. The
 * day/month order is `dateOrder` or the first date that tells (a number over 12); until then at
 * most 1,000 messages wait, after which dmy is assumed with a notice. The id is a hash of
 * time, sender and text, stable across re-runs of the same export.
 *
 * @example for await (const item of readWhatsApp(readLines(stream, 2e6), ctx, {onNotice: console.error})) ...
 */
export async function* readWhatsApp(lines: AsyncIterable<SourceLine>, ctx: CanonicalContext, options: WhatsAppOptions): AsyncGenerator<ReaderItem> {
  let order: DateOrder | null = options.dateOrder ?? null;
  let current: Message | null = null;
  const waiting: Message[] = [];

  const emit = function* (m: Message): Generator<ReaderItem> {
    const item = toItem(m, order ?? 'dmy', ctx);
    if (item) yield item;
  };
  const settle = function* (m: Message): Generator<ReaderItem> {
    if (order === null) {
      order = orderFrom(m.parts);
      if (order === null && waiting.length < MAX_UNDECIDED) {
        waiting.push(m);
        return;
      }
      if (order === null) {
        order = 'dmy';
        options.onNotice(`day/month order not told by the first ${MAX_UNDECIDED} messages: read as day/month/year; use --date-order mdy if wrong`);
      }
      for (const w of waiting.splice(0)) yield* emit(w);
    }
    yield* emit(m);
  };

  for await (const line of lines) {
    if (line.oversized || line.badUtf8) {
      yield reject(line.no, line.oversized ? 'line larger than the limit' : 'invalid UTF-8 bytes', line.text);
      continue;
    }
    const head = BRACKETED.exec(line.text) ?? DASHED.exec(line.text);
    if (!head) {
      if (current) current.text += `\n${line.text}`;
      else if (line.text.trim() !== '') yield reject(line.no, NO_STAMP_FIRST, line.text);
      continue;
    }
    if (current) yield* settle(current);
    const rest = head[8];
    current = {
      line: line.no,
      parts: [Number(head[1]), Number(head[2]), Number(head[3]), Number(head[4]), Number(head[5]), Number(head[6] ?? 0)],
      half: head[7],
      ...splitSender(rest),
      raw: line.text,
      stamp: line.text.slice(0, line.text.length - rest.length).replace(/^\u200e?\[?|\]?\s*[-–]?\s*$/g, ''),
    };
  }
  if (current) yield* settle(current);
  if (waiting.length) {
    order = 'dmy';
    options.onNotice('day/month order not told by any date in the chat: read as day/month/year; use --date-order mdy if wrong');
    for (const w of waiting.splice(0)) yield* emit(w);
  }
}

function orderFrom(parts: number[]): DateOrder | null {
  if (parts[0] > 31) return 'dmy'; // year first: the order is fixed, either answer reads it
  if (parts[0] > 12) return 'dmy';
  if (parts[1] > 12) return 'mdy';
  return null;
}

/**
 * A message line's sender and text; a system line has no sender. The sender ends at the first
 * ": " outside quotes, as a group subject may hold one (`Maria K created group "Flood: Ridgeport"`),
 * unless what precedes it reads as a system line. iOS marks system text with U+200E after the
 * ": " that follows the group's name, which may itself hold a ": ".
 */
function splitSender(rest: string): { sender: string; text: string } {
  const system = { sender: '', text: rest };
  if (rest.includes(': \u200e')) return system;
  for (let colon = rest.indexOf(': '); colon > 0; colon = rest.indexOf(': ', colon + 2)) {
    const sender = rest.slice(0, colon);
    if (quotesOpen(sender)) continue;
    return SYSTEM_LINE.test(sender) ? system : { sender, text: rest.slice(colon + 2) };
  }
  return system;
}

/** Whether `s` ends inside a quotation (straight, or the curly ones iOS and some locales write). */
function quotesOpen(s: string): boolean {
  const count = (q: string) => s.split(q).length - 1;
  return count('"') % 2 === 1 || count('“') > count('”');
}

function toItem(m: Message, order: DateOrder, ctx: CanonicalContext): ReaderItem | null {
  if (m.sender === '') return null;
  const text = m.text.replace(/\s*<This message was edited>$/, '');
  if (PLACEHOLDER.test(text.trim())) return null;
  const posted = isoOf(m.parts, m.half, order);
  const id = createHash('sha1').update(`${posted ?? m.raw}\u0000${m.sender}\u0000${text}`).digest('hex').slice(0, 20);
  const flat: Record<string, unknown> = { id: `wa-${id}`, text, posted_at: posted ?? m.stamp, 'author.display_name': m.sender, platform: 'other' };
  const r = toCanonical((k) => flat[k], { id: 'id', text: 'text', posted_at: 'posted_at', 'author.display_name': 'author.display_name', platform: 'platform' }, ctx);
  return r.ok ? { kind: 'row', line: m.line, row: r.row } : reject(m.line, r.reason, m.raw);
}

function isoOf(parts: number[], half: string | undefined, order: DateOrder): string | null {
  let [a, b, y] = parts;
  const [, , , h0, mi, s] = parts;
  if (a > 31) [y, a, b] = [a, b, y]; // year/month/day
  else if (order === 'mdy') [a, b] = [b, a];
  const year = y < 100 ? 2000 + y : y;
  let h = h0;
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/p/i.test(half) ? 12 : 0);
  }
  const date = new Date(Date.UTC(year, b - 1, a, h, mi, s));
  const valid = date.getUTCDate() === a && date.getUTCMonth() === b - 1 && h < 24 && mi < 60 && s < 60;
  return valid ? date.toISOString() : null;
}
