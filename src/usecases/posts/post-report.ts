import type { StoredScoreView } from '../clusters/clusters';
import type { ClusterCounters } from './pipeline-ports';

/** One scored post as the batch output and the API report it. */
export interface PostReport {
  postId: number;
  clusterId: number | null;
  clusterReason: string | null;
  statementId: number | null;
  stance: string | null;
  matchScore: number | null;
  decision: string | null;
  credibility: number | null;
  label: string | null;
  topFactors: string[];
  priority: number | null;
  action: string | null;
  harmCategory: string | null;
}

export interface PostReportDeps {
  clusterOfPost(postId: number): { clusterId: number; reason: string } | null;
  findCluster(id: number): ClusterCounters | null;
  findScore(subjectType: 'post' | 'cluster', id: number): StoredScoreView | null;
}

/** Collects what the pipeline decided about a post: its cluster, match, score and triage. */
export function createPostReport(deps: PostReportDeps) {
  type ClusterData = { cluster: ClusterCounters | null; score: StoredScoreView | null };
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
   * Reports for the posts of one batch chunk: most rows of a chunk share a few clusters, so
   * each cluster is read once.
   */
  function postReports(postIds: number[]): PostReport[] {
    clusters = new Map();
    try {
      return postIds.map(postReport);
    } finally {
      clusters = null;
    }
  }

  function postReport(postId: number): PostReport {
    const membership = deps.clusterOfPost(postId);
    const clusterData = membership ? clusterOf(membership.clusterId, clusters) : null;
    const cluster = clusterData?.cluster ?? null;
    const postScore = deps.findScore('post', postId);
    const clusterScore = clusterData?.score ?? null;
    return {
      postId,
      clusterId: cluster?.id ?? null,
      clusterReason: membership?.reason ?? null,
      statementId: cluster?.statementId ?? null,
      stance: cluster?.stance ?? null,
      matchScore: cluster?.matchScore ?? null,
      decision: cluster?.matchDecision ?? null,
      credibility: postScore?.score ?? null,
      label: postScore?.label ?? null,
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
