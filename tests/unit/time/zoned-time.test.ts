import { formatInstant, isoToLocal, isoWeekIn, localToIso } from '../../../src/core/time/zoned-time';

describe('local times on the pages', () => {
  it('reads a datetime-local value as wall-clock time in the zone, on both sides of a DST change', () => {
    expect(localToIso('2026-11-03T09:15', 'America/Chicago')).toBe('2026-11-03T15:15:00.000Z');
    expect(localToIso('2026-10-31T09:15', 'America/Chicago')).toBe('2026-10-31T14:15:00.000Z');
    expect(localToIso('2026-11-03 09:15', 'America/Chicago')).toBeNull();
  });

  it('writes an instant back as the same datetime-local value', () => {
    for (const local of ['2026-03-08T01:30', '2026-03-08T03:30', '2026-11-01T00:59', '2026-12-31T23:59']) {
      expect(isoToLocal(new Date(localToIso(local, 'America/Chicago') ?? ''), 'America/Chicago')).toBe(local);
    }
    expect(isoToLocal(new Date('2026-11-03T15:15:00Z'), 'Asia/Kolkata')).toBe('2026-11-03T20:45');
  });

  it('names the ISO week of the local day, not the UTC one', () => {
    // Monday 2026-11-30 00:30 UTC is still Sunday evening (week 48) in Chicago.
    expect(isoWeekIn(new Date('2026-11-30T00:30:00Z'), 'America/Chicago')).toBe('2026-W48');
    expect(isoWeekIn(new Date('2026-11-30T00:30:00Z'), 'UTC')).toBe('2026-W49');
    expect(isoWeekIn(new Date('2027-01-01T12:00:00Z'), 'UTC')).toBe('2026-W53');
  });

  it('formats an instant for people, and passes through what is not one', () => {
    expect(formatInstant('2026-11-03T15:15:00Z', 'America/Chicago')).toBe('Nov 3, 2026, 09:15 CST');
    expect(formatInstant(null, 'UTC')).toBe('—');
    expect(formatInstant('soon', 'UTC')).toBe('soon');
  });
});
