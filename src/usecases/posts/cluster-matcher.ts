import { usableTopMatch } from '../../core/matching/usable-match';
import { extractUrls } from '../../core/text/urls';
import type { StatementMatch } from '../../core/matching';
import type { MatchingEngine } from '../ports';
import { keptMatches, MatchMemos, remember } from './match-memo';
import type { ClusterRecord, ClusterStore } from '../ports';
import { withSharedStance } from './shared-stance-match';
import { storeClusterMatch, type ClusterMatchWriter } from './store-cluster-match';

/** How many distinct member texts a re-match tries. */
const REMATCH_SAMPLE = 5;
/** How long a member text's match is reused by the cluster's later milestones (see MatchMemos). */
const MATCH_MEMO_MS = 10 * 60_000;
/**
 * How many clusters' memos are kept (see MatchMemos): a batch's clusters that grow get their
 * milestones soon after they start, while the memos of a million-row batch's one-off posts
 * would otherwise stay to the end. About 25 MB at most.
 */
const MATCH_MEMO_LIMIT = 8192;
const K = 3;

export interface ClusterMatcherDeps extends ClusterMatchWriter {
  clusters: Pick<ClusterStore, 'memberTexts' | 'setRepresentative' | 'setMatch'>;
  matching: Pick<MatchingEngine, 'match' | 'modelVersion'>;
  /** Told before a cluster's match or representative is written: what was read of it is stale. */
  changed(clusterId: number): void;
}

/**
 * Whether a cluster of `postCount` posts, last re-matched at `lastCount`, has since passed a
 * milestone: 2, 4, 8, 16… posts.
 *
 * @example passedMilestone(4, 2) // true; passedMilestone(5, 4) // false
 */
export function passedMilestone(postCount: number, lastCount: number | undefined): boolean {
  return postCount >= 2 && Math.floor(Math.log2(postCount)) > Math.floor(Math.log2(lastCount ?? 1));
}

/**
 * Matches clusters against the statements: a new cluster on its first post, a growing one on
 * its best-matching member at each milestone, and one an officer changed on its representative.
 *
 * @example const matcher = createClusterMatcher(deps); matcher.matchNew(clusterId, postId, text, now);
 */
export function createClusterMatcher(deps: ClusterMatcherDeps) {
  /** The post count at which each cluster was last re-matched, so a milestone runs once. */
  const rematched = new Map<number, number>();
  const memos = new MatchMemos(MATCH_MEMO_MS, MATCH_MEMO_LIMIT);

  function match(text: string, now: Date): StatementMatch[] {
    return deps.matching.match(text, { k: K, now, urls: extractUrls(text) });
  }

  function store(clusterId: number, found: StatementMatch[], now: Date): void {
    deps.changed(clusterId);
    storeClusterMatch(deps, clusterId, found, now);
  }

  /**
   * Matches a cluster on its best-matching member text: the first post of a rumor is often a
   * typo-ridden copy, while its paraphrases carry the words a statement uses. The member that
   * matches best becomes the cluster's representative.
   */
  function rematch(clusterId: number, now: Date): void {
    const memo = memos.of(clusterId, now);
    let best: { postId: number; text: string; score: number; found: StatementMatch[] | null } | null = null;
    for (const member of deps.clusters.memberTexts(clusterId, REMATCH_SAMPLE)) {
      let score = memo.scores.get(member.postId);
      let found = memo.best?.postId === member.postId ? memo.best.found : null;
      if (score === undefined) {
        found = match(member.text, now);
        score = remember(memo, member.postId, found);
      }
      if (!best || score > best.score) best = { ...member, score, found };
    }
    if (!best) return;
    // Only when the sample changed under the memo (a move, a merge) is the winner's detail gone.
    const found = best.found ?? match(best.text, now);
    memo.best = { postId: best.postId, found: keptMatches(found) };
    if (usableTopMatch(found)) {
      deps.changed(clusterId);
      deps.clusters.setRepresentative(clusterId, best.postId, best.text, now.toISOString());
    }
    store(clusterId, withSharedStance(found, memo), now);
  }

  return {
    /** Matches a new cluster on its first post; the result seeds the memo its first milestone reads. */
    matchNew(clusterId: number, postId: number, text: string, now: Date): void {
      const found = match(text, now);
      const memo = memos.of(clusterId, now);
      remember(memo, postId, found);
      memo.best = { postId, found: keptMatches(found) };
      store(clusterId, found, now);
    },

    /** Re-matches an open cluster when its counters show it passed a milestone since the last time. */
    grew(cluster: Pick<ClusterRecord, 'id' | 'postCount' | 'status'>, now: Date): void {
      if (cluster.status !== 'open' || !passedMilestone(cluster.postCount, rematched.get(cluster.id))) return;
      rematched.set(cluster.id, cluster.postCount);
      rematch(cluster.id, now);
    },

    /**
     * Matches a cluster on its representative as it stands, after an officer changed the
     * cluster. Without its links, as this re-match has always run: results stay comparable.
     */
    matchRepresentative(clusterId: number, text: string, now: Date): void {
      store(clusterId, deps.matching.match(text, { k: K, now, urls: [] }), now);
    },

    /** After a statement changed: no milestone may reuse a match made against its old text or status. */
    forgetMemos(): void {
      memos.clear();
    },
  };
}

export type ClusterMatcher = ReturnType<typeof createClusterMatcher>;
