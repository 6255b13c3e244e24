import { barChartSvg, delta, escapeMarkdown, formatChange, formatMinutes, median, percentile, sparklineSvg, sparklineText } from '../../../src/core/summary';

describe('summary statistics', () => {
  it('median and nearest-rank 90th percentile', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3, 10])).toBe(4);
    expect(median([9, 1, 5])).toBe(5);
    expect(percentile([], 90)).toBeNull();
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90)).toBe(90);
    expect(percentile([85, 11040], 90)).toBe(11040);
    expect(percentile([3, 1, 2], 90)).toBe(3);
  });

  it('deltas against the previous period', () => {
    expect(delta(38, 9)).toEqual({ current: 38, previous: 9, change: 29, changePct: 322.2 });
    expect(delta(0, 4)).toEqual({ current: 0, previous: 4, change: -4, changePct: -100 });
    expect(delta(3, 0).changePct).toBeNull();
    expect(formatChange(delta(12, 8))).toBe('+4 (+50%)');
    expect(formatChange(delta(8, 10))).toBe('−2 (−20%)');
    expect(formatChange(delta(3, 0))).toBe('+3 (new)');
    expect(formatChange(delta(5, 5))).toBe('no change');
  });

  it('durations read as minutes, hours or days', () => {
    expect(formatMinutes(null)).toBe('n/a');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(200)).toBe('3 h 20 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(11040)).toBe('7 d 16 h');
  });
});

describe('inline SVG charts', () => {
  it('a bar per day, labelled, titled, with no script or external reference', () => {
    const svg = barChartSvg('daily', 'Posts per day <W47>', [{ label: 'Mon 16', value: 14 }, { label: 'Tue 17', value: 0 }, { label: 'Wed 18', value: 7 }]);
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain('<title id="daily-title">Posts per day &lt;W47&gt;</title>');
    expect(svg).toContain('aria-labelledby="daily-title daily-desc"');
    expect(svg).toContain('Mon 16: 14; Tue 17: 0; Wed 18: 7');
    expect(svg).not.toMatch(/<script|href=|on\w+=/i);
    // The tallest bar fills the plot; the empty day has no height.
    expect(svg).toContain('height="124" fill');
    expect(svg).toContain('height="0" fill');
  });

  it('sparklines as SVG and as text blocks', () => {
    const svg = sparklineSvg('r1', 'Rumor 1', [0, 4, 8]);
    expect(svg).toContain('<polyline points="2,26 60,14 118,2"');
    expect(svg).toContain('<title id="r1-title">Rumor 1</title>');
    expect(sparklineText([0, 4, 8])).toBe('▁▅█');
    expect(sparklineText([0, 0])).toBe('▁▁');
  });

  it('Markdown cells cannot restyle the e-mail or break the table', () => {
    expect(escapeMarkdown('**BREAKING** a|b <img src=x> [x](javascript:1)')).toBe('\\*\\*BREAKING\\*\\* a\\|b \\<img src=x\\> \\[x\\](javascript:1)');
    expect(escapeMarkdown('utm_source=fb _hi_\nnext')).toBe('utm_source=fb \\_hi\\_ next');
  });
});
