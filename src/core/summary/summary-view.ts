import { STANCE_WORDS, statementStatusNote } from '../match-words';
import { MESSAGING_KIND_WORDS } from '../reach';
import { formatChange, formatMinutes, formatPct, formatRate } from './format-figures';
import type { Delta } from './stats';
import type { RumorLine, Summary } from './summary-types';
import { barChartSvg, sparklineSvg, sparklineText } from './svg-charts';
import { formatLocalDateTime } from '../time/zoned-time';

/** Longest rumor text shown in a table; the full cluster is one click away in the desk. */
const MAX_TEXT_CHARS = 200;

/** A text cell, for HTML (escaped by Handlebars) and for Markdown (escaped here). */
interface TextCell {
  text: string;
  md: string;
}

export interface RumorRow {
  rank: number;
  clusterId: number;
  rumor: TextCell;
  posts: number;
  reach: number;
  peakPerHour: number;
  firstSeen: string;
  credibility: string;
  /** How sure the credibility label is, in words; empty when the score has none. */
  howSure: TextCell;
  statement: TextCell;
  harm: string;
  status: string;
  sparklineSvg: string;
  sparklineText: string;
}

/** What the summary templates see. Every field exists (strict templates); charts are ready SVG. */
export interface SummaryView {
  title: string;
  department: TextCell;
  periodLabel: string;
  periodText: string;
  previousLabel: string;
  timezone: string;
  generatedAt: string;
  empty: boolean;
  emptyMessage: string;
  totals: { name: string; current: number; previous: number; change: string }[];
  topByReach: RumorRow[];
  topByVelocity: RumorRow[];
  openHighPriority: RumorRow[];
  /** What to say when no high-priority rumor is open: all were answered, or there were none. */
  openHighPriorityNote: string;
  statementReach: { rank: number; statement: TextCell; posts: number; authors: number; reach: number; recognisedBy: string }[];
  sparklineNote: string;
  rebuttal: { count: number; /** "1 rumor", "2 rumors" */ rumors: string; median: string; p90: string };
  corrections: {
    windowHours: number;
    items: { rumor: TextCell; platform: string; publishedAt: string; before: string; after: string; change: string; note: string }[];
    byPlatform: { platform: string; corrections: number; before: string; after: string; change: string }[];
  };
  platforms: { platform: string; posts: number; share: string }[];
  harm: { category: string; posts: number; clusters: number }[];
  topics: { phrase: TextCell; posts: number; previous: number; change: string }[];
  daily: { date: string; weekday: string; posts: number; bar: string }[];
  dailyChartSvg: string;
}

/**
 * Backslash-escapes the Markdown a quoted post could use to restyle the e-mail or break a table
 * (emphasis, code, links, raw HTML, cell pipes) and flattens whitespace. An underscore inside a
 * word (URLs, handles) cannot open emphasis in CommonMark, so it stays readable.
 *
 * @example escapeMarkdown('**BREAKING** a|b') // '\\*\\*BREAKING\\*\\* a\\|b'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*[\]<>|~]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace('_', '\\_'));
}

function cell(text: string): TextCell {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > MAX_TEXT_CHARS ? `${flat.slice(0, MAX_TEXT_CHARS - 1)}…` : flat;
  return { text: short, md: escapeMarkdown(short) };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()] as string;
const label = (value: string | null, none: string) => (value ? value.replace(/_/g, ' ') : none);

/**
 * A statement's title with what a reader must know before taking it as the department's word
 * now: that it was superseded or retracted.
 *
 * @example statementTitleWithStatus('Boy missing near Founders Park', 'superseded') // 'Boy missing near Founders Park (superseded)'
 */
export function statementTitleWithStatus(title: string, status: string | null): string {
  const note = statementStatusNote(status);
  return note ? `${title} (${note})` : title;
}

/**
 * The matched statement's title; a statement whose stance is `unclear` or `not_addressed` is
 * marked, so a reader does not take a listed statement for an answer the desk could not give,
 * and so is one superseded or retracted since.
 */
function statementCell(l: RumorLine): string {
  if (l.statementTitle === null) return 'no statement matched';
  const notes = [statementStatusNote(l.statementStatus), l.stance === 'unclear' || l.stance === 'not_addressed' ? STANCE_WORDS[l.stance] : null].filter((n): n is string => n !== null);
  return notes.length ? `${l.statementTitle} (${notes.join('; ')})` : l.statementTitle;
}

function rows(lines: readonly RumorLine[], prefix: string, timezone: string): RumorRow[] {
  return lines.map((l, i) => ({
    rank: i + 1,
    clusterId: l.clusterId,
    rumor: cell(l.text),
    posts: l.posts,
    reach: l.reach,
    peakPerHour: l.peakPostsPerHour,
    firstSeen: l.firstSeen ? formatLocalDateTime(l.firstSeen, timezone) : 'unknown',
    credibility: label(l.credibilityLabel, 'not scored'),
    howSure: cell(l.credibilityHowSure ?? ''),
    statement: cell(statementCell(l)),
    harm: label(l.harmCategory, 'none'),
    status: l.status,
    sparklineSvg: sparklineSvg(`${prefix}-${i + 1}`, `Posts per bucket for rumor ${l.clusterId}: ${l.volume.join(', ')}`, l.volume),
    sparklineText: sparklineText(l.volume),
  }));
}

