import { z } from 'zod';
import type { ClusterRecord } from '../../core/clustering';
import { RumorDeskError } from '../../core/errors';
import { NEW_ACCOUNT_DAYS } from '../../core/post-rules';
import type { Clock, Post, Statement } from '../../core/types';
import type { AuditStore, ClusterAdminStore, ClustererEngine, StoredClusterMatch, ScoreRecord, Transaction } from '../ports';
import { parseId, parseInput } from '../validation';
import { clusterMessaging } from './cluster-messaging';
import { platformFilter } from './platform-filter';
import { storedCredibility } from './stored-credibility';

export interface ClusterDeps {
  clusters: ClusterAdminStore;
  posts: { findById(id: number): Post | null };
  scores: { find(subjectType: 'post' | 'cluster', id: number): ScoreRecord | null };
  matches: { forSubject(subjectType: 'post' | 'cluster', id: number): (StoredClusterMatch & { score: number; stanceReasons: string[] })[] };
  statements: { findById(id: number): Statement | null };
  audit: AuditStore;
  clusterer: ClustererEngine;
  /** The harm categories triage gives; a `harm` filter must name one. */
  harmCategories: readonly string[];
  transaction: Transaction;
  clock: Clock;
  /** Re-matches and re-scores a cluster after an officer changed its members. */
  refresh(clusterId: number): void;
}

/** A purged post keeps no text (the store gives ''); a cluster split out of one says so instead. */
const PURGED_TEXT = '(post text removed by retention)';

const listSchema = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  sort: z.enum(['priority', 'volume', 'velocity', 'recent']).default('priority'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  harm: z.string().trim().min(1).max(60).optional(),
  platform: platformFilter.optional(),
});

