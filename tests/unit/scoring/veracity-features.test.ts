import { contentFeatures } from '../../../src/core/scoring/content-features';
import { replySpreadFeatures } from '../../../src/core/scoring/reply-spread-features';
import { sourceFeatures } from '../../../src/core/scoring/source-features';
import { spreadFeatures } from '../../../src/core/scoring/spread-features';
import type { FeatureValue } from '../../../src/core/scoring/feature';
import { threadSpread } from '../../../bench/lib/credibility-veracity-rows';
import type { ReplyRow, SourcePostRow } from '../../../bench/lib/credibility-data';
import { lexicons, NOW } from './load-scoring';

const byKey = (fs: FeatureValue[], key: string): FeatureValue | undefined => fs.find((f) => f.key === key);

// A hand-made thread: a claim at 10:00, four replies from three accounts, two within the hour.
const claim: SourcePostRow = { id: 's1', text: 'Shots fired at the mall', created_at: '2026-11-28T10:00:00Z' };
const replies: ReplyRow[] = [
  { id: 'r1', source_id: 's1', text: 'is this true?', created_at: '2026-11-28T10:04:00Z', user_screen_name: 'ann' },
  { id: 'r2', source_id: 's1', text: 'fake', created_at: '2026-11-28T10:30:00Z', user_screen_name: 'bob' },
  { id: 'r3', source_id: 's1', text: 'fake again', created_at: '2026-11-28T12:00:00Z', user_screen_name: 'bob' },
  { id: 'r4', source_id: 's1', text: 'source?', created_at: '2026-11-28T15:00:00Z', user_screen_name: 'cy' },
];

describe('reply-thread spread features', () => {
  it('counts replies, distinct accounts, minutes to the first reply and the first hour, as the benchmark rows build them', () => {
    const spread = threadSpread(claim, replies);
    expect(spread).toEqual({ postCount: 1, replies: 4, replyAuthors: 3, firstReplyMinutes: 4, firstHourReplies: 2 });
    const fs = replySpreadFeatures(spread ?? { postCount: 1 });
    expect(byKey(fs, 'spread_reply_authors')?.value).toBeCloseTo(0.75);
    expect(byKey(fs, 'spread_first_hour_share')?.value).toBeCloseTo(0.5);
    expect(byKey(fs, 'spread_first_reply')?.value).toBeCloseTo(Math.log10(5) - 1);
    expect(byKey(fs, 'spread_reply_volume')?.value).toBeCloseTo(Math.log10(5) - 1);
    expect(byKey(fs, 'spread_reply_authors')?.sentence).toBe('The 4 replies come from 3 distinct accounts.');
    expect(byKey(fs, 'spread_first_hour_share')?.sentence).toBe('2 of 4 replies came within an hour of the claim.');
  });

  it('reaches the scorer through spreadFeatures even for a single post, which the older spread rules skip', () => {
    const keys = spreadFeatures({ postCount: 1, replies: 4, replyAuthors: 3 }).map((f) => f.key);
    expect(keys).toEqual(['spread_reply_volume', 'spread_reply_authors']);
  });

  it('says nothing without replies, and leaves timing out when the claim has no time', () => {
    expect(threadSpread(claim, [])).toBeNull();
    expect(replySpreadFeatures({ postCount: 1, replies: 0 })).toEqual([]);
    const untimed = threadSpread({ ...claim, created_at: null }, replies);
    expect(untimed?.firstReplyMinutes).toBeUndefined();
    expect(replySpreadFeatures(untimed ?? { postCount: 1 }).map((f) => f.key)).toEqual(['spread_reply_volume', 'spread_reply_authors']);
  });

  it('caps distinct accounts at the reply count when the counts disagree', () => {
    expect(byKey(replySpreadFeatures({ postCount: 1, replies: 2, replyAuthors: 5 }), 'spread_reply_authors')?.value).toBe(1);
  });
});

describe('source and content features added for issue 18', () => {
  it('public lists grow the listed feature; an author with nothing recorded is marked so', () => {
    const few = byKey(sourceFeatures({ listed: 3 }, null, null, NOW), 'source_listed')?.value ?? NaN;
    const many = byKey(sourceFeatures({ listed: 30_000 }, null, null, NOW), 'source_listed')?.value ?? NaN;
    expect(many).toBeGreaterThan(few);
    expect(byKey(sourceFeatures({ listed: 30_000 }, null, null, NOW), 'source_listed')?.sentence).toBe('The author is on 30000 public lists.');
    expect(byKey(sourceFeatures(null, null, null, NOW), 'source_not_described')?.value).toBe(1);
    expect(byKey(sourceFeatures({ verified: false }, null, null, NOW), 'source_not_described')).toBeUndefined();
  });

  it('counts @-mentions but not e-mail addresses', () => {
    expect(byKey(contentFeatures('@cnn @bbc is this real?', lexicons.content), 'content_mentions')?.value).toBeCloseTo(2 / 3);
    expect(byKey(contentFeatures('write to desk@city.gov', lexicons.content), 'content_mentions')).toBeUndefined();
  });
});
