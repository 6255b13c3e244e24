import { z } from 'zod';
import { POST_PLATFORMS } from '../../core/platforms';
import type { PostInput } from '../../core/types';

const count = z.coerce.number().int().min(0).max(1e13).nullish().transform((v) => v ?? null);
const shortText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const isoDate = z.iso.datetime({ offset: true }).nullish().transform((v) => (v ? new Date(v).toISOString() : null));
const id = z
  .union([z.string().trim().min(1).max(200), z.number().int().nonnegative()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? null : String(v)));

/** The canonical post shape: the demo file's lines, `POST /api/posts` items, mapped batch rows. */
export const postInputSchema = z.object({
  platform: z.enum(POST_PLATFORMS).default('other'),
  id,
  author: z
    .object({
      handle: shortText(100),
      display_name: shortText(200),
      verified: z.boolean().nullish(),
      followers: count,
      following: count,
      listed: count,
      created_at: isoDate,
      public: z.boolean().nullish(),
    })
    .nullish(),
  text: z.string().max(100_000).refine((t) => t.trim().length > 0, 'text is empty'),
  url: z.url({ protocol: /^https?$/ }).max(2000).nullish().transform((v) => v ?? null),
  posted_at: isoDate,
  engagement: z
    .object({ reposts: count, likes: count, replies: count, views: count })
    .partial()
    .nullish(),
  reply_to: id,
  quote_of: id,
  repost_of: id,
});

export type PostRow = z.infer<typeof postInputSchema>;

export function toPostInput(row: PostRow): PostInput {
  return {
    platform: row.platform,
    externalId: row.id,
    author: {
      handle: row.author?.handle ?? null,
      displayName: row.author?.display_name ?? null,
      verified: row.author?.verified ?? null,
      followers: row.author?.followers ?? null,
      following: row.author?.following ?? null,
      listed: row.author?.listed ?? null,
      accountCreatedAt: row.author?.created_at ?? null,
      isPublicFigure: row.author?.public ?? null,
    },
    text: row.text,
    url: row.url,
    postedAt: row.posted_at,
    engagement: {
      reposts: row.engagement?.reposts ?? null,
      likes: row.engagement?.likes ?? null,
      replies: row.engagement?.replies ?? null,
      views: row.engagement?.views ?? null,
    },
    replyTo: row.reply_to,
    quoteOf: row.quote_of,
    repostOf: row.repost_of,
  };
}