/** Rumor clusters: the queue's rows, their detail, and the officer's corrections to them. */
export function createClusterUseCases(deps: ClusterDeps) {
  function mustGet(id: number): ClusterRecord {
    const cluster = deps.clusters.findById(id);
    if (!cluster) throw new RumorDeskError('NOT_FOUND', `No cluster with id ${id}.`);
    return cluster;
  }

  function mustBeOpen(id: number): ClusterRecord {
    const cluster = mustGet(id);
    if (cluster.status !== 'open') throw new RumorDeskError('INVALID_STATE', `Cluster ${id} is ${cluster.status}.`);
    return cluster;
  }

  /** Marks an emptied cluster merged into `into`, for the clusterer too, and says so in its history. */
  function markMergedInto(from: number, into: number, actor: string, now: string, after: Record<string, unknown>): void {
    deps.clusters.markMerged(from, into, now);
    deps.clusterer.merge(from, into);
    deps.audit.append({ actor, action: 'cluster.merged_into', targetType: 'cluster', targetId: from, after: { into, ...after } }, now);
  }

  function summary(cluster: ClusterRecord) {
    // A merged cluster's last scores describe posts now counted in the cluster it went into.
    const score = cluster.status === 'merged' ? null : deps.scores.find('cluster', cluster.id);
    const statement = cluster.statementId ? deps.statements.findById(cluster.statementId) : null;
    return {
      ...cluster,
      statement: statement ? { id: statement.id, title: statement.title, url: statement.url, status: statement.status } : null,
      credibility: score ? storedCredibility(score) : null,
      triage: score && score.priority !== null ? { priority: score.priority, action: score.action, reason: score.actionReason, harmCategory: score.harmCategory } : null,
      /** Set when the cluster is the department's own messaging (issue 16): the statement's reach, not a rumor. */
      messaging: clusterMessaging(cluster, deps),
    };
  }

  return {
    list(raw: Record<string, unknown>) {
      const filter = parseInput(listSchema, raw, 'cluster filter');
      // An unknown category matched nothing, and the empty queue read as "no rumors of that harm".
      if (filter.harm !== undefined && !deps.harmCategories.includes(filter.harm)) {
        throw new RumorDeskError('VALIDATION_FAILED', `Invalid cluster filter: harm: must be one of ${deps.harmCategories.join(', ')}`, {
          problems: [`harm: must be one of ${deps.harmCategories.join(', ')}`],
        });
      }
      return deps.clusters.list(filter).map(summary);
    },

    show(rawId: unknown, options: { posts?: number } = {}) {
      const cluster = mustGet(parseId(rawId));
      const members = deps.clusters.memberIds(cluster.id, Math.min(options.posts ?? 50, 500));
      const posts = members.flatMap((m) => {
        const post = deps.posts.findById(m.postId);
        return post ? [{ ...post, membership: m, score: deps.scores.find('post', post.id) }] : [];
      });
      const matches = deps.matches.forSubject('cluster', cluster.id).map((m) => ({ ...m, statement: deps.statements.findById(m.statementId) }));
      return {
        ...summary(cluster),
        hourly: deps.clusters.hourly(cluster.id),
        matches,
        posts,
        history: deps.audit.list({ targetType: 'cluster', targetId: String(cluster.id), limit: 100 }),
      };
    },

    merge(rawFrom: unknown, rawInto: unknown, actor: string) {
      const from = parseId(rawFrom, 'from');
      const into = parseId(rawInto, 'into');
      if (from === into) throw new RumorDeskError('VALIDATION_FAILED', 'A cluster cannot be merged into itself.');
      const now = deps.clock().toISOString();
      deps.transaction(() => {
        const before = { from: mustBeOpen(from), into: mustBeOpen(into) };
        const moved = deps.clusters.reassignAll(from, into, now);
        deps.clusters.recompute(into, NEW_ACCOUNT_DAYS, now);
        deps.clusters.recompute(from, NEW_ACCOUNT_DAYS, now);
        deps.audit.append({ actor, action: 'cluster.merge', targetType: 'cluster', targetId: into, before, after: { into, from, movedPosts: moved } }, now);
        markMergedInto(from, into, actor, now, {});
        deps.refresh(into);
      });
      return summary(mustGet(into));
    },

    movePost(rawPostId: unknown, rawTo: unknown, actor: string) {
      const postId = parseId(rawPostId, 'post');
      const to = parseId(rawTo, 'to');
      const now = deps.clock().toISOString();
      deps.transaction(() => {
        const membership = deps.clusters.clusterOfPost(postId);
        if (!membership) throw new RumorDeskError('NOT_FOUND', `No clustered post with id ${postId}.`);
        if (membership.clusterId === to) throw new RumorDeskError('VALIDATION_FAILED', `Post ${postId} is in cluster ${to} already.`);
        mustBeOpen(to);
        deps.clusters.reassignPost(postId, to, 'moved', now);
        deps.clusters.recompute(membership.clusterId, NEW_ACCOUNT_DAYS, now);
        deps.clusters.recompute(to, NEW_ACCOUNT_DAYS, now);
        deps.clusterer.movePost(String(postId), deps.posts.findById(postId)?.text ?? null, to);
        for (const id of [membership.clusterId, to]) {
          deps.audit.append({ actor, action: 'cluster.move_post', targetType: 'cluster', targetId: id, after: { postId, from: membership.clusterId, to } }, now);
        }
        // Moving a cluster's last post is merging it: left open, it stayed in the queue with no posts and its old triage.
        if (deps.clusters.findById(membership.clusterId)?.postCount === 0) markMergedInto(membership.clusterId, to, actor, now, { byMovingItsLastPost: postId });
        else deps.refresh(membership.clusterId);
        deps.refresh(to);
      });
      return summary(mustGet(to));
    },

    splitPost(rawPostId: unknown, actor: string) {
      const postId = parseId(rawPostId, 'post');
      const now = deps.clock().toISOString();
      const newId = deps.transaction(() => {
        const membership = deps.clusters.clusterOfPost(postId);
        const post = deps.posts.findById(postId);
        if (!membership || !post) throw new RumorDeskError('NOT_FOUND', `No clustered post with id ${postId}.`);
        // Splitting a cluster's only post would leave an empty cluster in the queue and make a copy of it.
        if ((deps.clusters.findById(membership.clusterId)?.postCount ?? 0) <= 1) {
          throw new RumorDeskError('INVALID_STATE', `Post ${postId} is the only post of cluster ${membership.clusterId}; there is nothing to split it from.`);
        }
        const created = deps.clusters.create(postId, post.text || PURGED_TEXT, now);
        deps.clusters.reassignPost(postId, created, 'split', now);
        deps.clusters.recompute(membership.clusterId, NEW_ACCOUNT_DAYS, now);
        deps.clusters.recompute(created, NEW_ACCOUNT_DAYS, now);
        deps.clusterer.movePost(String(postId), post.text, created);
        deps.audit.append({ actor, action: 'cluster.split_post', targetType: 'cluster', targetId: membership.clusterId, after: { postId, newCluster: created } }, now);
        deps.audit.append({ actor, action: 'cluster.created_by_split', targetType: 'cluster', targetId: created, after: { postId, from: membership.clusterId } }, now);
        deps.refresh(membership.clusterId);
        deps.refresh(created);
        return created;
      });
      return summary(mustGet(newId));
    },
  };
}

export type ClusterUseCases = ReturnType<typeof createClusterUseCases>;
