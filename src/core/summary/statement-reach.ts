import { departmentMessaging, MESSAGING_KINDS } from '../reach';
import type { MessagingCandidateFact, RecognisedCluster, StatementReachFact } from './summary-facts';
import type { StatementReachLine } from './summary-types';

/**
 * The candidates the department-messaging rule recognises: the summary leaves them out of its
 * rumor tables and lists them as their statement's reach.
 *
 * @example recognisedClusters([{ clusterId: 4, text: 'Bridge closed https://pd.example/b', matches }])[0].kind // 'link'
 */
export function recognisedClusters(candidates: readonly MessagingCandidateFact[]): RecognisedCluster[] {
  const out: RecognisedCluster[] = [];
  for (const c of candidates) {
    const reason = departmentMessaging(c.text, c.matches);
    if (reason) out.push({ clusterId: c.clusterId, statementId: reason.statementId, kind: reason.kind });
  }
  return out;
}

/**
 * A statement-reach line from the store's figures.
 *
 * @example statementReachLine({ statementId: 3, title: 'Bridge closed', posts: 9, authors: 8, reach: 120, clusterIds: [4], kinds: ['link'] }).recognisedBy // ['link']
 */
export function statementReachLine(f: StatementReachFact): StatementReachLine {
  return {
    statementId: f.statementId,
    title: f.title ?? `Statement ${f.statementId}`,
    status: f.status,
    posts: f.posts,
    authors: f.authors,
    reach: f.reach,
    clusterIds: [...f.clusterIds].sort((a, b) => a - b),
    recognisedBy: MESSAGING_KINDS.filter((k) => f.kinds.includes(k)),
  };
}
