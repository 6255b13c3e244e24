/** Turning benchmark rows into the scorer's inputs, exactly as the product would see them. */
import { classifyReplyStance, type ReplyStanceModel } from '../../src/core/scoring/reply-stance';
import type { ClusterEvidence, CrowdEvidence } from '../../src/core/scoring/types';
import type { ReplyRow, SourcePostRow } from './credibility-data';
import { replyContext } from './credibility-stance-fit';

/** Reply stance counts of a thread, from the classifier (never from the file's labels). */
export function predictedCrowd(source: SourcePostRow, replies: ReplyRow[] | undefined, stance: ReplyStanceModel): CrowdEvidence | null {
  if (!replies || replies.length === 0) return null;
  const sourceText = new Map([[source.id, source.text]]);
  const crowd = { support: 0, deny: 0, query: 0, comment: 0 };
  for (const r of replies) crowd[classifyReplyStance(r.text, stance, replyContext(r, sourceText)).label]++;
  return crowd;
}

export function rowEvidence(row: SourcePostRow, crowd: CrowdEvidence | null): ClusterEvidence {
  return {
    representative: {
      text: row.text ?? '',
      links: row.link_url ? [row.link_url] : [],
      author: {
        verified: row.user_verified ?? null,
        followers: row.user_followers_count ?? null,
        following: row.user_friends_count ?? null,
        accountCreatedAt: row.user_created_at ?? null,
      },
      postedAt: row.created_at ?? null,
    },
    crowd,
  };
}

/** The clock for a benchmark row: its own posting time (account ages are measured from then). */
export function rowNow(row: SourcePostRow): Date {
  const t = row.created_at ? Date.parse(row.created_at) : NaN;
  return new Date(Number.isFinite(t) ? t : Date.UTC(2016, 0, 1));
}
