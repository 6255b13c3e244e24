import { sharedStance } from '../../core/clustering/shared-stance';
import { extractUrls } from '../../core/text/urls';
import type { Clock, PostInput, Stance } from '../../core/types';
import type { ClaimSignals, ClustererEngine, ClusterSignals, Credibility, CredibilityEngine, MatchingEngine } from '../engines';
import { AuthorTally } from './author-tally';
import type { ChunkClusterResult, PostOutcome, PostPipeline } from './ingest';
import type { ClusterRecord, ClusterScore, ClusterStore, MatchStore, Membership, PostLookup, ScoreStore, ScoringQueuePort, StatementLookup } from './pipeline-ports';

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

const NEW_ACCOUNT_DAYS = 30;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Velocity compares the last hour of activity with the three before it. */
const VELOCITY_BASE_HOURS = 3;
/** How many distinct member texts a re-match tries. */
const REMATCH_SAMPLE = 5;
/** Member texts read for harm words when triaging a cluster. */
const HARM_SAMPLE = 4;
/**
 * How long a member text's match result is reused by a cluster's later milestones. The sampled
 * members of a growing cluster rarely change, so without this every milestone re-ran the same
 * matches (most of a batch's time); the expiry lets a statement published meanwhile be found.
 */
const MATCH_MEMO_MS = 10 * 60_000;

type Found = ReturnType<MatchingEngine['match']>;

type Queued = { kind: 'post'; postId: number; replyStance: string | null; nowIso: string } | { kind: 'cluster'; cluster: ClusterRecord; nowIso: string };

/** The fields of a cluster its new posts read while the chunk runs. */
interface ClusterView {
  representativeText: string;
  evidence: ClaimSignals['evidence'];
  /** A statement from a strong match contradicts it: counts against its authors' later claims. */
  contradicted: boolean;
}

/** Match results of one cluster's member texts: each member's top score, and the best in full. */
interface MatchMemo {
  at: number;
  scores: Map<number, number>;
  /** Each sampled member's top statement and the stance it got. */
  stances: Map<number, { statementId: number; stance: Stance }>;
  best: { postId: number; text: string; found: Found } | null;
}

function engagementOf(post: PostInput): number {
  const e = post.engagement;
  return (e.reposts ?? 0) + (e.likes ?? 0) + (e.replies ?? 0);
}

function isNewAccount(post: PostInput): boolean {
  const created = post.author.accountCreatedAt ? Date.parse(post.author.accountCreatedAt) : NaN;
  const posted = post.postedAt ? Date.parse(post.postedAt) : NaN;
  return Number.isFinite(created) && Number.isFinite(posted) && posted - created < NEW_ACCOUNT_DAYS * DAY_MS;
}

function hourKey(ms: number): string {
  return new Date(Math.floor(ms / HOUR_MS) * HOUR_MS).toISOString();
}

/**
 * The path of every new post: join a rumor cluster, match a new cluster against the
 * statements, score the post, count a reply's stance against the post it answers; then, once
 * per chunk, re-score and re-triage every cluster the chunk touched.
 */
