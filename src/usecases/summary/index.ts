/** The weekly rumor summary use case: build a Summary, render it as Markdown, HTML or JSON. */
export {
  createWeeklySummary,
  DEFAULT_SUMMARY_OPTIONS,
  DEFAULT_SUMMARY_TIMEZONE,
  type SummaryInput,
  type WeeklySummaryDeps,
  type WeeklySummaryOptions,
} from './weekly-summary';
export { renderSummary, SUMMARY_FORMATS, type SummaryFormat } from './render-summary';
