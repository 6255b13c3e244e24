import { usableMatches, usableTopMatch } from '../../core/matching/usable-match';
import type { StatementMatch } from '../../core/matching';
import type { ClusterStore, MatchingEngine, MatchStore } from '../ports';

export interface ClusterMatchWriter {
  clusters: Pick<ClusterStore, 'setMatch'>;
  matches: MatchStore;
  matching: Pick<MatchingEngine, 'modelVersion'>;
}

/**
 * Stores a cluster's match: the usable top match on the cluster itself (none when the top
 * match's decision is none), and every usable match in the matches table.
 *
 * @example storeClusterMatch(deps, 7, engine.match(text, { k: 3, now, urls: [] }), now)
 */
export function storeClusterMatch(deps: ClusterMatchWriter, clusterId: number, found: readonly StatementMatch[], now: Date): void {
  const top = usableTopMatch(found);
  deps.clusters.setMatch(
    clusterId,
    { statementId: top?.statementId ?? null, stance: top?.stance ?? null, score: top?.score ?? null, decision: top?.decision ?? 'none' },
    now.toISOString(),
  );
  deps.matches.replace('cluster', clusterId, usableMatches(found), deps.matching.modelVersion, now.toISOString());
}
