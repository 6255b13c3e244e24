import fc from 'fast-check';
import {
  addWeeks,
  formatCivil,
  isoWeekOf,
  lastCompleteWeek,
  localDateOf,
  mondayOfIsoWeek,
  parseIsoWeek,
  previousWindow,
  resolveWindow,
  startOfLocalDay,
  weekWindow,
  weeksInIsoYear,
  type CivilDate,
} from '../../../src/core/summary';
import { RumorDeskError } from '../../../src/core/errors';

const day = (s: string): CivilDate => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) });

describe('ISO weeks', () => {
  it.each([
    [2015, 53], [2019, 52], [2020, 53], [2021, 52], [2025, 52], [2026, 53], [2027, 52], [2032, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(weeksInIsoYear(year)).toBe(weeks);
  });

  it('parses existing weeks and refuses the rest', () => {
    expect(parseIsoWeek('2020-W53')).toEqual({ year: 2020, week: 53 });
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek(' 2026-w47 ')).toEqual({ year: 2026, week: 47 });
    for (const bad of ['2021-W53', '2026-W00', '2026-W54', '2026W47', '2026-W7', '26-W47', '', 'last week']) {
      expect(parseIsoWeek(bad)).toBeNull();
    }
  });

  it('puts year-end days in the right ISO year', () => {
    expect(formatCivil(mondayOfIsoWeek({ year: 2021, week: 1 }))).toBe('2021-01-04');
    expect(formatCivil(mondayOfIsoWeek({ year: 2020, week: 53 }))).toBe('2020-12-28');
    expect(formatCivil(mondayOfIsoWeek({ year: 2026, week: 53 }))).toBe('2026-12-28');
    expect(isoWeekOf(day('2021-01-03'))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(day('2021-01-04'))).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOf(day('2027-01-03'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf(day('2024-12-30'))).toEqual({ year: 2025, week: 1 });
    expect(addWeeks({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
    expect(addWeeks({ year: 2021, week: 1 }, -1)).toEqual({ year: 2020, week: 53 });
  });

  it('every day lies in the 7 days from the Monday of its week (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 366 }), (offset) => {
        const d = new Date(Date.UTC(1950, 0, 1) + offset * 86_400_000);
        const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const week = isoWeekOf(civil);
        const monday = mondayOfIsoWeek(week);
        const diff = (Date.UTC(civil.year, civil.month - 1, civil.day) - Date.UTC(monday.year, monday.month - 1, monday.day)) / 86_400_000;
        expect(diff).toBeGreaterThanOrEqual(0);
        expect(diff).toBeLessThan(7);
        expect(new Date(Date.UTC(monday.year, monday.month - 1, monday.day)).getUTCDay()).toBe(1);
        expect(week.week).toBeLessThanOrEqual(weeksInIsoYear(week.year));
      }),
    );
  });
});

describe('week windows in a time zone', () => {
  it('runs Monday 00:00 to Monday 00:00 local, as UTC instants', () => {
    const chicago = weekWindow({ year: 2026, week: 47 }, 'America/Chicago');
    expect([chicago.start, chicago.end, chicago.hours]).toEqual(['2026-11-16T06:00:00.000Z', '2026-11-23T06:00:00.000Z', 168]);
    const auckland = weekWindow({ year: 2026, week: 47 }, 'Pacific/Auckland');
    expect([auckland.start, auckland.end]).toEqual(['2026-11-15T11:00:00.000Z', '2026-11-22T11:00:00.000Z']);
    expect(chicago.days.map((d) => d.date)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('has 169 hours in the week US daylight time ends (2026-11-01) and 167 when it starts', () => {
    const fallBack = weekWindow({ year: 2026, week: 44 }, 'America/Chicago');
    expect([fallBack.start, fallBack.end, fallBack.hours]).toEqual(['2026-10-26T05:00:00.000Z', '2026-11-02T06:00:00.000Z', 169]);
    expect(fallBack.days[6]).toEqual({ date: '2026-11-01', start: '2026-11-01T05:00:00.000Z', end: '2026-11-02T06:00:00.000Z' });
    expect(weekWindow({ year: 2026, week: 10 }, 'America/Chicago').hours).toBe(167);
    // New Zealand: daylight time ends 2026-04-05 and starts 2026-09-27.
    expect(weekWindow({ year: 2026, week: 14 }, 'Pacific/Auckland').hours).toBe(169);
    expect(weekWindow({ year: 2026, week: 39 }, 'Pacific/Auckland').hours).toBe(167);
    expect(weekWindow({ year: 2026, week: 47 }, 'UTC').hours).toBe(168);
  });

  it('crosses year ends: 2026-W53 and the week before 2021-W01', () => {
    const w53 = weekWindow({ year: 2026, week: 53 }, 'America/Chicago');
    expect([w53.start, w53.end, w53.lastDay]).toEqual(['2026-12-28T06:00:00.000Z', '2027-01-04T06:00:00.000Z', '2027-01-03']);
    const prev = previousWindow(weekWindow({ year: 2021, week: 1 }, 'Pacific/Auckland'));
    expect(prev.label).toBe('2020-W53');
    expect(prev.end).toBe(weekWindow({ year: 2021, week: 1 }, 'Pacific/Auckland').start);
  });

  it('a local day starts at the first instant that belongs to it, DST gaps at midnight included (property)', () => {
    const zones = ['America/Chicago', 'Pacific/Auckland', 'America/Santiago', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 3 * 366 }), (zone, offset) => {
        const d = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000);
        const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const start = startOfLocalDay(civil, zone);
        expect(formatCivil(localDateOf(start, zone))).toBe(formatCivil(civil));
        expect(formatCivil(localDateOf(new Date(start.getTime() - 1), zone))).not.toBe(formatCivil(civil));
      }),
      { numRuns: 300 },
    );
  });

  it('the default week is the last one complete at the clock\'s now, in the zone', () => {
    expect(lastCompleteWeek(new Date('2026-11-23T05:59:00Z'), 'America/Chicago')).toEqual({ year: 2026, week: 46 });
    expect(lastCompleteWeek(new Date('2026-11-23T06:00:00Z'), 'America/Chicago')).toEqual({ year: 2026, week: 47 });
    expect(lastCompleteWeek(new Date('2026-11-22T11:00:00Z'), 'Pacific/Auckland')).toEqual({ year: 2026, week: 47 });
    expect(lastCompleteWeek(new Date('2027-01-05T12:00:00Z'), 'America/Chicago')).toEqual({ year: 2026, week: 53 });
    expect(resolveWindow({}, new Date('2026-11-24T12:00:00Z'), 'America/Chicago').label).toBe('2026-W47');
  });
});

