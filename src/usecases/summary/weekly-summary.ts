import type { PrivacyContext } from '../../core/privacy';
import {
  assembleSummary,
  previousWindow,
  recognisedClusters,
  resolveWindow,
  sparkBuckets,
  type Summary,
  type SummaryPeriodInput,
} from '../../core/summary';
import type { Clock } from '../../core/types';
import type { SummaryStore } from '../ports';

export interface WeeklySummaryOptions {
  /** Rows in each top-rumor table and in the still-open list. */
  topLimit: number;
  /** Rows in the statement-reach table. */
  statementLimit: number;
  /** Hours before and after a correction whose posts per hour are compared. */
  correctionHours: number;
  /** Distinct post texts per period read for emerging topics (bounds the NLP work). */
  topicTexts: number;
}

export const DEFAULT_SUMMARY_OPTIONS: WeeklySummaryOptions = { topLimit: 5, statementLimit: 10, correctionHours: 6, topicTexts: 2000 };

/** The demo department's zone; the composition root passes the `timezone` setting instead. */
export const DEFAULT_SUMMARY_TIMEZONE = 'America/Chicago';

export interface WeeklySummaryDeps {
  store: SummaryStore;
  clock: Clock;
  /** The department's time zone, used when the request names none. */
  defaultTimezone?: () => string;
  /** Public handles and allowed names for the privacy guard; nothing is allowed when absent. */
  privacy?: () => PrivacyContext;
  options?: Partial<WeeklySummaryOptions>;
}

export type SummaryInput = SummaryPeriodInput;

/**
 * The weekly rumor summary use case. With no week or range it covers the last complete ISO
 * week before the clock's now, in the department's zone. Throws
 * RumorDeskError('VALIDATION_FAILED') for a malformed or non-existent week, from > to, or an
 * unknown time zone.
 *
 * @example createWeeklySummary({store: new SummaryRepo(db), clock: () => new Date()})({week: '2026-W47'}).totals.posts
 */
export function createWeeklySummary(deps: WeeklySummaryDeps): (input?: SummaryInput) => Summary {
  const options = { ...DEFAULT_SUMMARY_OPTIONS, ...deps.options };
  return (input = {}) => {
    const now = deps.clock();
    const window = resolveWindow(input, now, deps.defaultTimezone?.() ?? DEFAULT_SUMMARY_TIMEZONE);
    const previous = previousWindow(window);
    const store = deps.store;
    // The department's own messaging (core/reach) is its statements' reach, not a rumor.
    const recognised = recognisedClusters(store.messagingCandidates(window));
    const messaging = recognised.map((r) => r.clusterId);
    const topByReach = store.topClusters(window, 'reach', options.topLimit, messaging);
    const topByVelocity = store.topClusters(window, 'velocity', options.topLimit, messaging);
    const openHighPriority = store.openHighPriority(window, options.topLimit, messaging);
    const buckets = sparkBuckets(window);
    const listed = [...new Set([...topByReach, ...topByVelocity, ...openHighPriority].map((c) => c.clusterId))];
    return assembleSummary(
      {
        window,
        previous,
        totals: store.totals(window),
        previousTotals: store.totals(previous),
        topByReach,
        topByVelocity,
        openHighPriority,
        highPriorityCount: store.highPriorityCount(window, messaging),
        statementReach: store.statementReach(window, recognised, options.statementLimit),
        volumeBuckets: { hours: buckets.hours, starts: buckets.ranges.map((r) => r.start) },
        volumes: store.clusterVolumes(listed, buckets.ranges),
        rebuttalDelays: store.rebuttalDelays(window),
        corrections: store.corrections(window, options.correctionHours),
        correctionHours: options.correctionHours,
        platforms: store.platforms(window),
        harm: store.harm(window),
        daily: store.volumeByBucket(window.days),
        topicTexts: store.topicTexts(window, options.topicTexts),
        previousTopicTexts: store.topicTexts(previous, options.topicTexts),
      },
      { now, privacy: deps.privacy?.() ?? { allowedNames: [], publicHandles: [] } },
    );
  };
}
