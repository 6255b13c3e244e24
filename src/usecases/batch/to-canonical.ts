import type { Platform } from '../../core/types';
import { isInvisible } from '../invisible-text';
import { postInputSchema } from '../posts/post-input';
import type { CanonicalField, ColumnBinding } from './column-map';
import { parseBool, parseCount } from './parse-count';
import { parseDate, type SlashOrder } from './parse-date';
import { platformFromName, platformFromUrl } from './platform-name';

export type Canonical = { ok: true; row: Record<string, unknown> } | { ok: false; reason: string };

export interface CanonicalContext {
  /** `--platform`, already checked; used when the record names no recognised platform. */
  platform: Platform | null;
  maxFieldBytes: number;
  /** What the record's shape says when it carries no platform column (Twitter v1.1 JSON is X). */
  platformHint?: Platform | null;
  /** A tool preset's day/month order for `1/9/2025 9:46 am` dates, which are otherwise refused as ambiguous. */
  slashOrder?: SlashOrder;
  /** The text column holds line breaks as the two characters `\n` (twarc-csv writes them so). */
  escapedNewlines?: boolean;
}

const MAX_TEXT_CHARS = 100_000;
/** `1.8534E+18`: a number written in scientific notation, which no platform uses for an id. */
const ROUNDED_NUMBER = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

/**
 * Turns one source record (a CSV row or a flattened JSON object, read through `get`) into the
 * canonical post row, or the first reason it cannot be one. The row is checked against
 * `postInputSchema` here so every row the readers emit is one the pipeline accepts, and a
 * failure is reported with the record's line rather than later without it.
 *
 * @example toCanonical((k) => ({msg: 'Bridge closed'})[k], {text: 'msg'}, {platform: null, maxFieldBytes: 1e6})
 */
export function toCanonical(get: (key: string) => unknown, binding: ColumnBinding, ctx: CanonicalContext): Canonical {
  const problems: string[] = [];
  const field = (name: CanonicalField): unknown => {
    const key = binding[name];
    if (key === undefined) return undefined;
    const value = get(key);
    if (typeof value === 'string' && tooLarge(value, ctx.maxFieldBytes)) {
      problems.push(`field "${key}" is larger than ${ctx.maxFieldBytes} bytes`);
      return undefined;
    }
    return value;
  };
  const str = (name: CanonicalField): string | null => {
    const v = field(name);
    if (v === undefined || v === null) return null;
    const s = (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '').trim();
    return s === '' ? null : s;
  };
  const date = (name: CanonicalField): string | null => {
    const r = parseDate(field(name), ctx.slashOrder);
    if (!r.ok) problems.push(`${name}: ${r.reason}`);
    return r.ok ? r.iso : null;
  };
  const count = (name: CanonicalField): number | null => {
    const r = parseCount(field(name), name);
    if (!r.ok) problems.push(r.reason);
    return r.ok ? r.value : null;
  };
  const idOf = (name: CanonicalField): string | null => {
    const v = field(name);
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) problems.push(`${name} ${v} lost precision as a JSON number; export ids as strings`);
      return Number.isSafeInteger(v) ? String(v) : null;
    }
    const s = str(name);
    // Excel shows a long number in scientific notation and saves it so, keeping 15 digits: posts
    // whose ids differ after that would all be one id, and all but the first "duplicates".
    if (s !== null && ROUNDED_NUMBER.test(s)) problems.push(`${name} "${s}" is a number rounded to scientific notation (as Excel saves long ids); format the column as text, or use the tool's own export`);
    return s;
  };

  const rawText = unescapeText(field('text'), ctx);
  if (problems.length) return { ok: false, reason: problems[0] };
  if (binding.text === undefined || rawText === undefined || rawText === null) return { ok: false, reason: 'missing text' };
  if (typeof rawText !== 'string') return { ok: false, reason: 'text is not a string' };
  if (rawText.trim() === '') return { ok: false, reason: 'empty text' };
  if (isInvisible(rawText)) return { ok: false, reason: 'text has only control or invisible characters' };
  if (rawText.length > MAX_TEXT_CHARS) return { ok: false, reason: `text longer than ${MAX_TEXT_CHARS} characters` };

  const url = normalizeUrl(str('url'), problems);
  const row = {
    platform: platformFromName(field('platform')) ?? ctx.platform ?? platformFromUrl(url) ?? ctx.platformHint ?? 'other',
    id: idOf('id'),
    author: {
      handle: str('author.handle')?.replace(/^@/, '') ?? null,
      display_name: str('author.display_name'),
      verified: parseBool(field('author.verified')),
      followers: count('author.followers'),
      following: count('author.following'),
      listed: count('author.listed'),
      created_at: date('author.created_at'),
    },
    text: rawText,
    url,
    posted_at: date('posted_at'),
    engagement: {
      reposts: count('engagement.reposts'),
      likes: count('engagement.likes'),
      replies: count('engagement.replies'),
      views: count('engagement.views'),
    },
    reply_to: idOf('reply_to'),
    quote_of: idOf('quote_of'),
    repost_of: idOf('repost_of'),
  };
  if (problems.length) return { ok: false, reason: problems[0] };
  return checkSchema(row);
}

function unescapeText(value: unknown, ctx: CanonicalContext): unknown {
  return ctx.escapedNewlines && typeof value === 'string' ? value.replace(/\\n/g, '\n') : value;
}

/** The final guard: the same schema the pipeline applies, its first issue as the reason. */
export function checkSchema(row: Record<string, unknown>): Canonical {
  const parsed = postInputSchema.safeParse(row);
  if (parsed.success) return { ok: true, row };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue.path.join('.') || 'row'}: ${issue.message}` };
}

function normalizeUrl(value: string | null, problems: string[]): string | null {
  if (value === null || /^(-|n\/a|na|null|none)$/i.test(value)) return null;
  // Monitoring tools often drop the scheme (`x.com/user/status/1`).
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const u = new URL(candidate);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.')) return candidate;
  } catch {
    // fall through to the problem below
  }
  problems.push(`invalid url "${value.slice(0, 80)}"`);
  return null;
}

function tooLarge(value: string, max: number): boolean {
  // UTF-8 takes 1-3 bytes per UTF-16 unit, so the exact count is needed only in between.
  if (value.length > max) return true;
  if (value.length * 3 <= max) return false;
  return Buffer.byteLength(value, 'utf8') > max;
}
