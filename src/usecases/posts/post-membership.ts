import type { PostInput } from '../../core/types';
import type { ClusterAssignment } from '../engines';
import type { Membership } from './pipeline-ports';

const NEW_ACCOUNT_DAYS = 30;
const DAY_MS = 86_400_000;

function engagementOf(post: PostInput): number {
  const e = post.engagement;
  return (e.reposts ?? 0) + (e.likes ?? 0) + (e.replies ?? 0);
}

function isNewAccount(post: PostInput): boolean {
  const created = post.author.accountCreatedAt ? Date.parse(post.author.accountCreatedAt) : NaN;
  const posted = post.postedAt ? Date.parse(post.postedAt) : NaN;
  return Number.isFinite(created) && Number.isFinite(posted) && posted - created < NEW_ACCOUNT_DAYS * DAY_MS;
}

/**
 * A new post's membership of the cluster the clusterer assigned it: what the cluster's
 * counters count of it.
 *
 * @example membershipOf(12, post, { clusterId: 3, reason: 'exact', similarity: 1 }).isCopy // true
 */
export function membershipOf(postId: number, post: PostInput, assignment: Pick<ClusterAssignment, 'reason' | 'similarity'>): Membership {
  return {
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
}
