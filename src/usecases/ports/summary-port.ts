/**
 * What the weekly summary needs from outside, declared by the use case (ARCHITECTURE.md
 * habit 4). The facts it reads are records declared once in src/core/summary;
 * src/store/summary-repo.ts implements SummaryStore, src/render/summary-templates.ts returns a
 * SummaryTemplates.
 */
import type { ClusterFact, CorrectionFact, HarmCount, MessagingCandidateFact, PlatformCount, RecognisedCluster, StatementReachFact, RebuttalDelayFact, SummaryView, TimeRange, TopicText, TotalsFact } from '../../core/summary';

export interface SummaryStore {
  totals(range: TimeRange): TotalsFact;
  /** `exclude`: cluster ids left out (the department's own messaging). */
  topClusters(range: TimeRange, by: 'reach' | 'velocity', limit: number, exclude?: readonly number[]): ClusterFact[];
  openHighPriority(range: TimeRange, limit: number, exclude?: readonly number[]): ClusterFact[];
  /** How many clusters active in the range triage says to rebut or clarify, answered or not. */
  highPriorityCount(range: TimeRange, exclude?: readonly number[]): number;
  /** Clusters active in the range that matched a statement, with their matches in rank order. */
  messagingCandidates(range: TimeRange): MessagingCandidateFact[];
  /** Per statement, the in-range posts of the clusters recognised as its messaging. */
  statementReach(range: TimeRange, recognised: readonly RecognisedCluster[], limit: number): StatementReachFact[];
  volumeByBucket(buckets: readonly TimeRange[]): number[];
  clusterVolumes(clusterIds: readonly number[], buckets: readonly TimeRange[]): Record<number, number[]>;
  rebuttalDelays(range: TimeRange): RebuttalDelayFact[];
  corrections(range: TimeRange, hours: number): CorrectionFact[];
  platforms(range: TimeRange): PlatformCount[];
  harm(range: TimeRange): HarmCount[];
  topicTexts(range: TimeRange, limit: number): TopicText[];
}

/** The two compiled summary templates (strict Handlebars; HTML escaped, Markdown not). */
export interface SummaryTemplates {
  md(view: SummaryView): string;
  html(view: SummaryView): string;
}
