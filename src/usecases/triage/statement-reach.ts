import { MESSAGING_KINDS, type MessagingKind, type MessagingReason } from '../../core/reach';
import { parseInput } from '../validation';
import { triageSchema } from './triage';

interface ReachRow {
  id: number;
  representativeText: string;
  postCount: number;
  uniqueAuthors: number;
  totalEngagement: number;
  lastSeen: string | null;
  messaging: MessagingReason | null;
}

/** One department statement and the open clusters that share or restate it. */
export interface StatementReach {
  /** `status`: a superseded statement's reach is outdated shares of the department's word. */
  statement: { id: number; title: string; url: string | null; status: string | null };
  posts: number;
  /** Distinct authors summed over the clusters (an author in two clusters counts twice). */
  authors: number;
  /** Reposts + likes + replies of the clusters' posts. */
  engagement: number;
  /** How its clusters were recognised, strongest evidence first. */
  recognisedBy: MessagingKind[];
  clusters: { id: number; text: string; posts: number; authors: number; engagement: number; lastSeen: string | null; kind: MessagingKind }[];
}

/**
 * The reach of the department's own statements: open clusters the messaging rule recognises,
 * grouped by statement, most engagement first. Same filters as the triage queue.
 *
 * @example createStatementReach({ clusters: desk.clusters.list, statement: (id) => repo.findById(id) })({ limit: 5 })[0].recognisedBy // ['link']
 */
export function createStatementReach<T extends ReachRow>(deps: {
  clusters: (filter: Record<string, unknown>) => T[];
  statement: (id: number) => { id: number; title: string; url: string | null; status: string } | null;
}) {
  return function statementReach(raw: Record<string, unknown> = {}): StatementReach[] {
    const filter = parseInput(triageSchema, raw, 'triage filter');
    const byStatement = new Map<number, StatementReach>();
    for (const row of deps.clusters({ ...filter, sort: 'volume', limit: 500 })) {
      if (!row.messaging) continue;
      const id = row.messaging.statementId;
      let entry = byStatement.get(id);
      if (!entry) {
        const statement = deps.statement(id);
        entry = { statement: { id, title: statement?.title ?? `Statement ${id}`, url: statement?.url ?? null, status: statement?.status ?? null }, posts: 0, authors: 0, engagement: 0, recognisedBy: [], clusters: [] };
        byStatement.set(id, entry);
      }
      entry.posts += row.postCount;
      entry.authors += row.uniqueAuthors;
      entry.engagement += row.totalEngagement;
      entry.clusters.push({ id: row.id, text: row.representativeText, posts: row.postCount, authors: row.uniqueAuthors, engagement: row.totalEngagement, lastSeen: row.lastSeen, kind: row.messaging.kind });
    }
    const entries = [...byStatement.values()];
    for (const e of entries) e.recognisedBy = MESSAGING_KINDS.filter((k) => e.clusters.some((c) => c.kind === k));
    return entries.sort((a, b) => b.engagement - a.engagement || b.posts - a.posts || a.statement.id - b.statement.id).slice(0, filter.limit);
  };
}
