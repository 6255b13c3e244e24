import { isCorrectionReply } from '../../core/post-rules';
import { extractUrls } from '../../core/text/urls';
import type { Clock, PostInput } from '../../core/types';
import { AuthorTally } from './author-tally';
import { ChunkScoring } from './chunk-scoring';
import { createClusterMatcher } from './cluster-matcher';
import { createClusterSignals } from './cluster-signals';
import { ClusterViews } from './cluster-views';
import type { ChunkClusterResult, PostOutcome, PostPipeline } from './ingest';
import type { ClaimSignals, ClustererEngine, ClusterStore, CredibilityEngine, MatchingEngine, MatchStore, Membership, PostLookup, ScoreStore, ScoringQueuePort, StatementLookup } from '../ports';
import { membershipOf } from './post-membership';

export interface PipelineDeps {
  clusters: ClusterStore;
  matches: MatchStore;
  scores: ScoreStore;
  posts: PostLookup;
  statements: StatementLookup;
  matching: MatchingEngine;
  clusterer: ClustererEngine;
  credibility: CredibilityEngine & ScoringQueuePort;
  clock: Clock;
}

/** What scoring reads of a post: only that, as the signals may be copied to another thread. */
function claimSignalsOf(post: PostInput, urls: string[], authorHistory: ClaimSignals['authorHistory'], evidence: ClaimSignals['evidence']): ClaimSignals {
  const a = post.author;
  return {
    text: post.text,
    urls,
    author: { verified: a.verified, followers: a.followers, following: a.following, listed: a.listed, accountCreatedAt: a.accountCreatedAt },
    authorHistory,
    evidence,
    postedAt: post.postedAt,
  };
}

/**
 * The path of every new post: join a rumor cluster, match a new cluster against the
 * statements, score the post, count a reply's stance against the post it answers; then, once
 * per chunk, re-match the clusters that passed a milestone and re-score every cluster the chunk
 * touched. Matching lives in cluster-matcher, scoring's signals in cluster-signals, and where
 * scores are computed in chunk-scoring; this wires them.
 *
 * @example const pipeline = createPostPipeline(deps); pipeline.beginChunk(posts); pipeline.onNewPost(id, post); pipeline.afterChunk();
 */
export function createPostPipeline(deps: PipelineDeps): PostPipeline & { refresh(clusterId: number): void; statementChanged(statementId: number): number } {
  const { evidenceOf, signalsOf } = createClusterSignals(deps);
  const views = new ClusterViews({ clusters: deps.clusters, evidenceOf });
  const matcher = createClusterMatcher({ ...deps, changed: (clusterId) => views.drop(clusterId) });
  const scoring = new ChunkScoring(deps);
  /** Clusters this chunk touched: re-matched and re-scored at its end. */
  const dirty = new Set<number>();
  let authors = new AuthorTally(new Map());
  /** Memberships of this chunk whose cluster counters are written at its end, in one go. */
  let members: { clusterId: number; membership: Membership }[] = [];

  function rescore(clusterId: number): ChunkClusterResult | null {
    const cluster = deps.clusters.findById(clusterId);
    if (!cluster || cluster.status !== 'open') return null;
    const now = deps.clock();
    return scoring.scoreCluster(cluster, signalsOf(cluster), now);
  }

  function refresh(clusterId: number): void {
    const cluster = deps.clusters.findById(clusterId);
    if (!cluster || cluster.status !== 'open' || cluster.postCount === 0) return;
    matcher.matchRepresentative(clusterId, cluster.representativeText, deps.clock());
    rescore(clusterId);
  }

  /** Counts a reply's stance against the cluster of the post it answers; null when that is not clustered. */
  function countReply(postId: number, post: PostInput, nowIso: string): string | null {
    if (!post.replyTo) return null;
    const parent = deps.posts.replyTarget(post.platform, post.replyTo);
    const parentCluster = parent === null ? null : deps.clusters.clusterOfPost(parent.id);
    if (!parent || !parentCluster) return null;
    // The reply-stance model reads a reply to the claim differently from a reply to a reply.
    const stance = deps.credibility.replyStance(post.text, views.get(parentCluster.clusterId)?.representativeText ?? null, !parent.isReply);
    deps.clusters.addReplyStance(parentCluster.clusterId, stance, isCorrectionReply(stance, post.text), nowIso, postId);
    dirty.add(parentCluster.clusterId);
    return stance;
  }

  return {
    /** Re-matches a cluster's representative and re-scores it, after an officer changed it. */
    refresh(clusterId: number): void {
      refresh(clusterId);
    },

    /**
     * After a statement was retracted, superseded or edited: every open cluster matched to it is
     * matched and scored again, so its verdict, credibility and triage no longer rest on what the
     * department withdrew. Returns how many were refreshed.
     */
    statementChanged(statementId: number): number {
      matcher.forgetMemos();
      const clusters = deps.clusters.openClustersCiting(statementId);
      for (const clusterId of clusters) refresh(clusterId);
      return clusters.length;
    },

    beginChunk(posts: readonly PostInput[]): void {
      views.clear();
      members = [];
      const handles = [...new Set(posts.map((p) => p.author.handle).filter((h): h is string => !!h))];
      authors = new AuthorTally(handles.length ? deps.posts.authorHistories(handles) : new Map());
      scoring.begin(posts.length);
    },

    onNewPost(postId: number, post: PostInput): PostOutcome {
      const now = deps.clock();
      const nowIso = now.toISOString();
      const urls = extractUrls(post.text);
      const sourceExternal = post.repostOf ?? post.quoteOf;
      const sourcePostId = sourceExternal ? deps.posts.findIdByExternal(post.platform, sourceExternal) : null;
      const sourceClusterId = sourcePostId === null ? null : (deps.clusters.clusterOfPost(sourcePostId)?.clusterId ?? null);

      let created = false;
      const assignment = deps.clusterer.assign({ key: String(postId), text: post.text, urls, sourceKey: sourcePostId === null ? null : String(sourcePostId), sourceClusterId }, () => {
        created = true;
        return deps.clusters.create(postId, post.text, nowIso);
      });
      const membership = membershipOf(postId, post, assignment);
      deps.clusters.addMember(assignment.clusterId, membership, nowIso);
      members.push({ clusterId: assignment.clusterId, membership });
      if (created) matcher.matchNew(assignment.clusterId, postId, post.text, now);

      const replyStance = countReply(postId, post, nowIso);
      const view = views.get(assignment.clusterId);
      const handle = post.author.handle;
      const signals = claimSignalsOf(post, urls, handle ? authors.before(handle) : null, view?.evidence ?? null);
      if (handle) authors.add(handle, view?.contradicted ?? false);
      scoring.scorePost(postId, signals, replyStance, now);
      dirty.add(assignment.clusterId);
      return { clusterId: assignment.clusterId, clusterReason: assignment.reason, newCluster: created };
    },

    afterChunk() {
      const now = deps.clock();
      // Counters first: milestones and re-scoring below read them.
      if (members.length) deps.clusters.addCounters(members, now.toISOString());
      members = [];
      const clusters = new Map<number, ChunkClusterResult>();
      for (const clusterId of dirty) {
        const cluster = deps.clusters.findById(clusterId);
        if (cluster) matcher.grew(cluster, now);
        const result = rescore(clusterId);
        if (result) clusters.set(clusterId, result);
      }
      dirty.clear();
      // Queued scores are stored last: nothing above reads a score, so writing them now is the same.
      const posts = scoring.finish(clusters);
      views.clear();
      return { posts, clusters };
    },
  };
}
