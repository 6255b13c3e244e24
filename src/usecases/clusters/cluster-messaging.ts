import { departmentMessaging, type MessagingReason } from '../../core/reach';
import type { MatchDecision, Stance, Statement } from '../../core/types';
import type { StoredClusterMatch } from '../ports';

export interface ClusterMessagingDeps {
  matches: { forSubject(subjectType: 'post' | 'cluster', id: number): StoredClusterMatch[] };
  statements: { findById(id: number): Statement | null };
}

/**
 * Whether a cluster is the department's own messaging: the core rule applied to its
 * representative post (the member that matched best) and its stored matches, in rank order.
 *
 * @example clusterMessaging({ id: 7, representativeText: 'Bridge closed https://pd.example/b' }, deps) // { kind: 'link', statementId: 3 }
 */
export function clusterMessaging(cluster: { id: number; representativeText: string; statementId: number | null }, deps: ClusterMessagingDeps): MessagingReason | null {
  if (cluster.statementId === null) return null;
  const matches = deps.matches.forSubject('cluster', cluster.id).map((m) => {
    const statement = deps.statements.findById(m.statementId);
    return {
      statementId: m.statementId,
      decision: m.decision as MatchDecision,
      stance: m.stance as Stance,
      features: m.features,
      statement: statement ? { title: statement.title, body: statement.body, url: statement.url, supersededBy: statement.supersededBy } : null,
    };
  });
  return departmentMessaging(cluster.representativeText, matches);
}
