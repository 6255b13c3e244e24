import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { SAMPLE_SUMMARY, type Summary } from '../../../src/core/summary';
import { loadSummaryTemplates, SUMMARY_TEMPLATE_DIR } from '../../../src/render/summary-templates';
import { renderSummary } from '../../../src/usecases/summary';

describe('summary templates', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'summary-templates-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the built-in templates', () => {
    const t = loadSummaryTemplates();
    expect(t.origins).toEqual({ md: path.join(SUMMARY_TEMPLATE_DIR, 'summary.md.hbs'), html: path.join(SUMMARY_TEMPLATE_DIR, 'summary.html.hbs') });
  });

  it('a department file replaces the built-in one of the same name only', () => {
    writeFileSync(path.join(dir, 'summary.md.hbs'), 'Ridgeport weekly: {{periodLabel}}, {{totals.0.current}} posts\n');
    const t = loadSummaryTemplates(dir);
    expect(t.origins.md).toBe(path.join(dir, 'summary.md.hbs'));
    expect(t.origins.html).toBe(path.join(SUMMARY_TEMPLATE_DIR, 'summary.html.hbs'));
    expect(renderSummary(SAMPLE_SUMMARY, 'md', t)).toBe('Ridgeport weekly: 2026-W47, 120 posts\n');
  });

  it('a misspelt field fails at load time, naming the file', () => {
    writeFileSync(path.join(dir, 'summary.html.hbs'), '<h1>{{titel}}</h1>');
    expect(() => loadSummaryTemplates(dir)).toThrow(expect.objectContaining({ code: 'TEMPLATE_INVALID', message: expect.stringContaining('summary.html.hbs') }));
    expect(() => loadSummaryTemplates(dir)).toThrow(/titel/);
  });

  it('a missing override directory is an error, not a silent fallback', () => {
    expect(() => loadSummaryTemplates(path.join(dir, 'nope'))).toThrow(expect.objectContaining({ code: 'TEMPLATE_INVALID' }));
  });

  it('HTML escapes quoted texts; Markdown neither HTML-escapes nor lets them restyle the mail', () => {
    const hostile: Summary = {
      ...SAMPLE_SUMMARY,
      topByReach: [{ ...(SAMPLE_SUMMARY.topByReach[0] as Summary['topByReach'][number]), text: 'Bread & milk gone <script>alert(1)</script> **now**' }],
    };
    const t = loadSummaryTemplates();
    const html = renderSummary(hostile, 'html', t);
    expect(html).toContain('Bread &amp; milk gone &lt;script&gt;alert(1)&lt;/script&gt; **now**');
    expect(html).not.toMatch(/<script/i);
    const md = renderSummary(hostile, 'md', t);
    expect(md).toContain('Bread & milk gone \\<script\\>alert(1)\\</script\\> \\*\\*now\\*\\*');
    expect(() => renderSummary(hostile, 'pdf' as 'md', t)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
