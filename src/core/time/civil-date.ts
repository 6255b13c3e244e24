/** A calendar date with no time zone attached (a wall-calendar day). */
export interface CivilDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

const DAY_MS = 86_400_000;

/** Midnight UTC of a civil date. Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not. */
function utcMidnight(d: CivilDate): Date {
  const at = new Date(Date.UTC(2000, d.month - 1, d.day));
  at.setUTCFullYear(d.year);
  return at;
}

/** Days since 1970-01-01 for a civil date (proleptic Gregorian), via UTC arithmetic. */
export function civilToDays(d: CivilDate): number {
  return Math.round(utcMidnight(d).getTime() / DAY_MS);
}

/** The civil date `days` after 1970-01-01. */
export function daysToCivil(days: number): CivilDate {
  const at = new Date(days * DAY_MS);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/** `d` moved by `n` days (negative goes back). */
export function addDays(d: CivilDate, n: number): CivilDate {
  return daysToCivil(civilToDays(d) + n);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(d: CivilDate): number {
  const dow = utcMidnight(d).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/**
 * "2026-11-16" for a civil date.
 *
 * @example formatCivil({year: 2026, month: 11, day: 2}) // '2026-11-02'
 */
export function formatCivil(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Parses "YYYY-MM-DD" strictly (the day must exist); null otherwise.
 *
 * @example parseCivil('2026-02-30') // null
 */
export function parseCivil(text: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = daysToCivil(civilToDays(d));
  return back.year === d.year && back.month === d.month && back.day === d.day ? d : null;
}
