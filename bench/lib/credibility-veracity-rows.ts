/** Turning benchmark rows into the scorer's inputs, exactly as the product would see them. */
import { classifyReplyStance, type ReplyStanceModel } from '../../src/core/scoring/reply-stance';
import type { ClusterEvidence, CrowdEvidence, SpreadEvidence } from '../../src/core/scoring/types';
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

/**
 * The shape of a thread's replies as the product would count it: how many, from how many
 * accounts, minutes to the first reply and replies in the first hour (timing only when the
 * claim's own time is known).
 */
export function threadSpread(row: SourcePostRow, replies: ReplyRow[] | undefined): SpreadEvidence | null {
  if (!replies || replies.length === 0) return null;
  const authors = new Set(replies.map((r) => r.user_screen_name ?? r.author).filter((a): a is string => typeof a === 'string' && a.length > 0));
  const start = row.created_at ? Date.parse(row.created_at) : NaN;
  const times = replies.map((r) => (r.created_at ? Date.parse(r.created_at) : NaN)).filter(Number.isFinite);
  const spread: SpreadEvidence = { postCount: 1, replies: replies.length, replyAuthors: authors.size > 0 ? authors.size : null };
  if (Number.isFinite(start) && times.length > 0) {
    spread.firstReplyMinutes = Math.max(0, (Math.min(...times) - start) / 60_000);
    spread.firstHourReplies = times.filter((t) => t - start <= 3_600_000).length;
  }
  return spread;
}

export function rowEvidence(row: SourcePostRow, crowd: CrowdEvidence | null, replies?: ReplyRow[]): ClusterEvidence {
  return {
    representative: {
      text: row.text ?? '',
      links: row.link_url ? [row.link_url] : [],
      author: {
        verified: row.user_verified ?? null,
        followers: row.user_followers_count ?? null,
        following: row.user_friends_count ?? null,
        accountCreatedAt: row.user_created_at ?? null,
        listed: row.user_listed_count ?? null,
      },
      postedAt: row.created_at ?? null,
    },
    crowd,
    spread: threadSpread(row, replies),
  };
}

/** The clock for a benchmark row: its own posting time (account ages are measured from then). */
export function rowNow(row: SourcePostRow): Date {
  const t = row.created_at ? Date.parse(row.created_at) : NaN;
  return new Date(Number.isFinite(t) ? t : Date.UTC(2016, 0, 1));
}
