import type { Migration } from './migration';
import { initialSchema } from './001-initial-schema';
import { clusterSignals } from './002-cluster-signals';
import { usersAndRetention } from './003-users-and-retention';
import { clusterMemberOrder } from './004-cluster-member-order';
import { matchStrengthAndUnclear } from './005-match-strength-and-unclear';
import { stanceConfidence } from './006-stance-confidence';
import { replyDetailsAndHowSure } from './007-reply-details-and-how-sure';
import { authorListed } from './008-author-listed';
import { dropDuplicateMemberIndex } from './009-drop-duplicate-member-index';
import { contradictedClustersIndex } from './010-contradicted-clusters-index';
import { coveringMemberIndex } from './011-covering-member-index';
import { hourlyWithoutRowid } from './012-hourly-without-rowid';
import { dropUnusedPriorityIndex } from './013-drop-unused-priority-index';
import { memberClusterByPost } from './014-member-cluster-by-post';
import { authorPostsKept } from './015-author-posts-kept';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, clusterSignals, usersAndRetention, clusterMemberOrder, matchStrengthAndUnclear, stanceConfidence, replyDetailsAndHowSure, authorListed, dropDuplicateMemberIndex, contradictedClustersIndex, coveringMemberIndex, hourlyWithoutRowid, dropUnusedPriorityIndex, memberClusterByPost, authorPostsKept];
