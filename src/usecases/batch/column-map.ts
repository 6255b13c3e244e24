import { RumorDeskError } from '../../core/errors';

/** The canonical fields a source column can feed, dotted for nested ones. */
export const CANONICAL_FIELDS = [
  'platform', 'id', 'text', 'url', 'posted_at',
  'author.handle', 'author.display_name', 'author.verified', 'author.followers', 'author.following', 'author.listed', 'author.created_at',
  'engagement.reposts', 'engagement.likes', 'engagement.replies', 'engagement.views',
  'reply_to', 'quote_of', 'repost_of',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/**
 * Source column names each field is recognised by, in priority order, compared after
 * `normalizeColumnName`. Dotted names match flattened JSON (`user.screen_name` in Twitter v1.1,
 * `author.handle` in our own canonical files). `id_str` comes before `id` because v1.1's numeric
 * `id` has lost precision once it went through a JSON number.
 */
const ALIASES: Record<CanonicalField, string[]> = {
  text: ['text', 'content', 'message', 'full_text', 'body', 'post_text', 'tweet', 'tweet_text', 'post', 'snippet', 'caption', 'note_tweet.text'],
  id: ['id_str', 'id', 'post_id', 'tweet_id', 'status_id', 'message_id'],
  'author.handle': ['author.handle', 'author', 'username', 'screen_name', 'user', 'handle', 'user_screen_name', 'user.screen_name', 'user.username', 'author_handle', 'author_username', 'user_name'],
  'author.display_name': ['author.display_name', 'display_name', 'name', 'author_name', 'full_name', 'user.name', 'user_display_name', 'page_name'],
  'author.verified': ['author.verified', 'verified', 'user_verified', 'author_verified', 'user.verified'],
  'author.followers': ['author.followers', 'followers', 'followers_count', 'user_followers_count', 'author_followers', 'user.followers_count'],
  'author.following': ['author.following', 'following', 'following_count', 'friends_count', 'user_friends_count', 'user_following_count', 'user.friends_count'],
  'author.listed': ['author.listed', 'listed', 'listed_count', 'user_listed_count', 'author_listed', 'user.listed_count', 'author.public_metrics.listed_count'],
  'author.created_at': ['author.created_at', 'author_created_at', 'user_created_at', 'account_created_at', 'user.created_at'],
  posted_at: ['posted_at', 'created_at', 'timestamp', 'date', 'time', 'published_at', 'published', 'datetime', 'date_time', 'post_created'],
  url: ['url', 'link', 'permalink', 'post_url', 'tweet_url'],
  'engagement.reposts': ['engagement.reposts', 'reposts', 'retweets', 'retweet_count', 'shares', 'share_count', 'public_metrics.retweet_count'],
  'engagement.likes': ['engagement.likes', 'likes', 'favorite_count', 'favorites', 'reactions', 'like_count', 'public_metrics.like_count'],
  'engagement.replies': ['engagement.replies', 'replies', 'reply_count', 'comments', 'comment_count', 'public_metrics.reply_count'],
  'engagement.views': ['engagement.views', 'views', 'impressions', 'view_count', 'impression_count', 'public_metrics.impression_count'],
  platform: ['platform', 'network', 'source', 'page_type', 'site'],
  reply_to: ['reply_to', 'in_reply_to_status_id_str', 'in_reply_to_status_id', 'in_reply_to'],
  quote_of: ['quote_of', 'quoted_status_id_str', 'quoted_status_id'],
  repost_of: ['repost_of', 'retweeted_status_id', 'retweet_of', 'retweeted_status.id_str'],
};

/** Short names `--map` also accepts, for fields whose canonical name is dotted. */
const MAP_SHORT_NAMES: Record<string, CanonicalField> = {
  handle: 'author.handle', author: 'author.handle', display_name: 'author.display_name', verified: 'author.verified',
  followers: 'author.followers', following: 'author.following', listed: 'author.listed', author_created_at: 'author.created_at',
  reposts: 'engagement.reposts', likes: 'engagement.likes', replies: 'engagement.replies', views: 'engagement.views',
};

/** Lower case, trimmed, spaces and dashes as underscores: `Full Text` and `full-text` are `full_text`. */
export function normalizeColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Parses `--map text=message,id=post_id` into canonical field -> source column. Field names are
 * the canonical ones (`author.handle`) or their short forms (`handle`, `likes`).
 *
 * @example parseMapOption('text=message, likes=Reactions') // {text: 'message', 'engagement.likes': 'Reactions'}
 * @throws RumorDeskError VALIDATION_FAILED on a pair without `=`, an empty side or an unknown field.
 */
export function parseMapOption(spec: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const field = eq > 0 ? pair.slice(0, eq).trim() : '';
    const column = eq > 0 ? pair.slice(eq + 1).trim() : '';
    if (!field || !column) {
      throw new RumorDeskError('VALIDATION_FAILED', `--map expects field=column pairs separated by commas; got "${pair.trim()}"`);
    }
    const canonical = canonicalFieldName(field);
    if (!canonical) {
      throw new RumorDeskError('VALIDATION_FAILED', `--map names unknown field "${field}"; known: ${CANONICAL_FIELDS.join(', ')}`);
    }
    map[canonical] = column;
  }
  if (Object.keys(map).length === 0) throw new RumorDeskError('VALIDATION_FAILED', '--map is empty');
  return map;
}

function canonicalFieldName(name: string): CanonicalField | null {
  const n = name.toLowerCase();
  if ((CANONICAL_FIELDS as readonly string[]).includes(n)) return n as CanonicalField;
  return MAP_SHORT_NAMES[n] ?? null;
}

/** For each canonical field, the source key (exact spelling) that feeds it. */
export type ColumnBinding = Partial<Record<CanonicalField, string>>;

/**
 * Binds canonical fields to the given source keys: `--map` first (its column must exist,
 * compared case-insensitively), then a tool preset's names (`preferred`), then the recognised
 * aliases. A key feeds at most one field.
 *
 * @example bindColumns(['Message', 'Likes'], {}) // {text: 'Message', 'engagement.likes': 'Likes'}
 * @throws RumorDeskError VALIDATION_FAILED when a mapped column is not among `keys` (unless `strict` is false).
 */
export function bindColumns(
  keys: readonly string[],
  map: Record<string, string> = {},
  strict = true,
  preferred: Partial<Record<CanonicalField, string[]>> = {},
): ColumnBinding {
  const byNormal = new Map<string, string>();
  for (const key of keys) if (!byNormal.has(normalizeColumnName(key))) byNormal.set(normalizeColumnName(key), key);
  const binding: ColumnBinding = {};
  const used = new Set<string>();
  for (const [field, column] of Object.entries(map)) {
    const key = byNormal.get(normalizeColumnName(column));
    if (key === undefined) {
      if (!strict) continue;
      throw new RumorDeskError('VALIDATION_FAILED', `--map ${field}=${column}: no column "${column}" in the input (columns: ${keys.slice(0, 30).join(', ')})`);
    }
    binding[field as CanonicalField] = key;
    used.add(key);
  }
  for (const field of CANONICAL_FIELDS) {
    if (binding[field] !== undefined) continue;
    const names = preferred[field] ? [...preferred[field].map(normalizeColumnName), ...ALIASES[field]] : ALIASES[field];
    for (const alias of names) {
      const key = byNormal.get(alias);
      if (key !== undefined && !used.has(key)) {
        binding[field] = key;
        used.add(key);
        break;
      }
    }
  }
  return binding;
}
