import type { ClaimSignals } from '../engines';
import type { ClusterCounters, ClusterStore } from './pipeline-ports';

/** The fields of a cluster its new posts read while a chunk runs. */
export interface ClusterView {
  representativeText: string;
  evidence: ClaimSignals['evidence'];
  /** A statement from a strong match contradicts it: counts against its authors' later claims. */
  contradicted: boolean;
}

/**
 * What a chunk's posts read of their cluster (its match and representative), read once per
 * cluster per chunk: most posts of a chunk land in a few clusters. Every write to these fields
 * must `drop` the entry; officer changes happen between chunks, when all are cleared.
 *
 * @example const views = new ClusterViews(deps); views.get(7)?.representativeText; views.drop(7);
 */
export class ClusterViews {
  private readonly views = new Map<number, ClusterView | null>();

  constructor(private readonly deps: { clusters: Pick<ClusterStore, 'findById'>; evidenceOf(cluster: ClusterCounters): ClaimSignals['evidence'] }) {}

  /** The cluster as its posts see it; null when there is no such cluster. */
  get(clusterId: number): ClusterView | null {
    let view = this.views.get(clusterId);
    if (view === undefined) {
      const cluster = this.deps.clusters.findById(clusterId);
      view = cluster
        ? {
            representativeText: cluster.representativeText,
            evidence: this.deps.evidenceOf(cluster),
            contradicted: cluster.stance === 'contradicts' && cluster.matchDecision === 'strong',
          }
        : null;
      this.views.set(clusterId, view);
    }
    return view;
  }

  drop(clusterId: number): void {
    this.views.delete(clusterId);
  }

  clear(): void {
    this.views.clear();
  }
}
