/**
 * Inline SVG charts for the summary. Drawn as plain shapes with fixed dark fills (they print in
 * black and white and need no stylesheet or script); each carries a <title> and <desc> so a
 * screen reader announces what it shows.
 */
import { escapeHtml } from '../text/escape-html';

export interface BarDatum {
  label: string;
  value: number;
}

const BAR_CHART = { width: 560, height: 180, top: 20, bottom: 36, left: 8, right: 8 } as const;

/**
 * A bar chart with the value above each bar and the label below it.
 *
 * @example barChartSvg('daily', 'Posts per day', [{label: 'Mon 16', value: 4}]).startsWith('<svg') // true
 */
export function barChartSvg(id: string, title: string, data: readonly BarDatum[]): string {
  const { width, height, top, bottom, left, right } = BAR_CHART;
  const plotHeight = height - top - bottom;
  const slot = data.length ? (width - left - right) / data.length : 0;
  const barWidth = Math.max(2, Math.round(slot * 0.7));
  const max = Math.max(0, ...data.map((d) => d.value));
  const desc = data.map((d) => `${d.label}: ${d.value}`).join('; ');
  const showLabels = slot >= 24;
  const parts = data.map((d, i) => {
    const h = max > 0 ? Math.round((d.value / max) * plotHeight) : 0;
    const x = Math.round(left + i * slot + (slot - barWidth) / 2);
    const cx = Math.round(left + i * slot + slot / 2);
    const bar = `<rect x="${x}" y="${top + plotHeight - h}" width="${barWidth}" height="${h}" fill="#2f3e4e"><title>${escapeHtml(`${d.label}: ${d.value}`)}</title></rect>`;
    if (!showLabels) return bar;
    return (
      bar +
      `<text x="${cx}" y="${top + plotHeight - h - 4}" text-anchor="middle" font-size="11" fill="#000">${d.value}</text>` +
      `<text x="${cx}" y="${height - bottom + 16}" text-anchor="middle" font-size="11" fill="#000">${escapeHtml(d.label)}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - right}" y2="${top + plotHeight}" stroke="#000" stroke-width="1"/>` +
    parts.join('') +
    `</svg>`
  );
}

const SPARK = { width: 120, height: 28, pad: 2 } as const;

/**
 * A small line of a rumor's volume over the period, for a table cell.
 *
 * @example sparklineSvg('r12', 'Posts per 6 hours', [0, 3, 9, 2]).includes('<polyline') // true
 */
export function sparklineSvg(id: string, title: string, values: readonly number[]): string {
  const { width, height, pad } = SPARK;
  const max = Math.max(0, ...values);
  const stepX = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const points = values
    .map((v, i) => {
      const x = pad + i * stepX;
      const y = height - pad - (max > 0 ? (v / max) * (height - 2 * pad) : 0);
      return `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
    })
    .join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>` +
    `<polyline points="${points}" fill="none" stroke="#2f3e4e" stroke-width="1.5"/>` +
    `</svg>`
  );
}

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * The same line as text blocks, for Markdown and e-mail where SVG does not show.
 *
 * @example sparklineText([0, 4, 8]) // '▁▄█'
 */
export function sparklineText(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? BLOCKS[Math.min(7, Math.round((v / max) * 7))] : BLOCKS[0])).join('');
}
