import type { MessagingKind } from '../reach';
import type { EmergingTopic } from './emerging-topics';
import type { Delta } from './stats';
import type { SummaryWindow } from './summary-window';

/** Where a rumor stood at the end of the period, from its drafts' timestamps. */
export type RumorStatus = 'unaddressed' | 'drafted' | 'approved' | 'published';

/** One rumor cluster in a summary table. `text` has passed the privacy guard. */
export interface RumorLine {
  clusterId: number;
  text: string;
  posts: number;
  reach: number;
  peakPostsPerHour: number;
  firstSeen: string | null;
  credibilityLabel: string | null;
  /** How sure that label is, in words ("Only 5 in 10 claims like this turned out false: …"). */
  credibilityHowSure: string | null;
  statementTitle: string | null;
  /** That statement's status now: a superseded or retracted one is marked where it is shown. */
  statementStatus: string | null;
  /** What that statement says about the rumor; `unclear` means an officer must read it. */
  stance: string | null;
  harmCategory: string | null;
  action: string | null;
  priority: number | null;
  status: RumorStatus;
  /** Posts per sparkline bucket over the period (see Summary.volumeBuckets). */
  volume: number[];
}

/** The reach of one department statement: posts that shared or restated it, not rumors. */
export interface StatementReachLine {
  statementId: number;
  title: string;
  /** The statement's status now; posts sharing a superseded statement are outdated shares. */
  status: string | null;
  posts: number;
  /** Distinct authors of those posts. */
  authors: number;
  /** Reposts + likes + replies of those posts. */
  reach: number;
  clusterIds: number[];
  /** How its clusters were recognised, strongest evidence first. */
  recognisedBy: MessagingKind[];
}

/** Posts per hour of a rumor in the hours before and after a correction went out. */
export interface CorrectionEffect {
  draftId: number;
  clusterId: number;
  rumor: string;
  platform: string;
  publishedAt: string;
  beforePerHour: number;
  afterPerHour: number;
  /** Percent change of the rate; null when there was no activity before. */
  changePct: number | null;
  /** False when the hours after publication had not all passed when the summary was made. */
  afterComplete: boolean;
}

export interface PlatformEffect {
  platform: string;
  corrections: number;
  beforePerHour: number;
  afterPerHour: number;
  changePct: number | null;
}

/** The period a summary covers, as its readers see it: the window without its day list. */
export type PeriodInfo = Omit<SummaryWindow, 'days'>;

/** The weekly summary as data: the JSON format is exactly this object. */
export interface Summary {
  period: PeriodInfo;
  previousPeriod: Pick<PeriodInfo, 'label' | 'start' | 'end'>;
  generatedAt: string;
  /** The period had not ended when the summary was made: its figures are so far, not final. */
  inProgress: boolean;
  empty: boolean;
  /** "No rumor activity was recorded in 2026-W40." for an empty period, else null. */
  emptyMessage: string | null;
  totals: { posts: Delta; activeClusters: Delta; newClusters: Delta };
  /** Rumors only: the department's own messaging is in statementReach. */
  topByReach: RumorLine[];
  topByVelocity: RumorLine[];
  /** The department's statements by the reach of the posts that shared or restated them. */
  statementReach: StatementReachLine[];
  /** How RumorLine.volume is bucketed: bucket length in hours and each bucket's start. */
  volumeBuckets: { hours: number; starts: string[] };
  rebuttalTime: { rebuttals: number; medianMinutes: number | null; p90Minutes: number | null };
  corrections: { windowHours: number; items: CorrectionEffect[]; byPlatform: PlatformEffect[] };
  openHighPriority: RumorLine[];
  /** High-priority rumors active in the period, answered or not (so "none open" can say why). */
  highPriorityCount: number;
  platforms: { platform: string; posts: number; sharePct: number }[];
  harm: { category: string; posts: number; clusters: number }[];
  emergingTopics: EmergingTopic[];
  daily: { date: string; posts: number }[];
}
