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
 * start with a timestamp continues the message before it. System lines (no `Name:`, or text
 * marked with the U+200E iOS puts before them) and media / deleted placeholders are skipped.
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
      continue;
    }
    if (current) yield* settle(current);
    const rest = head[8];
    const colon = rest.indexOf(': ');
    current = {
      line: line.no,
      parts: [Number(head[1]), Number(head[2]), Number(head[3]), Number(head[4]), Number(head[5]), Number(head[6] ?? 0)],
      half: head[7],
      sender: colon > 0 ? rest.slice(0, colon) : '',
      text: colon > 0 ? rest.slice(colon + 2) : rest,
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

function toItem(m: Message, order: DateOrder, ctx: CanonicalContext): ReaderItem | null {
  // A system line: no sender, or text that iOS marks with U+200E ("‎Maria added Bob").
  if (m.sender === '' || m.text.startsWith('\u200e')) return null;
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
