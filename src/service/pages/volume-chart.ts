import { escapeHtml } from '../../core/text/escape-html';

export interface HourlyVolume {
  hour: string;
  posts: number;
}

const HOUR_MS = 3_600_000;
/** Beyond two weeks of hours the bars get too thin to read; the chart switches to days. */
const MAX_HOURLY_BARS = 336;
const CHART_HEIGHT = 100;

interface Bucket {
  start: number;
  posts: number;
}

/** Consecutive buckets from the first to the last active one, with the quiet ones as zeros. */
function buckets(hourly: readonly HourlyVolume[]): { bars: Bucket[]; sizeMs: number } {
  const points = hourly.map((h) => ({ at: Date.parse(h.hour), posts: h.posts })).filter((p) => Number.isFinite(p.at));
  if (!points.length) return { bars: [], sizeMs: HOUR_MS };
  const first = Math.min(...points.map((p) => p.at));
  const last = Math.max(...points.map((p) => p.at));
  const sizeMs = (last - first) / HOUR_MS + 1 > MAX_HOURLY_BARS ? 24 * HOUR_MS : HOUR_MS;
  const origin = Math.floor(first / sizeMs) * sizeMs;
  const count = Math.floor((last - origin) / sizeMs) + 1;
  const bars: Bucket[] = Array.from({ length: count }, (_, i) => ({ start: origin + i * sizeMs, posts: 0 }));
  for (const p of points) (bars[Math.floor((p.at - origin) / sizeMs)] as Bucket).posts += p.posts;
  return { bars, sizeMs };
}

/** Bucket labels in the department's zone; day buckets are UTC days, so they say so. */
function labeller(timeZone: string, daily: boolean): (ms: number) => string {
  if (daily) return (ms) => `${new Date(ms).toISOString().slice(0, 10)} (UTC day)`;
  const format = new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
  return (ms) => format.format(new Date(ms));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Few bars are drawn at the width they would have among this many, not stretched across the page. */
const MIN_SLOTS = 24;

export interface VolumeChart {
  svg: string;
  summary: string;
  firstLabel: string;
  lastLabel: string;
  peakLabel: string;
}

/**
 * An inline SVG bar chart of a cluster's posts per hour (per day past two weeks), drawn on
 * the server so it needs no script and obeys the CSP (sizes are attributes, not styles). The
 * SVG holds only bars and stretches to the page width; its axis labels are HTML next to it,
 * so they stay readable on a phone instead of shrinking with the drawing.
 *
 * @example volumeChart([{ hour: '2026-11-03T15:00:00.000Z', posts: 4 }], 'America/Chicago').summary
 */
export function volumeChart(hourly: readonly HourlyVolume[], timeZone = 'UTC'): VolumeChart | null {
  const { bars, sizeMs } = buckets(hourly);
  if (!bars.length) return null;
  const daily = sizeMs > HOUR_MS;
  const label = labeller(timeZone, daily);
  const peak = bars.reduce((best, b) => (b.posts > best.posts ? b : best), bars[0] as Bucket);
  const total = bars.reduce((sum, b) => sum + b.posts, 0);
  const unit = daily ? 'day' : 'hour';
  const firstLabel = label((bars[0] as Bucket).start);
  const lastLabel = label((bars[bars.length - 1] as Bucket).start);
  const summary = `${plural(total, 'post')} over ${plural(bars.length, unit)} from ${firstLabel} to ${lastLabel}; peak ${peak.posts} in the ${unit} of ${label(peak.start)}.`;

  // Bars and gaps in viewBox units; the gap shrinks when there are many bars.
  const barWidth = 10;
  const gap = bars.length > 60 ? 1 : 3;
  const width = Math.max(bars.length, MIN_SLOTS) * (barWidth + gap);
  const scale = peak.posts > 0 ? CHART_HEIGHT / peak.posts : 0;
  const rects = bars
    .map((b, i) => {
      const h = Math.max(b.posts > 0 ? 1 : 0, Math.round(b.posts * scale));
      return `<rect class="bar" x="${i * (barWidth + gap)}" y="${CHART_HEIGHT - h}" width="${barWidth}" height="${h}"><title>${escapeHtml(`${label(b.start)}: ${plural(b.posts, 'post')}`)}</title></rect>`;
    })
    .join('');
  const svg =
    `<svg class="volume-chart" viewBox="0 0 ${width} ${CHART_HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(`Posts per ${unit}. ${summary}`)}">` +
    rects +
    `</svg>`;
  return { svg, summary, firstLabel, lastLabel, peakLabel: `peak ${plural(peak.posts, 'post')} per ${unit}` };
}
