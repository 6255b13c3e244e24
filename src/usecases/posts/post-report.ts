import type { ChunkResults, IngestRowResult } from './ingest';
import type { ClusterRecord, Credibility, ScoreRecord } from '../ports';

/** One scored post as the batch output and the API report it. */
export interface PostReport {
  postId: number;
  clusterId: number | null;
  clusterReason: string | null;
  statementId: number | null;
  stance: string | null;
  matchScore: number | null;
  matchDecision: string | null;
  credibility: number | null;
  label: string | null;
  /** The post's "how sure" in words (calibrated models only). */
  howSure: string | null;
  topFactors: string[];
  priority: number | null;
  action: string | null;
  harmCategory: string | null;
}

export interface PostReportDeps {
  clusterOfPost(postId: number): { clusterId: number; reason: string } | null;
  findCluster(id: number): ClusterRecord | null;
  findScore(subjectType: 'post' | 'cluster', id: number): ScoreRecord | null;
}

/** Collects what the pipeline decided about a post: its cluster, match, score and triage. */
export function createPostReport(deps: PostReportDeps) {
  type ClusterData = { cluster: ClusterRecord | null; score: Pick<ScoreRecord, 'priority' | 'action' | 'harmCategory'> | null };
  function clusterOf(id: number, memo: Map<number, ClusterData> | null): ClusterData {
    const cached = memo?.get(id);
    if (cached) return cached;
    const cluster = deps.findCluster(id);
    const data = { cluster, score: cluster ? deps.findScore('cluster', cluster.id) : null };
    memo?.set(id, data);
    return data;
  }
  let clusters: Map<number, ClusterData> | null = null;

  /**
   * Reports for the stored and duplicate rows of one batch chunk. A post the chunk stored is
   * reported from what the pipeline kept in memory (`detail`); a duplicate, or a post whose
   * cluster was not re-scored, is read back, each cluster once (rows share a few clusters).
   */
  function postReports(results: readonly IngestRowResult[], detail?: ChunkResults): PostReport[] {
    clusters = new Map();
    if (detail) for (const [id, c] of detail.clusters) clusters.set(id, { cluster: c.cluster, score: { priority: c.triage.priority, action: c.triage.action, harmCategory: c.triage.harmCategory } });
    try {
      return results.filter((r) => r.postId !== undefined).map((r) => {
        const credibility = r.outcome ? detail?.posts.get(r.postId as number) : undefined;
        if (r.outcome && credibility && clusters?.has(r.outcome.clusterId)) {
          return report(r.postId as number, { clusterId: r.outcome.clusterId, reason: r.outcome.clusterReason }, clusterOf(r.outcome.clusterId, clusters), credibility);
        }
        return postReport(r.postId as number);
      });
    } finally {
      clusters = null;
    }
  }

  function postReport(postId: number): PostReport {
    const membership = deps.clusterOfPost(postId);
    return report(postId, membership, membership ? clusterOf(membership.clusterId, clusters) : null, deps.findScore('post', postId));
  }

  function report(
    postId: number,
    membership: { clusterId: number; reason: string } | null,
    clusterData: ClusterData | null,
    postScore: Pick<Credibility, 'score' | 'label' | 'factors' | 'howSure'> | null,
  ): PostReport {
    const cluster = clusterData?.cluster ?? null;
    const clusterScore = clusterData?.score ?? null;
    return {
      postId,
      clusterId: cluster?.id ?? null,
      clusterReason: membership?.reason ?? null,
      statementId: cluster?.statementId ?? null,
      stance: cluster?.stance ?? null,
      matchScore: cluster?.matchScore ?? null,
      matchDecision: cluster?.matchDecision ?? null,
      // Rounded as the store keeps it, so a report read back says the same.
      credibility: postScore ? Math.round(postScore.score) : null,
      label: postScore?.label ?? null,
      howSure: postScore?.howSure ?? null,
      topFactors: (postScore?.factors ?? [])
        .slice()
        .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
        .slice(0, 3)
        .map((f) => f.sentence),
      priority: clusterScore?.priority ?? null,
      action: clusterScore?.action ?? null,
      harmCategory: clusterScore?.harmCategory ?? null,
    };
  }

  return Object.assign(postReport, { many: postReports });
}
