/** The weekly rumor summary, pure part: weeks in a time zone, statistics, topics, charts, view. */
export { type CivilDate, formatCivil, parseCivil } from '../time/civil-date';
export { type IsoWeek, addWeeks, formatIsoWeek, isoWeekOf, mondayOfIsoWeek, parseIsoWeek, weeksInIsoYear } from '../time/iso-week';
export { isTimeZone, localDateOf, startOfLocalDay, formatLocalDateTime } from '../time/zoned-time';
export {
  type LocalDay,
  type SummaryWindow,
  type SummaryPeriodInput,
  MAX_RANGE_DAYS,
  weekWindow,
  rangeWindow,
  previousWindow,
  lastCompleteWeek,
  resolveWindow,
} from './summary-window';
export { type Delta, delta, median, percentile, round } from './stats';
export { type EmergingTopic, type EmergingTopicOptions, DEFAULT_TOPIC_OPTIONS, emergingTopics, topicPhrases } from './emerging-topics';
export { barChartSvg, sparklineSvg, sparklineText } from './svg-charts';
export { sparkBuckets } from './spark-buckets';
export type * from './summary-facts';
export type * from './summary-types';
export { recognisedClusters, statementReachLine } from './statement-reach';
export { type SummaryFacts, type AssembleOptions, assembleSummary } from './assemble-summary';
export { type SummaryView, type RumorRow, summaryView, escapeMarkdown } from './summary-view';
export { formatMinutes, formatChange, formatPct } from './format-figures';
export { SAMPLE_SUMMARY } from './sample-summary';
