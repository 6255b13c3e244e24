import { spreadExamplesWanted } from '../../core/scoring';
import { extractUrls } from '../../core/text/urls';
import type { ClaimSignals, ClusterSignals } from '../ports';
import type { ClusterRecord, ClusterStore, PostLookup, StatementLookup } from '../ports';

const HOUR_MS = 3_600_000;
/** Velocity compares the last hour of activity with the three before it. */
const VELOCITY_BASE_HOURS = 3;
/** Posts a spread factor names: as many as a crowd factor keeps of its replies. */
const EXAMPLES_KEPT = 5;
/** Member texts read for harm words when triaging a cluster. */
const HARM_SAMPLE = 4;

export interface ClusterSignalsDeps {
  clusters: Pick<ClusterStore, 'postsBetween' | 'memberTexts' | 'memberExamples' | 'repliesOf' | 'replyShapeOf'>;
  statements: StatementLookup;
  posts: Pick<PostLookup, 'accountOf'>;
}

function hasReplies(cluster: ClusterRecord): boolean {
  const r = cluster.replies;
  return r.support + r.deny + r.query + r.comment > 0;
}

function hourKey(ms: number): string {
  return new Date(Math.floor(ms / HOUR_MS) * HOUR_MS).toISOString();
}

/**
 * What scoring reads of a cluster: its match as evidence, and its spread, crowd and sample
 * texts as signals.
 *
 * @example const { signalsOf } = createClusterSignals(deps); credibility.scoreCluster(signalsOf(cluster), now);
 */
export function createClusterSignals(deps: ClusterSignalsDeps) {
  /** The cluster's usable match as scoring evidence; null without one. */
  function evidenceOf(cluster: ClusterRecord | null): ClaimSignals['evidence'] {
    if (!cluster || cluster.statementId === null || !cluster.stance || !cluster.matchDecision || cluster.matchDecision === 'none') return null;
    const statement = deps.statements.findById(cluster.statementId);
    return { decision: cluster.matchDecision, stance: cluster.stance, statementTitle: statement?.title ?? null, score: cluster.matchScore };
  }

  /** Posts in the hour of the cluster's last post, and in the hours before it. */
  function velocityOf(cluster: ClusterRecord): { postsLastHour: number; postsPrevHours: number } {
    const lastSeen = cluster.lastSeen ? Date.parse(cluster.lastSeen) : NaN;
    if (!Number.isFinite(lastSeen)) return { postsLastHour: 0, postsPrevHours: 0 };
    const lastHour = Math.floor(lastSeen / HOUR_MS) * HOUR_MS;
    return {
      postsLastHour: deps.clusters.postsBetween(cluster.id, hourKey(lastHour), hourKey(lastHour + HOUR_MS)),
      postsPrevHours: deps.clusters.postsBetween(cluster.id, hourKey(lastHour - VELOCITY_BASE_HOURS * HOUR_MS), hourKey(lastHour)),
    };
  }

  function signalsOf(cluster: ClusterRecord): ClusterSignals {
    const { postsLastHour, postsPrevHours } = velocityOf(cluster);
    return {
      representative: {
        text: cluster.representativeText,
        urls: extractUrls(cluster.representativeText),
        // The account that started the rumor, as the veracity model read a thread's source post.
        author: cluster.representativePostId === null ? null : deps.posts.accountOf(cluster.representativePostId),
        authorHistory: null,
        evidence: evidenceOf(cluster),
        postedAt: cluster.firstSeen,
      },
      sampleTexts: deps.clusters.memberTexts(cluster.id, HARM_SAMPLE).map((m) => m.text),
      // The replies themselves only when there are some: most clusters have none, and the read is skipped.
      crowd: { ...cluster.replies, corrections: cluster.corrections, ...(hasReplies(cluster) ? { replies: deps.clusters.repliesOf(cluster.id) } : {}) },
      spread: withExamples(cluster, {
        postCount: cluster.postCount,
        uniqueAuthors: cluster.uniqueAuthors,
        newAccountPosts: cluster.newAccountPosts,
        copyPosts: cluster.copyPosts,
        postsLastHour,
        postsPerHourPeak: cluster.peakHourPosts,
        postsPrevHours,
        totalEngagement: cluster.totalEngagement,
        ...(hasReplies(cluster) ? replyShape(cluster) : {}),
      }),
    };
  }

  /** The posts the spread factors will name (copies, new accounts), read only for a factor that shows. */
  function withExamples(cluster: ClusterRecord, spread: ClusterSignals['spread']): ClusterSignals['spread'] {
    const wanted = spreadExamplesWanted(spread);
    return {
      ...spread,
      ...(wanted.copies ? { copyExamples: deps.clusters.memberExamples(cluster.id, 'copy', EXAMPLES_KEPT) } : {}),
      ...(wanted.newAccounts ? { newAccountExamples: deps.clusters.memberExamples(cluster.id, 'new_account', EXAMPLES_KEPT) } : {}),
    };
  }

  /** The thread's shape as the veracity model was fitted on it (bench/lib/credibility-veracity-rows.ts). */
  function replyShape(cluster: ClusterRecord): Partial<ClusterSignals['spread']> {
    const shape = deps.clusters.replyShapeOf(cluster.id, cluster.firstSeen);
    if (shape.replies === 0) return {};
    const start = cluster.firstSeen ? Date.parse(cluster.firstSeen) : NaN;
    const first = shape.firstReplyAt ? Date.parse(shape.firstReplyAt) : NaN;
    const timed = Number.isFinite(start) && Number.isFinite(first);
    return {
      replies: shape.replies,
      replyAuthors: shape.replyAuthors,
      ...(timed ? { firstReplyMinutes: Math.max(0, (first - start) / 60_000), firstHourReplies: shape.firstHourReplies } : {}),
    };
  }

  return { evidenceOf, signalsOf };
}
