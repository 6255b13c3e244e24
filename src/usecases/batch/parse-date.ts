import { previewJson } from './preview-json';

/** A parsed date: the ISO-8601 UTC string, or why the value is not a date. */
export type DateResult = { ok: true; iso: string | null } | { ok: false; reason: string };

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** ISO 8601 / SQL style; a missing offset means UTC (exports from monitoring tools are UTC in practice). */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT|[ECMP][SD]T)?)?$/i;
/** Twitter v1.1 `created_at`: `Tue Nov 03 15:20:00 +0000 2026`. */
const TWITTER = /^[a-z]{3} ([a-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/i;
/** RFC 2822 (section 3.3): `Tue, 03 Nov 2026 15:20:00 +0000`, day name optional, zone GMT/UT/Z or numeric. */
const RFC2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|UT|Z)?$/i;
/** Meltwater's export `Date`: `03-Nov-2026 03:20PM` (UTC), time optional, 12- or 24-hour. */
const DAY_MON_YEAR = /^(\d{1,2})-([a-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?)?$/i;
const EPOCH = /^\d{9,13}(?:\.\d+)?$/;
/** `1/9/2025 9:46 am`, `09/01/2025 21:46:05`: read only when the caller says which number is the month. */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m\.?)?$/i;
const SLASHED_24H = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Day/month order of slashed dates, when a tool's export says which it writes. */
export type SlashOrder = 'mdy' | 'dmy';

/**
 * Reads the date formats found in post exports into ISO-8601 UTC. Accepts ISO 8601 (with or
 * without offset; none means UTC), `YYYY-MM-DD HH:MM:SS` (UTC), Twitter's
 * `Tue Nov 03 15:20:00 +0000 2026`, RFC 2822, Meltwater's `03-Nov-2026 03:20PM` (UTC), and Unix epoch seconds (9-10 digits) or milliseconds
 * (12-13 digits). Empty means "no date". Anything else, including `03/11/2026` (day and month
 * cannot be told apart), is an error rather than a silently dropped date, unless `slashOrder` says
 * which of the two the source writes first (Sprout Social's `1/9/2025 9:46 am` is month first).
 *
 * @example parseDate('Tue Nov 03 15:20:00 +0000 2026') // {ok: true, iso: '2026-11-03T15:20:00.000Z'}
 * @example parseDate('11/3/2026 3:20 pm', 'mdy') // {ok: true, iso: '2026-11-03T15:20:00.000Z'}
 */
export function parseDate(value: unknown, slashOrder?: SlashOrder): DateResult {
  if (value === null || value === undefined) return { ok: true, iso: null };
  if (typeof value === 'number') return fromEpoch(value, String(value));
  if (typeof value !== 'string') return { ok: false, reason: `unparseable date ${previewJson(value)}` };
  const text = value.trim();
  if (text === '') return { ok: true, iso: null };
  if (EPOCH.test(text)) return fromEpoch(Number(text), text);

  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = iso;
    const ms = Number(frac.padEnd(3, '0').slice(0, 3));
    return build(text, Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms, offsetMinutes(zone));
  }
  const tw = TWITTER.exec(text);
  if (tw) {
    const [, mon, d, h, mi, s, zone, y] = tw;
    return build(text, Number(y), MONTHS[mon.toLowerCase()] ?? -1, Number(d), Number(h), Number(mi), Number(s), 0, offsetMinutes(zone));
  }
  const rfc = RFC2822.exec(text);
  if (rfc) {
    const [, d, mon, y, h, mi, s = '0', zone] = rfc;
    return build(text, Number(y), MONTHS[mon.toLowerCase()] ?? -1, Number(d), Number(h), Number(mi), Number(s), 0, offsetMinutes(zone));
  }
  const dmy = DAY_MON_YEAR.exec(text);
  if (dmy) {
    const [, d, mon, y, h = '0', mi = '0', s = '0', half] = dmy;
    const hour = half ? (Number(h) % 12) + (/pm/i.test(half) ? 12 : 0) : Number(h);
    if (half && (Number(h) < 1 || Number(h) > 12)) return { ok: false, reason: `invalid date "${text.slice(0, 60)}"` };
    return build(text, Number(y), MONTHS[mon.toLowerCase()] ?? -1, Number(d), hour, Number(mi), Number(s), 0, 0);
  }
  const slashed = slashOrder ? (SLASHED.exec(text) ?? SLASHED_24H.exec(text)) : null;
  if (slashed) {
    const [, a, b, y, h = '0', mi = '0', s = '0', half] = slashed;
    const [mo, d] = slashOrder === 'mdy' ? [a, b] : [b, a];
    if (half && (Number(h) < 1 || Number(h) > 12)) return { ok: false, reason: `invalid date "${text.slice(0, 60)}"` };
    const hour = half ? (Number(h) % 12) + (/p/i.test(half) ? 12 : 0) : Number(h);
    return build(text, Number(y), Number(mo) - 1, Number(d), hour, Number(mi), Number(s), 0, 0);
  }
  return { ok: false, reason: `unparseable date "${text.slice(0, 60)}"` };
}

/** North American zone names, as CrowdTangle-style exports print them (`2026-11-03 16:02:11 EST`). */
const US_ZONES: Record<string, number> = { EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt|ut)$/i.test(zone)) return 0;
  const named = US_ZONES[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function build(text: string, y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): DateResult {
  const utc = Date.UTC(y, mo, d, h, mi, s, ms) - offset * 60_000;
  const check = new Date(Date.UTC(y, mo, d, h, mi, s, ms));
  // Date.UTC silently rolls 2026-02-30 over to March; a real export never means that.
  const valid = mo >= 0 && h < 24 && mi < 60 && s < 61 && check.getUTCMonth() === mo && check.getUTCDate() === d && check.getUTCFullYear() === y;
  if (!valid || !Number.isFinite(utc)) return { ok: false, reason: `invalid date "${text.slice(0, 60)}"` };
  return { ok: true, iso: new Date(utc).toISOString() };
}

function fromEpoch(n: number, text: string): DateResult {
  // 9-10 digits are seconds (1973-2286), 12-13 digits milliseconds; 11 digits is ambiguous.
  const digits = Math.floor(Math.abs(n)).toString().length;
  const ms = digits >= 9 && digits <= 10 ? n * 1000 : digits >= 12 && digits <= 13 ? n : NaN;
  if (!Number.isFinite(ms) || n < 0) return { ok: false, reason: `unparseable date "${text.slice(0, 60)}" (not epoch seconds or milliseconds)` };
  return { ok: true, iso: new Date(Math.round(ms)).toISOString() };
}
