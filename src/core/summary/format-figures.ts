import type { Delta } from './stats';

/**
 * A duration in words a supervisor reads at a glance.
 *
 * @example formatMinutes(200) // '3 h 20 min'
 */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return 'n/a';
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m / 60} h`;
  const h = Math.round(m / 60);
  return h % 24 ? `${Math.floor(h / 24)} d ${h % 24} h` : `${h / 24} d`;
}

/** @example formatPct(-12.5) // '−12.5%' */
export function formatPct(pct: number | null): string {
  if (pct === null) return 'n/a';
  if (pct === 0) return '0%';
  return `${pct > 0 ? '+' : '−'}${Math.abs(pct)}%`;
}

/**
 * The change against the previous period: "+4 (+50%)", "−2 (−20%)", "+3 (new)", "no change".
 *
 * @example formatChange({current: 12, previous: 8, change: 4, changePct: 50}) // '+4 (+50%)'
 */
export function formatChange(d: Delta): string {
  if (d.change === 0) return 'no change';
  const sign = d.change > 0 ? '+' : '−';
  return `${sign}${Math.abs(d.change)} (${d.changePct === null ? 'new' : formatPct(d.changePct)})`;
}

/** @example formatRate(2.5) // '2.5' */
export function formatRate(rate: number): string {
  return String(Math.round(rate * 100) / 100);
}
