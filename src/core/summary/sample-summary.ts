import { delta } from './stats';
import type { RumorLine, Summary } from './summary-types';

const rumor: RumorLine = {
  clusterId: 1,
  text: 'The Elm Street Bridge collapsed, avoid downtown',
  posts: 40,
  reach: 900,
  peakPostsPerHour: 12,
  firstSeen: '2026-11-16T14:00:00.000Z',
  credibilityLabel: 'likely_false',
  credibilityHowSure: '8 in 10 claims like this turned out false.',
  statementTitle: 'Elm Street Bridge is closed for inspection, not collapsed',
  statementStatus: 'active',
  stance: 'contradicts',
  harmCategory: 'infrastructure',
  action: 'rebut_now',
  priority: 0.9,
  status: 'published',
  volume: [0, 4, 12, 9, 3, 1, 0],
};

/**
 * A summary with every list filled, so a (department-edited) template can be test-rendered at
 * start-up: strict templates then fail on a misspelt field before any supervisor asks for one.
 */
export const SAMPLE_SUMMARY: Summary = {
  period: { kind: 'week', label: '2026-W47', timezone: 'America/Chicago', firstDay: '2026-11-16', lastDay: '2026-11-22', start: '2026-11-16T06:00:00.000Z', end: '2026-11-23T06:00:00.000Z', hours: 168 },
  previousPeriod: { label: '2026-W46', start: '2026-11-09T06:00:00.000Z', end: '2026-11-16T06:00:00.000Z' },
  generatedAt: '2026-11-23T15:00:00.000Z',
  inProgress: false,
  empty: false,
  emptyMessage: null,
  highPriorityCount: 1,
  totals: { posts: delta(120, 100), activeClusters: delta(9, 7), newClusters: delta(4, 4) },
  topByReach: [rumor],
  topByVelocity: [rumor],
  statementReach: [{ statementId: 1, title: 'Elm Street Bridge closed as a precaution', status: 'active', posts: 60, authors: 52, reach: 4200, clusterIds: [3], recognisedBy: ['link'] }],
  volumeBuckets: { hours: 24, starts: ['2026-11-16T06:00:00.000Z'] },
  rebuttalTime: { rebuttals: 1, medianMinutes: 95, p90Minutes: 95 },
  corrections: {
    windowHours: 6,
    items: [{ draftId: 1, clusterId: 1, rumor: rumor.text, platform: 'x', publishedAt: '2026-11-16T18:00:00.000Z', beforePerHour: 8, afterPerHour: 2, changePct: -75, afterComplete: true }],
    byPlatform: [{ platform: 'x', corrections: 1, beforePerHour: 8, afterPerHour: 2, changePct: -75 }],
  },
  openHighPriority: [{ ...rumor, clusterId: 2, status: 'drafted' }],
  platforms: [{ platform: 'x', posts: 120, sharePct: 100 }],
  harm: [{ category: 'infrastructure', posts: 40, clusters: 1 }],
  emergingTopics: [{ phrase: 'elm street bridge', posts: 40, previousPosts: 0 }],
  daily: [{ date: '2026-11-16', posts: 120 }],
};
