import { clamp, knownCount, plural, type FeatureValue } from './feature';
import type { SpreadEvidence } from './types';

/**
 * How the replies to a claim arrived: how many, from how many distinct accounts, how soon the
 * first came and how many came in the first hour. Unlike the words of a rumor, the shape of the
 * conversation around it is measured the same way in every event, which is why the model may
 * learn from it (issue 18).
 *
 * @example replySpreadFeatures({ postCount: 1, replies: 12, replyAuthors: 9 }).map((f) => f.key) // ['spread_reply_volume', 'spread_reply_authors']
 */
export function replySpreadFeatures(spread: SpreadEvidence): FeatureValue[] {
  const replies = knownCount(spread.replies);
  if (replies === null || replies === 0) return [];
  const out: FeatureValue[] = [
    { key: 'spread_reply_volume', group: 'spread', value: clamp(Math.log10(replies + 1) - 1, -1, 2), sentence: `${plural(replies, 'reply', 'replies')} so far.` },
  ];
  const authors = knownCount(spread.replyAuthors);
  if (authors !== null) {
    const distinct = Math.min(authors, replies);
    out.push({ key: 'spread_reply_authors', group: 'spread', value: distinct / replies, sentence: `The ${plural(replies, 'reply', 'replies')} come from ${plural(distinct, 'distinct account')}.` });
  }
  const first = knownCount(spread.firstReplyMinutes);
  if (first !== null) {
    out.push({ key: 'spread_first_reply', group: 'spread', value: clamp(Math.log10(first + 1) - 1, -1, 2), sentence: `The first reply came ${plural(Math.round(first), 'minute')} after the claim.` });
  }
  const firstHour = knownCount(spread.firstHourReplies);
  if (firstHour !== null && first !== null) {
    const within = Math.min(firstHour, replies);
    out.push({ key: 'spread_first_hour_share', group: 'spread', value: within / replies, sentence: `${within} of ${plural(replies, 'reply', 'replies')} came within an hour of the claim.` });
  }
  return out;
}
