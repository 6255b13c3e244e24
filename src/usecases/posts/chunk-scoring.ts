import type { ClaimSignals, ClusterSignals, Credibility, CredibilityEngine } from '../engines';
import type { ChunkClusterResult } from './ingest';
import type { ClusterCounters, ClusterScore, ScoreStore, ScoringQueuePort } from './pipeline-ports';

/** How many of a post's factors are stored: the engine lists them evidence first, then by weight. */
const KEPT_FACTORS = 5;

type Queued = { kind: 'post'; postId: number; replyStance: string | null; nowIso: string } | { kind: 'cluster'; cluster: ClusterCounters; nowIso: string };

export interface ChunkScoringDeps {
  credibility: CredibilityEngine & ScoringQueuePort;
  scores: ScoreStore;
}

/**
 * Scores a chunk's posts and clusters and stores the scores: in-thread, or, when the
 * credibility engine takes the chunk (see ScoringQueuePort), queued to it as they come and
 * stored together in submission order when the chunk finishes. Outside a chunk it scores
 * in-thread.
 *
 * @example scoring.begin(posts.length); scoring.scorePost(id, signals, null, now); const posts = scoring.finish(clusters);
 */
export class ChunkScoring {
  /** What this chunk queued, in submission order; null when scoring in-thread. */
  private queued: Queued[] | null = null;
  /** Each new post's credibility in this chunk, for the per-row report. */
  private readonly scored = new Map<number, Credibility>();

  constructor(private readonly deps: ChunkScoringDeps) {}

  begin(posts: number): void {
    this.scored.clear();
    this.queued = this.deps.credibility.beginScoring?.(posts) ? [] : null;
  }

  /** Scores a new post; nothing in the chunk reads a post's own score, so it may wait. */
  scorePost(postId: number, signals: ClaimSignals, replyStance: string | null, now: Date): void {
    const nowIso = now.toISOString();
    if (this.queued && this.deps.credibility.submitClaim) {
      this.deps.credibility.submitClaim(signals, now);
      this.queued.push({ kind: 'post', postId, replyStance, nowIso });
    } else {
      this.storePost(postId, this.deps.credibility.scoreClaim(signals, now), replyStance, nowIso);
    }
  }

  /** Scores and triages a cluster; null when queued (its result comes from `finish`). */
  scoreCluster(cluster: ClusterCounters, signals: ClusterSignals, now: Date): ChunkClusterResult | null {
    if (this.queued && this.deps.credibility.submitCluster) {
      this.deps.credibility.submitCluster(signals, now);
      this.queued.push({ kind: 'cluster', cluster, nowIso: now.toISOString() });
      return null;
    }
    const credibility = this.deps.credibility.scoreCluster(signals, now);
    return this.storeCluster(cluster, { credibility, triage: this.deps.credibility.triage(signals, credibility, now) }, now.toISOString());
  }

  /**
   * Stores what was queued, adding the queued clusters' results to `clusters`, and returns the
   * chunk's post scores. Later scoring is in-thread until the next `begin`.
   */
  finish(clusters: Map<number, ChunkClusterResult>): Map<number, Credibility> {
    const queued = this.queued;
    if (queued && this.deps.credibility.drainScores) {
      const results = this.deps.credibility.drainScores();
      queued.forEach((q, i) => {
        if (q.kind === 'post') this.storePost(q.postId, results[i] as Credibility, q.replyStance, q.nowIso);
        else clusters.set(q.cluster.id, this.storeCluster(q.cluster, results[i] as ClusterScore, q.nowIso));
      });
    }
    this.queued = null;
    const posts = new Map(this.scored);
    this.scored.clear();
    return posts;
  }

  private storePost(postId: number, credibility: Credibility, replyStance: string | null, nowIso: string): void {
    const kept = { ...credibility, factors: credibility.factors.slice(0, KEPT_FACTORS) };
    this.deps.scores.upsert('post', postId, kept, null, replyStance, nowIso);
    this.scored.set(postId, kept);
  }

  private storeCluster(cluster: ClusterCounters, score: ClusterScore, nowIso: string): ChunkClusterResult {
    this.deps.scores.upsert('cluster', cluster.id, score.credibility, score.triage, null, nowIso);
    return { cluster, triage: score.triage };
  }
}
