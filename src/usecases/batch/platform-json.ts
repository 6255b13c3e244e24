import type { JsonObject } from './map-object';

/** Canonical-shaped rows from one platform record; `[]` means "not a post" (a service message). */
export type PlatformRows = JsonObject[] | null;

const obj = (v: unknown): JsonObject | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : null);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const MAX_REPLY_DEPTH = 20;

/**
 * Recognises one record of a platform's own export and turns it into canonical-shaped objects
 * (`id`, `text`, `author.handle`, `engagement.likes` ... as `ObjectMapper` binds them), or null
 * when the record is none of these, so the generic column names apply:
 * - Reddit API things and listings (`kind` `t3` post: title + selftext; `t1` comment: body;
 *   `Listing` with `data.children`, comment `replies` followed);
 * - Telegram Desktop `result.json` messages (`text` a string or an array of strings and entity
 *   parts `{type, text}`; `type: "service"` is not a post);
 * - Bluesky `app.bsky.feed` post views (`{post: PostView}` feed items or bare `PostView`s);
 * - YouTube Data API `youtube#commentThread` (top-level comment and its replies) and `youtube#comment`.
 *
 * @example platformRows({kind: 't1', data: {id: 'c1', body: 'Bridge closed', author: 'ann', created_utc: 1793722800}})
 */
export function platformRows(value: JsonObject, depth = 0): PlatformRows {
  const kind = str(value.kind);
  if (kind === 'Listing') return listing(value, depth);
  if (kind === 't3' || kind === 't1') return redditThing(kind, obj(value.data) ?? {}, depth);
  if (kind === 'youtube#commentThread') return youtubeThread(value);
  if (kind === 'youtube#comment') return [youtubeComment(value, null)];
  if (obj(value.post) && str(obj(value.post)?.uri)?.startsWith('at://')) return [blueskyPost(obj(value.post) ?? {})];
  if (str(value.uri)?.startsWith('at://') && obj(value.record)) return [blueskyPost(value)];
  if (('from' in value || 'actor' in value || value.type === 'service') && 'date' in value && (value.type === 'message' || value.type === 'service')) {
    return value.type === 'service' ? [] : [telegramMessage(value)];
  }
  return null;
}

function listing(value: JsonObject, depth: number): JsonObject[] {
  const children = obj(value.data)?.children;
  const out: JsonObject[] = [];
  if (!Array.isArray(children) || depth > MAX_REPLY_DEPTH) return out;
  for (const child of children) {
    const c = obj(child);
    if (c) out.push(...(platformRows(c, depth + 1) ?? []));
  }
  return out;
}

function redditThing(kind: string, d: JsonObject, depth: number): JsonObject[] {
  const title = str(d.title);
  const body = kind === 't3' ? [title, str(d.selftext)].filter((t) => t && t.trim() !== '').join('\n\n') : str(d.body);
  const permalink = str(d.permalink);
  const row: JsonObject = {
    platform: 'reddit',
    id: str(d.name) ?? str(d.id),
    text: body ?? '',
    url: permalink ? `https://www.reddit.com${permalink}` : str(d.url),
    posted_at: d.created_utc,
    'author.handle': str(d.author),
    'engagement.likes': d.score,
    'engagement.replies': d.num_comments,
    reply_to: kind === 't1' ? str(d.parent_id) : undefined,
  };
  const replies = obj(d.replies);
  return [row, ...(replies ? listing(replies, depth + 1) : [])];
}

function telegramText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text.map((part) => (typeof part === 'string' ? part : (str(obj(part)?.text) ?? ''))).join('');
}

function telegramMessage(m: JsonObject): JsonObject {
  return {
    platform: 'other',
    // Message ids count per chat; with the sender's id they do not collide across chats in practice.
    id: m.id === undefined ? undefined : `tg-${String(m.from_id ?? '')}-${String(m.id)}`,
    text: telegramText(m.text),
    // Telegram Desktop writes local time without a zone in `date`; `date_unixtime` is exact.
    posted_at: str(m.date_unixtime) ?? m.date,
    'author.display_name': str(m.from),
    'engagement.views': m.views,
  };
}

function blueskyPost(p: JsonObject): JsonObject {
  const author = obj(p.author) ?? {};
  const record = obj(p.record) ?? {};
  const uri = str(p.uri) ?? '';
  const rkey = uri.split('/').pop();
  const handle = str(author.handle);
  return {
    platform: 'other',
    id: uri || undefined,
    text: str(record.text) ?? '',
    url: handle && rkey ? `https://bsky.app/profile/${handle}/post/${rkey}` : undefined,
    posted_at: str(record.createdAt) ?? str(p.indexedAt),
    'author.handle': handle,
    'author.display_name': str(author.displayName),
    'engagement.likes': p.likeCount,
    'engagement.reposts': p.repostCount,
    'engagement.replies': p.replyCount,
    reply_to: str(obj(obj(record.reply)?.parent)?.uri),
  };
}

function youtubeThread(t: JsonObject): JsonObject[] {
  const snippet = obj(t.snippet) ?? {};
  const top = obj(snippet.topLevelComment);
  const rows = top ? [youtubeComment(top, null)] : [];
  const replies = obj(t.replies)?.comments;
  if (Array.isArray(replies)) for (const r of replies) if (obj(r)) rows.push(youtubeComment(obj(r) ?? {}, str(top?.id) ?? null));
  return rows;
}

function youtubeComment(c: JsonObject, parent: string | null): JsonObject {
  const s = obj(c.snippet) ?? {};
  const video = str(s.videoId);
  const id = str(c.id);
  return {
    platform: 'other',
    id,
    // textOriginal is the plain text; textDisplay may be HTML.
    text: str(s.textOriginal) ?? str(s.textDisplay) ?? '',
    url: video && id ? `https://www.youtube.com/watch?v=${video}&lc=${id}` : undefined,
    posted_at: str(s.publishedAt),
    'author.display_name': str(s.authorDisplayName),
    'engagement.likes': s.likeCount,
    'engagement.replies': obj(c.snippet) && 'totalReplyCount' in s ? s.totalReplyCount : undefined,
    reply_to: str(s.parentId) ?? parent ?? undefined,
  };
}
