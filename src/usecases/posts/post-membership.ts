import { engagementOf, isNewAccount } from '../../core/post-rules';
import type { PostInput } from '../../core/types';
import type { ClusterAssignment } from '../ports';
import type { Membership } from '../ports';

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
    engagement: engagementOf(post.engagement),
    fromNewAccount: isNewAccount(post.author.accountCreatedAt, post.postedAt),
    isCopy: assignment.reason === 'exact' || assignment.reason === 'repost',
  };
}
