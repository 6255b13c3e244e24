import type { TimeRange } from './summary-facts';
import type { SummaryWindow } from './summary-window';

/** Up to this many days a sparkline shows 6-hour buckets; longer ranges show one point per day. */
const SIX_HOUR_LIMIT_DAYS = 14;
const HOUR_MS = 3_600_000;

/**
 * The buckets of a rumor's sparkline: 6-hour steps from the period's start (the last one ends
 * with the period, so a 169-hour DST week has a 1-hour tail), or its local days.
 *
 * @example sparkBuckets(weekWindow({year: 2026, week: 47}, 'America/Chicago')).ranges.length // 28
 */
export function sparkBuckets(window: SummaryWindow): { hours: number; ranges: TimeRange[] } {
  if (window.days.length > SIX_HOUR_LIMIT_DAYS) {
    return { hours: 24, ranges: window.days.map((d) => ({ start: d.start, end: d.end })) };
  }
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  const ranges: TimeRange[] = [];
  for (let t = start; t < end; t += 6 * HOUR_MS) {
    ranges.push({ start: new Date(t).toISOString(), end: new Date(Math.min(end, t + 6 * HOUR_MS)).toISOString() });
  }
  return { hours: 6, ranges };
}
