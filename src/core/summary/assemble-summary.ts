import { redactPrivacy, type PrivacyContext } from '../privacy';
import { emergingTopics, type EmergingTopicOptions, DEFAULT_TOPIC_OPTIONS } from './emerging-topics';
import { delta, median, percentile, round } from './stats';
import type {
  ClusterFact,
  CorrectionFact,
  HarmCount,
  PlatformCount,
  RebuttalDelayFact,
  StatementReachFact,
  TopicText,
  TotalsFact,
} from './summary-facts';
import type { CorrectionEffect, PlatformEffect, RumorLine, RumorStatus, Summary } from './summary-types';
import type { SummaryWindow } from './summary-window';
import { statementReachLine } from './statement-reach';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Everything read from the store for one summary. */
export interface SummaryFacts {
  window: SummaryWindow;
  previous: SummaryWindow;
  totals: TotalsFact;
  previousTotals: TotalsFact;
  topByReach: ClusterFact[];
  topByVelocity: ClusterFact[];
  openHighPriority: ClusterFact[];
  /** Clusters active in the period that triage says to rebut or clarify, answered or not. */
  highPriorityCount: number;
  /** The department's own messaging, by statement (these clusters are in no rumor list). */
  statementReach: StatementReachFact[];
  /** Sparkline: bucket length and starts, and each listed cluster's posts per bucket. */
  volumeBuckets: { hours: number; starts: string[] };
  volumes: Record<number, number[]>;
  rebuttalDelays: RebuttalDelayFact[];
  corrections: CorrectionFact[];
  correctionHours: number;
  platforms: PlatformCount[];
  harm: HarmCount[];
  /** Posts per local day, in the order of window.days. */
  daily: number[];
  topicTexts: TopicText[];
  previousTopicTexts: TopicText[];
}

export interface AssembleOptions {
  now: Date;
  privacy: PrivacyContext;
  topics?: EmergingTopicOptions;
}

/** Latest state reached before the period ended (the store already ignores later drafts). */
function statusOf(c: ClusterFact): RumorStatus {
  if (c.firstPublishedAt) return 'published';
  if (c.firstApprovedAt) return 'approved';
  if (c.firstDraftAt) return 'drafted';
  return 'unaddressed';
}

function rumorLine(c: ClusterFact, facts: SummaryFacts, privacy: PrivacyContext): RumorLine {
  return {
    clusterId: c.clusterId,
    text: redactPrivacy(c.text, privacy).text,
    posts: c.posts,
    reach: c.reach,
    peakPostsPerHour: c.peakHourPosts,
    firstSeen: c.firstSeen,
    credibilityLabel: c.credibilityLabel,
    credibilityHowSure: c.credibilityHowSure,
    statementTitle: c.statementTitle,
    statementStatus: c.statementTitle === null ? null : c.statementStatus,
    stance: c.statementTitle === null ? null : c.stance,
    harmCategory: c.harmCategory,
    action: c.action,
    priority: c.priority === null ? null : round(c.priority, 3),
    status: statusOf(c),
    volume: facts.volumes[c.clusterId] ?? facts.volumeBuckets.starts.map(() => 0),
  };
}

function pctChange(before: number, after: number): number | null {
  return before > 0 ? round(((after - before) / before) * 100, 1) : null;
}

function correctionEffect(c: CorrectionFact, hours: number, now: Date, privacy: PrivacyContext): CorrectionEffect {
  const beforePerHour = round(c.postsBefore / hours);
  const afterPerHour = round(c.postsAfter / hours);
  const publishedHour = Math.floor(Date.parse(c.publishedAt) / HOUR_MS) * HOUR_MS;
  return {
    draftId: c.draftId,
    clusterId: c.clusterId,
    rumor: redactPrivacy(c.clusterText, privacy).text,
    platform: c.platform,
    publishedAt: c.publishedAt,
    beforePerHour,
    afterPerHour,
    changePct: pctChange(c.postsBefore, c.postsAfter),
    afterComplete: publishedHour + (hours + 1) * HOUR_MS <= now.getTime(),
  };
}

