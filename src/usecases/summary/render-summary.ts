import { RumorDeskError } from '../../core/errors';
import { summaryView, type Summary } from '../../core/summary';
import type { SummaryTemplates } from '../ports';

export type SummaryFormat = 'md' | 'html' | 'json';

export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['md', 'html', 'json'];

/**
 * The summary as Markdown (e-mail), HTML (browser, print to PDF) or JSON (the Summary object
 * itself, same numbers). Markdown and HTML come from the department's templates.
 *
 * @example renderSummary(summary, 'md', loadSummaryTemplates(), {department: 'Ridgeport Police Department'})
 */
export function renderSummary(summary: Summary, format: SummaryFormat, templates: SummaryTemplates, options: { department?: string } = {}): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  if (format !== 'md' && format !== 'html') {
    throw new RumorDeskError('VALIDATION_FAILED', `Unknown summary format "${String(format)}"; use md, html or json.`);
  }
  const view = summaryView(summary, options.department ?? '');
  return format === 'md' ? templates.md(view) : templates.html(view);
}