function totalRow(name: string, d: Delta) {
  return { name, current: d.current, previous: d.previous, change: formatChange(d) };
}

/**
 * Turns a Summary into the fields the Markdown and HTML templates print: local times,
 * readable durations, signed changes and inline SVG charts.
 *
 * @example summaryView(summary, 'Ridgeport Police Department').totals[0].change // '+12 (+15%)'
 */
export function summaryView(summary: Summary, departmentName: string): SummaryView {
  const tz = summary.period.timezone;
  const p = summary.period;
  const daily = summary.daily.map((d) => ({ date: d.date, weekday: weekdayOf(d.date), posts: d.posts }));
  const dailyBars = sparklineText(daily.map((d) => d.posts)).split('');
  return {
    title: p.kind === 'week' ? `Weekly rumor summary ${p.label}` : `Rumor summary ${p.firstDay} to ${p.lastDay}`,
    department: cell(departmentName),
    periodLabel: p.label,
    // A week still running is read against a whole one in the "Change" column: say so up front.
    periodText: `${p.firstDay} to ${p.lastDay} (${tz}, ${p.hours} hours)${summary.inProgress ? ', in progress: figures so far, not final' : ''}`,
    previousLabel: summary.previousPeriod.label,
    timezone: tz,
    generatedAt: formatLocalDateTime(summary.generatedAt, tz),
    empty: summary.empty,
    emptyMessage: summary.emptyMessage ?? '',
    totals: [
      totalRow('Posts', summary.totals.posts),
      totalRow('Active rumor clusters', summary.totals.activeClusters),
      totalRow('New rumor clusters', summary.totals.newClusters),
    ],
    topByReach: rows(summary.topByReach, 'reach', tz),
    topByVelocity: rows(summary.topByVelocity, 'velocity', tz),
    openHighPriority: rows(summary.openHighPriority, 'open', tz),
    // A clarify rumor is answered by a clarification: "response" covers both; a week still running
    // has answered its rumors so far.
    openHighPriorityNote:
      summary.highPriorityCount === 0
        ? `None: no rumor of the period${summary.inProgress ? ' so far' : ''} needed a rebuttal or a clarification.`
        : `None: ${summary.highPriorityCount === 1 ? 'the one high-priority rumor' : `all ${summary.highPriorityCount} high-priority rumors`} of the period${summary.inProgress ? ' so far' : ''} had an approved or published response.`,
    statementReach: summary.statementReach.map((s, i) => ({
      rank: i + 1,
      statement: cell(statementTitleWithStatus(s.title, s.status)),
      posts: s.posts,
      authors: s.authors,
      reach: s.reach,
      recognisedBy: s.recognisedBy.map((k) => MESSAGING_KIND_WORDS[k]).join('; '),
    })),
    sparklineNote: `posts per ${summary.volumeBuckets.hours} hours across the period`,
    rebuttal: {
      count: summary.rebuttalTime.rebuttals,
      rumors: `${summary.rebuttalTime.rebuttals} ${summary.rebuttalTime.rebuttals === 1 ? 'rumor' : 'rumors'}`,
      median: formatMinutes(summary.rebuttalTime.medianMinutes),
      p90: formatMinutes(summary.rebuttalTime.p90Minutes),
    },
    corrections: {
      windowHours: summary.corrections.windowHours,
      items: summary.corrections.items.map((c) => ({
        rumor: cell(c.rumor),
        platform: c.platform,
        publishedAt: formatLocalDateTime(c.publishedAt, tz),
        before: formatRate(c.beforePerHour),
        after: formatRate(c.afterPerHour),
        change: formatPct(c.changePct),
        note: c.afterComplete ? '' : 'after-period still running',
      })),
      byPlatform: summary.corrections.byPlatform.map((b) => ({
        platform: b.platform,
        corrections: b.corrections,
        before: formatRate(b.beforePerHour),
        after: formatRate(b.afterPerHour),
        change: formatPct(b.changePct),
      })),
    },
    platforms: summary.platforms.map((x) => ({ platform: x.platform, posts: x.posts, share: `${x.sharePct}%` })),
    harm: summary.harm.map((h) => ({ category: label(h.category, 'none'), posts: h.posts, clusters: h.clusters })),
    topics: summary.emergingTopics.map((t) => ({
      phrase: cell(t.phrase),
      posts: t.posts,
      previous: t.previousPosts,
      change: t.previousPosts ? `+${t.posts - t.previousPosts}` : 'new',
    })),
    daily: daily.map((d, i) => ({ ...d, bar: dailyBars[i] ?? '' })),
    dailyChartSvg: barChartSvg(
      'daily-volume',
      `Posts per day, ${p.label} (${tz})`,
      daily.map((d) => ({ label: daily.length <= 14 ? `${d.weekday} ${d.date.slice(8)}` : d.date.slice(5), value: d.posts })),
    ),
  };
}
