/**
 * The counts a post's engagement adds up. Views are left out: platforms count them so
 * differently (autoplay, impressions) that they would swamp the interactions people chose.
 * The SQL form is built from this list in src/store/sql-rules.ts.
 */
export const ENGAGEMENT_COUNTS = ['reposts', 'likes', 'replies'] as const;

export type EngagementCounts = Partial<Record<(typeof ENGAGEMENT_COUNTS)[number], number | null>>;

/**
 * A post's engagement: reposts + likes + replies, an unknown count taken as 0.
 *
 * @example engagementOf({reposts: 3, likes: null, replies: 2, views: 900}) // 5
 */
export function engagementOf(counts: EngagementCounts): number {
  let sum = 0;
  for (const key of ENGAGEMENT_COUNTS) sum += counts[key] ?? 0;
  return sum;
}
