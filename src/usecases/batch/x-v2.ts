import { toCanonical, type Canonical } from './to-canonical';
import type { ColumnBinding } from './column-map';

/** The slice of an X API v2 user object we read (`user.fields=created_at,verified,public_metrics`). */
export interface XUser {
  id?: string;
  username?: string;
  name?: string;
  verified?: boolean;
  created_at?: string;
  public_metrics?: { followers_count?: number; following_count?: number; listed_count?: number };
}

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** An X API v2 tweet object: it has `author_id` or `public_metrics` or `edit_history_tweet_ids` next to `text`. */
export function isXTweet(value: Obj): boolean {
  return typeof value.text === 'string' && ('author_id' in value || 'edit_history_tweet_ids' in value || 'public_metrics' in value);
}

/** Indexes an `includes.users` array by id; entries without an id are ignored. */
export function indexUsers(users: unknown[], into: Map<string, XUser> = new Map()): Map<string, XUser> {
  for (const u of users) {
    const user = obj(u) as XUser;
    if (typeof user.id === 'string') into.set(user.id, user);
  }
  return into;
}

const IDENTITY: ColumnBinding = {
  platform: 'platform', id: 'id', text: 'text', url: 'url', posted_at: 'posted_at',
  'author.handle': 'author.handle', 'author.display_name': 'author.display_name', 'author.verified': 'author.verified',
  'author.followers': 'author.followers', 'author.following': 'author.following', 'author.listed': 'author.listed', 'author.created_at': 'author.created_at',
  'engagement.reposts': 'engagement.reposts', 'engagement.likes': 'engagement.likes',
  'engagement.replies': 'engagement.replies', 'engagement.views': 'engagement.views',
  reply_to: 'reply_to', quote_of: 'quote_of', repost_of: 'repost_of',
};

/**
 * Maps an X API v2 tweet, joined with its author from `includes.users`, to a canonical row.
 * Long posts use `note_tweet.text`; `t.co` links in the text are replaced by their
 * `entities.urls[].expanded_url` so matching and clustering see the real link; the post URL is
 * the permalink. References: `retweeted` -> repost_of, `quoted` -> quote_of, `replied_to` -> reply_to.
 *
 * @example xTweetToRow({id: '1', text: 'hi', author_id: '9'}, new Map([['9', {id: '9', username: 'ann'}]]), 1e6)
 */
export function xTweetToRow(tweet: Obj, users: ReadonlyMap<string, XUser>, maxFieldBytes: number): Canonical {
  const id = str(tweet.id);
  const authorId = str(tweet.author_id);
  const user = authorId ? users.get(authorId) : undefined;
  const metrics = obj(tweet.public_metrics);
  const refs = new Map<string, string>();
  for (const r of arr(tweet.referenced_tweets)) {
    const ref = obj(r);
    if (typeof ref.type === 'string' && typeof ref.id === 'string' && !refs.has(ref.type)) refs.set(ref.type, ref.id);
  }
  let text = str(obj(tweet.note_tweet).text) ?? str(tweet.text);
  if (text !== undefined) {
    for (const u of arr(obj(tweet.entities).urls)) {
      const short = str(obj(u).url);
      const expanded = str(obj(u).expanded_url);
      if (short && expanded) text = (text as string).split(short).join(expanded);
    }
  }
  const flat: Record<string, unknown> = {
    platform: 'x',
    id,
    text,
    // `username` comes from the file: a non-string (e.g. {"toString": 1}) must not reach the template.
    url: id ? `https://x.com/${str(user?.username) ?? 'i/web'}/status/${id}` : null,
    posted_at: tweet.created_at,
    'author.handle': user?.username,
    'author.display_name': user?.name,
    'author.verified': user?.verified,
    'author.followers': user?.public_metrics?.followers_count,
    'author.following': user?.public_metrics?.following_count,
    'author.listed': user?.public_metrics?.listed_count,
    'author.created_at': user?.created_at,
    'engagement.reposts': metrics.retweet_count,
    'engagement.likes': metrics.like_count,
    'engagement.replies': metrics.reply_count,
    'engagement.views': metrics.impression_count,
    reply_to: refs.get('replied_to'),
    quote_of: refs.get('quoted'),
    repost_of: refs.get('retweeted'),
  };
  return toCanonical((k) => flat[k], IDENTITY, { platform: 'x', maxFieldBytes });
}