export function createPostPipeline(deps: PipelineDeps): PostPipeline & { clusterSignals(cluster: ClusterRecord): ClusterSignals; rescore(clusterId: number): void } {
  const dirty = new Set<number>();
  /** The post count at which each cluster was last re-matched, so a milestone runs once. */
  const rematched = new Map<number, number>();
  const memos = new Map<number, MatchMemo>();
  /**
   * What a chunk's posts read of their cluster (its match and representative), read once per
   * cluster per chunk: most posts of a chunk land in a few clusters. Every write of the pipeline
   * to these fields drops the entry; officer changes happen between chunks, when all are dropped.
   */
  const views = new Map<number, ClusterView | null>();
  /** Each new post's credibility in this chunk, for the per-row report. */
  const scored = new Map<number, Credibility>();
  let authors = new AuthorTally(new Map());
  /** Memberships of this chunk whose cluster counters are written at its end, in one go. */
  let members: { clusterId: number; membership: Membership }[] = [];
  /** What this chunk queued for scoring elsewhere, in submission order; null when scoring in-thread. */
  let queued: Queued[] | null = null;

  function storePostScore(postId: number, credibility: Credibility, replyStance: string | null, nowIso: string): void {
    const kept = { ...credibility, factors: credibility.factors.slice(0, 5) };
    deps.scores.upsert('post', postId, kept, null, replyStance, nowIso);
    scored.set(postId, kept);
  }

  function evidenceOf(cluster: ClusterRecord | null): ClaimSignals['evidence'] {
    if (!cluster || cluster.statementId === null || !cluster.stance || !cluster.matchDecision || cluster.matchDecision === 'none') return null;
    const statement = deps.statements.findById(cluster.statementId);
    return { decision: cluster.matchDecision, stance: cluster.stance, statementTitle: statement?.title ?? null, score: cluster.matchScore };
  }

  function viewOf(clusterId: number): ClusterView | null {
    let view = views.get(clusterId);
    if (view === undefined) {
      const cluster = deps.clusters.findById(clusterId);
      view = cluster
        ? {
            representativeText: cluster.representativeText,
            evidence: evidenceOf(cluster),
            contradicted: cluster.stance === 'contradicts' && cluster.matchDecision === 'strong',
          }
        : null;
      views.set(clusterId, view);
    }
    return view;
  }

  /** A growing cluster is re-matched each time its size passes 2, 4, 8, 16… posts. */
  function passedMilestone(postCount: number, lastCount: number | undefined): boolean {
    return postCount >= 2 && Math.floor(Math.log2(postCount)) > Math.floor(Math.log2(lastCount ?? 1));
  }

  /**
   * Matches a cluster on its best-matching member text: the first post of a rumor is often a
   * typo-ridden copy, while its paraphrases carry the words a statement uses. The member that
   * matches best becomes the cluster's representative.
   */
  function rematchCluster(clusterId: number, now: Date): void {
    const memo = memoOf(clusterId, now);
    let best: { postId: number; text: string; score: number; found: Found | null } | null = null;
    for (const member of deps.clusters.memberTexts(clusterId, REMATCH_SAMPLE)) {
      let score = memo.scores.get(member.postId);
      let found: Found | null = memo.best?.postId === member.postId ? memo.best.found : null;
      if (score === undefined) {
        found = deps.matching.match(member.text, { k: 3, now, urls: extractUrls(member.text) });
        score = found[0]?.score ?? 0;
        memo.scores.set(member.postId, score);
        const top = found[0];
        if (top && top.decision !== 'none') memo.stances.set(member.postId, { statementId: top.statementId, stance: top.stance });
      }
      if (!best || score > best.score) best = { ...member, score, found };
    }
    if (!best) return;
    // Only when the sample changed under the memo (a move, a merge) is the winner's detail gone.
    const found = best.found ?? deps.matching.match(best.text, { k: 3, now, urls: extractUrls(best.text) });
    memo.best = { postId: best.postId, text: best.text, found };
    if (found[0] && found[0].decision !== 'none') {
      deps.clusters.setRepresentative(clusterId, best.postId, best.text, now.toISOString());
      views.delete(clusterId);
    }
    storeMatch(clusterId, withSharedStance(found, memo), now);
  }

  /** The top match with the stance the sampled members agree on (see sharedStance). */
  function withSharedStance(found: Found, memo: MatchMemo): Found {
    const top = found[0];
    if (!top || top.decision === 'none') return found;
    const votes = [...memo.stances.values()].filter((m) => m.statementId === top.statementId).map((m) => m.stance);
    const stance = sharedStance(top.stance, votes);
    if (stance === top.stance) return found;
    const split = [...new Set(votes)].map((s) => `${votes.filter((v) => v === s).length} ${s.replace('_', ' ')}`).join(', ');
    return [{ ...top, stance, stanceReasons: [`the cluster's posts read differently against this statement (${split}); the cluster takes what most of them say`, ...top.stanceReasons] }, ...found.slice(1)];
  }

  function memoOf(clusterId: number, now: Date): MatchMemo {
    const existing = memos.get(clusterId);
    if (existing && now.getTime() - existing.at <= MATCH_MEMO_MS) return existing;
    const memo: MatchMemo = { at: now.getTime(), scores: new Map(), stances: new Map(), best: null };
    memos.set(clusterId, memo);
    return memo;
  }

  /** Matches a new cluster on its first post; the result seeds the memo its first milestone reads. */
  function matchCluster(clusterId: number, postId: number, text: string, now: Date): void {
    const found = deps.matching.match(text, { k: 3, now, urls: extractUrls(text) });
    const memo = memoOf(clusterId, now);
    memo.scores.set(postId, found[0]?.score ?? 0);
    const top = found[0];
    if (top && top.decision !== 'none') memo.stances.set(postId, { statementId: top.statementId, stance: top.stance });
    memo.best = { postId, text, found };
    storeMatch(clusterId, found, now);
  }

  function storeMatch(clusterId: number, found: Found, now: Date): void {
    views.delete(clusterId);
    const top = found[0] && found[0].decision !== 'none' ? found[0] : null;
    deps.clusters.setMatch(
      clusterId,
      { statementId: top?.statementId ?? null, stance: top?.stance ?? null, score: top?.score ?? null, decision: top?.decision ?? 'none' },
      now.toISOString(),
    );
    deps.matches.replace('cluster', clusterId, found.filter((m) => m.decision !== 'none'), deps.matching.modelVersion, now.toISOString());
  }

  function clusterSignals(cluster: ClusterRecord): ClusterSignals {
    const lastSeen = cluster.lastSeen ? Date.parse(cluster.lastSeen) : NaN;
    let postsLastHour = 0;
    let postsPrevHours = 0;
    if (Number.isFinite(lastSeen)) {
      const lastHour = Math.floor(lastSeen / HOUR_MS) * HOUR_MS;
      postsLastHour = deps.clusters.postsBetween(cluster.id, hourKey(lastHour), hourKey(lastHour + HOUR_MS));
      postsPrevHours = deps.clusters.postsBetween(cluster.id, hourKey(lastHour - VELOCITY_BASE_HOURS * HOUR_MS), hourKey(lastHour));
    }
    return {
      representative: {
        text: cluster.representativeText,
        urls: extractUrls(cluster.representativeText),
        author: null,
        authorHistory: null,
        evidence: evidenceOf(cluster),
        postedAt: cluster.firstSeen,
      },
      sampleTexts: deps.clusters.memberTexts(cluster.id, HARM_SAMPLE).map((m) => m.text),
      crowd: { ...cluster.replies, corrections: cluster.corrections },
      spread: {
        postCount: cluster.postCount,
        uniqueAuthors: cluster.uniqueAuthors,
        newAccountPosts: cluster.newAccountPosts,
        copyPosts: cluster.copyPosts,
        postsLastHour,
        postsPerHourPeak: cluster.peakHourPosts,
        postsPrevHours,
        totalEngagement: cluster.totalEngagement,
      },
    };
  }

  function rescore(clusterId: number): ChunkClusterResult | null {
    const cluster = deps.clusters.findById(clusterId);
    if (!cluster || cluster.status !== 'open') return null;
    const now = deps.clock();
    const signals = clusterSignals(cluster);
    if (queued && deps.credibility.submitCluster) {
      deps.credibility.submitCluster(signals, now);
      queued.push({ kind: 'cluster', cluster, nowIso: now.toISOString() });
      return null;
    }
    const credibility = deps.credibility.scoreCluster(signals, now);
    return storeClusterScore(cluster, { credibility, triage: deps.credibility.triage(signals, credibility, now) }, now.toISOString());
  }

  function storeClusterScore(cluster: ClusterRecord, score: ClusterScore, nowIso: string): ChunkClusterResult {
    deps.scores.upsert('cluster', cluster.id, score.credibility, score.triage, null, nowIso);
    return { cluster, triage: score.triage };
  }

  return {
    clusterSignals,
    rescore: (clusterId: number) => void rescore(clusterId),

    beginChunk(posts: readonly PostInput[]): void {
      views.clear();
      members = [];
      scored.clear();
      const handles = [...new Set(posts.map((p) => p.author.handle).filter((h): h is string => !!h))];
      authors = new AuthorTally(handles.length ? deps.posts.authorHistories(handles) : new Map());
      queued = deps.credibility.beginScoring?.(posts.length) ? [] : null;
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
      const membership: Membership = {
        postId,
        reason: assignment.reason,
        similarity: assignment.similarity,
        pinned: false,
        author: post.author.handle ?? null,
        platform: post.platform,
        postedAt: post.postedAt,
        engagement: engagementOf(post),
        fromNewAccount: isNewAccount(post),
        isCopy: assignment.reason === 'exact' || assignment.reason === 'repost',
      };
      deps.clusters.addMember(assignment.clusterId, membership, nowIso);
      members.push({ clusterId: assignment.clusterId, membership });
      if (created) matchCluster(assignment.clusterId, postId, post.text, now);

      let replyStance: string | null = null;
      if (post.replyTo) {
        const parentId = deps.posts.findIdByExternal(post.platform, post.replyTo);
        const parentCluster = parentId === null ? null : deps.clusters.clusterOfPost(parentId);
        if (parentCluster) {
          const stance = deps.credibility.replyStance(post.text, viewOf(parentCluster.clusterId)?.representativeText ?? null);
          replyStance = stance;
          // A denial that links somewhere is someone posting a correction, not just disagreeing.
          deps.clusters.addReplyStance(parentCluster.clusterId, stance, stance === 'deny' && urls.length > 0, nowIso);
          dirty.add(parentCluster.clusterId);
        }
      }

      const view = viewOf(assignment.clusterId);
      const handle = post.author.handle;
      const a = post.author;
      const signals: ClaimSignals = {
        text: post.text,
        urls,
        // Only what scoring reads: the signals may be copied to another thread.
        author: { verified: a.verified, followers: a.followers, following: a.following, accountCreatedAt: a.accountCreatedAt },
        authorHistory: handle ? authors.before(handle) : null,
        evidence: view?.evidence ?? null,
        postedAt: post.postedAt,
      };
      if (handle) authors.add(handle, view?.contradicted ?? false);
      // Nothing in the chunk reads a post's own score, so it may be computed elsewhere meanwhile.
      if (queued && deps.credibility.submitClaim) {
        deps.credibility.submitClaim(signals, now);
        queued.push({ kind: 'post', postId, replyStance, nowIso });
      } else {
        storePostScore(postId, deps.credibility.scoreClaim(signals, now), replyStance, nowIso);
      }
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
        if (cluster && cluster.status === 'open' && passedMilestone(cluster.postCount, rematched.get(clusterId))) {
          rematched.set(clusterId, cluster.postCount);
          rematchCluster(clusterId, now);
        }
        const result = rescore(clusterId);
        if (result) clusters.set(clusterId, result);
      }
      dirty.clear();
      // Drained last: the claims were scored while posts were clustered, the clusters while
      // the next ones were read. Nothing above reads a score, so writing them now is the same.
      if (queued && deps.credibility.drainScores) {
        const results = deps.credibility.drainScores();
        queued.forEach((q, i) => {
          if (q.kind === 'post') storePostScore(q.postId, results[i] as Credibility, q.replyStance, q.nowIso);
          else clusters.set(q.cluster.id, storeClusterScore(q.cluster, results[i] as ClusterScore, q.nowIso));
        });
      }
      queued = null;
      views.clear();
      const posts = new Map(scored);
      scored.clear();
      return { posts, clusters };
    },
  };
}
