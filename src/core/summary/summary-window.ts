import { RumorDeskError } from '../errors';
import { addDays, civilToDays, formatCivil, parseCivil, type CivilDate } from '../time/civil-date';
import { addWeeks, formatIsoWeek, isoWeekOf, mondayOfIsoWeek, parseIsoWeek, type IsoWeek } from '../time/iso-week';
import { isTimeZone, localDateOf, startOfLocalDay } from '../time/zoned-time';

/** One local calendar day as a half-open UTC interval. */
export interface LocalDay {
  date: string;
  start: string;
  end: string;
}

/**
 * The period a summary covers: local days in the department's zone, as UTC instants, start
 * inclusive and end exclusive (so a DST week really has 167 or 169 hours).
 */
export interface SummaryWindow {
  kind: 'week' | 'range';
  /** "2026-W47", or "2026-11-01..2026-11-07" for a date range. */
  label: string;
  timezone: string;
  firstDay: string;
  lastDay: string;
  start: string;
  end: string;
  hours: number;
  days: LocalDay[];
}

export interface SummaryPeriodInput {
  week?: string;
  from?: string;
  to?: string;
  timezone?: string;
}

/** The longest date range a summary accepts; beyond it the daily chart stops being readable. */
export const MAX_RANGE_DAYS = 92;

function invalid(message: string): RumorDeskError {
  return new RumorDeskError('VALIDATION_FAILED', message);
}

function windowOfDays(kind: SummaryWindow['kind'], label: string, first: CivilDate, count: number, timezone: string): SummaryWindow {
  const days: LocalDay[] = [];
  for (let i = 0; i < count; i += 1) {
    const d = addDays(first, i);
    days.push({ date: formatCivil(d), start: startOfLocalDay(d, timezone).toISOString(), end: startOfLocalDay(addDays(d, 1), timezone).toISOString() });
  }
  const start = (days[0] as LocalDay).start;
  const end = (days[days.length - 1] as LocalDay).end;
  return {
    kind,
    label,
    timezone,
    firstDay: formatCivil(first),
    lastDay: formatCivil(addDays(first, count - 1)),
    start,
    end,
    hours: Math.round((Date.parse(end) - Date.parse(start)) / 3_600_000),
    days,
  };
}

/**
 * Monday 00:00 to the next Monday 00:00 in `timezone`, as UTC instants.
 *
 * @example weekWindow({year: 2026, week: 44}, 'America/Chicago').hours // 169 (DST ends 2026-11-01)
 */
export function weekWindow(week: IsoWeek, timezone: string): SummaryWindow {
  return windowOfDays('week', formatIsoWeek(week), mondayOfIsoWeek(week), 7, timezone);
}

/** Local days `from`..`to` inclusive. */
export function rangeWindow(from: CivilDate, to: CivilDate, timezone: string): SummaryWindow {
  const count = civilToDays(to) - civilToDays(from) + 1;
  return windowOfDays('range', `${formatCivil(from)}..${formatCivil(to)}`, from, count, timezone);
}

/** The period just before `w`: the previous ISO week, or a range of the same number of days. */
export function previousWindow(w: SummaryWindow): SummaryWindow {
  const first = parseCivil(w.firstDay) as CivilDate;
  if (w.kind === 'week') return weekWindow(addWeeks(isoWeekOf(first), -1), w.timezone);
  const count = w.days.length;
  return rangeWindow(addDays(first, -count), addDays(first, -1), w.timezone);
}

/**
 * The last ISO week that has fully ended at `now` in `timezone`.
 *
 * @example lastCompleteWeek(new Date('2026-11-23T15:00:00Z'), 'America/Chicago') // {year: 2026, week: 47}
 */
export function lastCompleteWeek(now: Date, timezone: string): IsoWeek {
  return addWeeks(isoWeekOf(localDateOf(now, timezone)), -1);
}

/** A period that has not started has nothing to summarise: a typo in the year, most likely. */
function notInFuture(window: SummaryWindow, now: Date): SummaryWindow {
  if (Date.parse(window.start) > now.getTime()) {
    throw invalid(`${window.label} has not started yet (it starts ${window.firstDay} in ${window.timezone}); choose a past or current week.`);
  }
  return window;
}

/**
 * Turns the user's choice (a week, a date range or nothing) into a window, or throws
 * RumorDeskError('VALIDATION_FAILED') saying what is wrong.
 *
 * @example resolveWindow({week: '2026-W47'}, new Date(), 'America/Chicago').start // '2026-11-16T06:00:00.000Z'
 */
export function resolveWindow(input: SummaryPeriodInput, now: Date, defaultTimezone: string): SummaryWindow {
  const timezone = (input.timezone ?? defaultTimezone).trim();
  if (!isTimeZone(timezone)) throw invalid(`Unknown time zone "${timezone}"; use an IANA name such as America/Chicago.`);
  const hasRange = input.from !== undefined || input.to !== undefined;
  if (input.week !== undefined && hasRange) throw invalid('Give either a week or a date range (from/to), not both.');
  if (input.week !== undefined) {
    const week = parseIsoWeek(input.week);
    if (!week) throw invalid(`Invalid week "${input.week}"; expected an ISO week such as 2026-W47 that exists in that year.`);
    return notInFuture(weekWindow(week, timezone), now);
  }
  if (hasRange) {
    if (input.from === undefined || input.to === undefined) throw invalid('A date range needs both from and to (YYYY-MM-DD).');
    const from = parseCivil(input.from);
    const to = parseCivil(input.to);
    if (!from) throw invalid(`Invalid from date "${input.from}"; expected YYYY-MM-DD.`);
    if (!to) throw invalid(`Invalid to date "${input.to}"; expected YYYY-MM-DD.`);
    const days = civilToDays(to) - civilToDays(from) + 1;
    if (days < 1) throw invalid(`The from date ${input.from} is after the to date ${input.to}.`);
    if (days > MAX_RANGE_DAYS) throw invalid(`A date range may cover at most ${MAX_RANGE_DAYS} days; ${input.from}..${input.to} covers ${days}.`);
    return notInFuture(rangeWindow(from, to, timezone), now);
  }
  return weekWindow(lastCompleteWeek(now, timezone), timezone);
}