/** Mean rates per platform: total posts over total observed hours, so each correction weighs the same. */
function effectsByPlatform(corrections: readonly CorrectionFact[], hours: number): PlatformEffect[] {
  const groups = new Map<string, CorrectionFact[]>();
  for (const c of corrections) groups.set(c.platform, [...(groups.get(c.platform) ?? []), c]);
  return [...groups]
    .map(([platform, list]) => {
      const before = list.reduce((s, c) => s + c.postsBefore, 0);
      const after = list.reduce((s, c) => s + c.postsAfter, 0);
      return {
        platform,
        corrections: list.length,
        beforePerHour: round(before / (hours * list.length)),
        afterPerHour: round(after / (hours * list.length)),
        changePct: pctChange(before, after),
      };
    })
    .sort((a, b) => b.corrections - a.corrections || a.platform.localeCompare(b.platform));
}

/**
 * Builds the summary from the store's figures: statuses, rates, percentiles, deltas, emerging
 * topics; every rumor text passes the privacy guard here, the one place texts enter a Summary.
 *
 * @example assembleSummary(facts, {now: new Date(), privacy: {allowedNames: [], publicHandles: []}}).totals.posts.change
 */
export function assembleSummary(facts: SummaryFacts, options: AssembleOptions): Summary {
  const { window, previous } = facts;
  const privacy = options.privacy;
  const delays = facts.rebuttalDelays.map((r) => Math.round((Date.parse(r.firstApprovedAt) - Date.parse(r.firstSeen)) / MINUTE_MS));
  const corrections = facts.corrections.map((c) => correctionEffect(c, facts.correctionHours, options.now, privacy));
  const totalPosts = facts.platforms.reduce((s, p) => s + p.posts, 0);
  const empty = facts.totals.posts === 0 && facts.corrections.length === 0 && facts.rebuttalDelays.length === 0;
  const inProgress = options.now.getTime() < Date.parse(window.end);
  return {
    period: {
      kind: window.kind,
      label: window.label,
      timezone: window.timezone,
      firstDay: window.firstDay,
      lastDay: window.lastDay,
      start: window.start,
      end: window.end,
      hours: window.hours,
    },
    previousPeriod: { label: previous.label, start: previous.start, end: previous.end },
    generatedAt: options.now.toISOString(),
    inProgress,
    empty,
    emptyMessage: empty ? `No rumor activity was recorded in ${window.label}${inProgress ? ' so far' : ''}.` : null,
    totals: {
      posts: delta(facts.totals.posts, facts.previousTotals.posts),
      activeClusters: delta(facts.totals.activeClusters, facts.previousTotals.activeClusters),
      newClusters: delta(facts.totals.newClusters, facts.previousTotals.newClusters),
    },
    topByReach: facts.topByReach.map((c) => rumorLine(c, facts, privacy)),
    topByVelocity: facts.topByVelocity.map((c) => rumorLine(c, facts, privacy)),
    statementReach: facts.statementReach.map(statementReachLine),
    volumeBuckets: facts.volumeBuckets,
    rebuttalTime: { rebuttals: delays.length, medianMinutes: median(delays), p90Minutes: percentile(delays, 90) },
    corrections: { windowHours: facts.correctionHours, items: corrections, byPlatform: effectsByPlatform(facts.corrections, facts.correctionHours) },
    openHighPriority: facts.openHighPriority.map((c) => rumorLine(c, facts, privacy)),
    highPriorityCount: facts.highPriorityCount,
    platforms: facts.platforms.map((p) => ({ platform: p.platform, posts: p.posts, sharePct: totalPosts ? round((p.posts / totalPosts) * 100, 1) : 0 })),
    harm: facts.harm.map((h) => ({ category: h.harmCategory ?? 'none', posts: h.posts, clusters: h.clusters })),
    emergingTopics: emergingTopics(facts.topicTexts, facts.previousTopicTexts, privacy, options.topics ?? DEFAULT_TOPIC_OPTIONS),
    daily: window.days.map((d, i) => ({ date: d.date, posts: facts.daily[i] ?? 0 })),
  };
}