describe('resolving the requested period', () => {
  const now = new Date('2026-11-24T12:00:00Z');

  it('takes the week in progress (it has started)', () => {
    expect(resolveWindow({ week: '2026-W48' }, now, 'America/Chicago').label).toBe('2026-W48');
  });

  it('takes a date range of local days, with the same number of days before it as the previous period', () => {
    const w = resolveWindow({ from: '2026-11-01', to: '2026-11-07', timezone: 'America/Chicago' }, now, 'UTC');
    expect([w.kind, w.label, w.start, w.end, w.hours]).toEqual(['range', '2026-11-01..2026-11-07', '2026-11-01T05:00:00.000Z', '2026-11-08T06:00:00.000Z', 169]);
    const prev = previousWindow(w);
    expect([prev.firstDay, prev.lastDay, prev.end]).toEqual(['2026-10-25', '2026-10-31', w.start]);
  });

  it.each([
    [{ week: '2026-W54' }, /Invalid week "2026-W54"/],
    [{ week: 'next week' }, /expected an ISO week such as 2026-W47/],
    [{ week: '2021-W53' }, /Invalid week/],
    [{ from: '2026-11-08', to: '2026-11-01' }, /from date 2026-11-08 is after the to date 2026-11-01/],
    [{ from: '2026-11-01' }, /needs both from and to/],
    [{ from: '2026-02-30', to: '2026-03-01' }, /Invalid from date "2026-02-30"/],
    [{ from: '2026-01-01', to: '2026-12-31' }, /at most 92 days/],
    [{ week: '2026-W47', from: '2026-11-01', to: '2026-11-02' }, /either a week or a date range/],
    [{ week: '2026-W47', timezone: 'Mars/Olympus_Mons' }, /Unknown time zone "Mars\/Olympus_Mons"/],
    [{ timezone: '' }, /Unknown time zone/],
    // QA: a future week printed "No rumor activity" with exit 0; most likely a typo in the year.
    [{ week: '2027-W10' }, /2027-W10 has not started yet \(it starts 2027-03-08 in America\/Chicago\)/],
    [{ from: '2026-12-01', to: '2026-12-02' }, /has not started yet/],
  ])('refuses %j', (input, message) => {
    let caught: unknown;
    try {
      resolveWindow(input, now, 'America/Chicago');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(RumorDeskError);
    expect((caught as RumorDeskError).code).toBe('VALIDATION_FAILED');
    expect((caught as RumorDeskError).message).toMatch(message);
  });
});

describe('years before 100 stay in their century', () => {
  // Date.UTC reads 0-99 as 1900-1999: "0099-W01" once covered 1999-01-04..10.
  it.each([99, 1, 0])('week 1 of year %i starts in that year or the last days of the one before', (year) => {
    const monday = mondayOfIsoWeek({ year, week: 1 });
    expect([year, year - 1]).toContain(monday.year);
    expect(isoWeekOf(monday)).toEqual({ year, week: 1 });
  });
});
