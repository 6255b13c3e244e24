import { addDays, civilToDays, isoWeekday, type CivilDate } from './civil-date';

/** An ISO-8601 week: weeks start on Monday; week 1 is the week holding the year's first Thursday. */
export interface IsoWeek {
  year: number;
  week: number;
}

/**
 * 52 or 53. A year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap
 * year (ISO 8601 §3.2.2; e.g. 2020 and 2026 have a W53, 2021 does not).
 *
 * @example weeksInIsoYear(2026) // 53
 */
export function weeksInIsoYear(year: number): number {
  const jan1 = isoWeekday({ year, month: 1, day: 1 });
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/**
 * The Monday that starts an ISO week: week 1 holds January 4th.
 *
 * @example mondayOfIsoWeek({year: 2021, week: 1}) // {year: 2021, month: 1, day: 4}
 */
export function mondayOfIsoWeek(w: IsoWeek): CivilDate {
  const jan4 = { year: w.year, month: 1, day: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + (w.week - 1) * 7);
}

/**
 * The ISO week a calendar day belongs to; early January days can fall in the previous ISO
 * year, late December days in the next one.
 *
 * @example isoWeekOf({year: 2027, month: 1, day: 1}) // {year: 2026, week: 53}
 */
export function isoWeekOf(d: CivilDate): IsoWeek {
  // The Thursday of d's week decides the ISO year (ISO 8601's first-Thursday rule).
  const thursday = addDays(d, 4 - isoWeekday(d));
  const firstMonday = mondayOfIsoWeek({ year: thursday.year, week: 1 });
  return { year: thursday.year, week: Math.floor((civilToDays(thursday) - civilToDays(firstMonday)) / 7) + 1 };
}

/** The week `n` weeks after `w` (negative goes back), across year ends. */
export function addWeeks(w: IsoWeek, n: number): IsoWeek {
  return isoWeekOf(addDays(mondayOfIsoWeek(w), n * 7));
}

/** @example formatIsoWeek({year: 2026, week: 7}) // '2026-W07' */
export function formatIsoWeek(w: IsoWeek): string {
  return `${String(w.year).padStart(4, '0')}-W${String(w.week).padStart(2, '0')}`;
}

/**
 * Parses "2026-W47" (also lower-case "w"). Returns null for malformed text and for week
 * numbers the year does not have (2021-W53).
 *
 * @example parseIsoWeek('2020-W53') // {year: 2020, week: 53}
 */
export function parseIsoWeek(text: string): IsoWeek | null {
  const m = /^(\d{4})-[Ww](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInIsoYear(year)) return null;
  return { year, week };
}
