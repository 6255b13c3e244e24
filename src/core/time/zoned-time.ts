/*
 * Time zones for the whole desk: the summary's local days and weeks, and the pages' local
 * inputs and displays. Intl holds the zone rules; an instant's wall-clock parts are the one
 * primitive everything here is built on.
 */
import { addDays, formatCivil, type CivilDate } from './civil-date';
import { formatIsoWeek, isoWeekOf } from './iso-week';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * True when the runtime's Intl knows `zone` as an IANA time zone.
 *
 * @example isTimeZone('Pacific/Auckland') // true
 */
export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

function wallClock(atMs: number, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(atMs))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year ?? 0, month: out.month ?? 1, day: out.day ?? 1, hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0 };
}

/**
 * The calendar day an instant falls on in `timeZone`.
 *
 * @example localDateOf(new Date('2026-11-02T04:00:00Z'), 'America/Chicago') // {year: 2026, month: 11, day: 1}
 */
export function localDateOf(at: Date, timeZone: string): CivilDate {
  const w = wallClock(at.getTime(), timeZone);
  return { year: w.year, month: w.month, day: w.day };
}

/** Milliseconds `timeZone` is ahead of UTC at instant `atMs` (whole seconds). */
function offsetMs(atMs: number, timeZone: string): number {
  const w = wallClock(atMs, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(atMs / 1000) * 1000;
}

const sameDay = (a: CivilDate, b: CivilDate) => formatCivil(a) === formatCivil(b);

/**
 * The first instant of a calendar day in `timeZone`: local midnight, or the end of a DST gap
 * in the few zones that skip midnight itself. The offset can differ before and after the
 * instant we look for, so both offsets of the surrounding day are tried and the earliest
 * instant that already belongs to the day wins.
 *
 * @example startOfLocalDay({year: 2026, month: 11, day: 2}, 'America/Chicago').toISOString() // '2026-11-02T06:00:00.000Z'
 */
export function startOfLocalDay(day: CivilDate, timeZone: string): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day);
  const probes = [wall - 36 * 3_600_000, wall, wall + 36 * 3_600_000];
  const candidates = [...new Set(probes.map((p) => wall - offsetMs(p, timeZone)))].sort((a, b) => a - b);
  const inDay = candidates.filter((t) => sameDay(localDateOf(new Date(t), timeZone), day));
  const starts = inDay.filter((t) => !sameDay(localDateOf(new Date(t - 1), timeZone), day));
  const chosen = starts[0] ?? inDay[0] ?? candidates[0] ?? wall;
  return new Date(chosen);
}

/** The first instant of the day after `day`, i.e. where `day` ends (exclusive). */
export function endOfLocalDay(day: CivilDate, timeZone: string): Date {
  return startOfLocalDay(addDays(day, 1), timeZone);
}

/**
 * "2026-11-03 09:15" in `timeZone` (24-hour clock), for tables that a desk reads in local time.
 *
 * @example formatLocalDateTime('2026-11-03T15:15:00.000Z', 'America/Chicago') // '2026-11-03 09:15'
 */
export function formatLocalDateTime(iso: string, timeZone: string): string {
  const w = wallClock(Date.parse(iso), timeZone);
  return `${formatCivil(w)} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A `datetime-local` value ("2026-11-03T09:15"), read as wall-clock time in the department's
 * zone, as an ISO instant. Browsers send no zone with that input type, and officers type
 * local times. The offset is taken at the guessed instant and checked once more, which gets
 * the hours around a DST change right except the skipped hour itself.
 *
 * @example localToIso('2026-11-03T09:15', 'America/Chicago') // '2026-11-03T15:15:00.000Z'
 */
export function localToIso(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  const offsetMinutes = (atMs: number) => Math.round(offsetMs(atMs, timeZone) / 60_000);
  let guess = wall - offsetMinutes(wall) * 60_000;
  guess = wall - offsetMinutes(guess) * 60_000;
  return new Date(guess).toISOString();
}

/**
 * An instant as a `datetime-local` value in `timeZone` (minutes precision).
 *
 * @example isoToLocal(new Date('2026-11-03T15:15:00Z'), 'America/Chicago') // '2026-11-03T09:15'
 */
export function isoToLocal(at: Date, timeZone: string): string {
  const w = wallClock(at.getTime(), timeZone);
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

/**
 * An instant for people: "Nov 3, 2026, 09:15 CST" in the department's zone.
 *
 * @example formatInstant('2026-11-03T15:15:00Z', 'America/Chicago')
 */
export function formatInstant(iso: string | null, timeZone: string): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat('en-US', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(at);
}

/**
 * The ISO week of an instant in `timeZone`, as used in summary links: "2026-W48".
 *
 * @example isoWeekIn(new Date('2026-11-28T12:00:00Z'), 'America/Chicago') // '2026-W48'
 */
export function isoWeekIn(at: Date, timeZone: string): string {
  return formatIsoWeek(isoWeekOf(localDateOf(at, timeZone)));
}
