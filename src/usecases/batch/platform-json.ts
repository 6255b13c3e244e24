import type { JsonObject } from './map-object';

/** Canonical-shaped rows from one platform record; `[]` means "not a post" (a service message). */
export type PlatformRows = JsonObject[] | null;

const obj = (v: unknown): JsonObject | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : null);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** What Reddit leaves as the body of a comment whose author or a moderator took it down. */
const REDDIT_GONE = new Set(['[deleted]', '[removed]']);
/**
 * Members a Telegram Desktop export writes for a message's attachment (with `media_type`,
 * `sticker_emoji`, `mime_type` ... beside `file`); the caption, if any, is the message's `text`.
 */
const TELEGRAM_MEDIA = ['photo', 'file', 'poll', 'location_information', 'contact_information', 'place_name', 'game_title', 'invoice_information', 'giveaway_information', 'todo_list'];

/**
 * Recognises one record of a platform's own export and turns it into canonical-shaped objects
 * (`id`, `text`, `author.handle`, `engagement.likes` ... as `ObjectMapper` binds them), or null
 * when the record is none of these, so the generic column names apply:
 * - Reddit API things and listings (`kind` `t3` post: title + selftext; `t1` comment: body;
 *   `Listing` with `data.children`, comment `replies` followed; `[deleted]` / `[removed]`
 *   comments and `more` stubs are not posts);
 * - Telegram Desktop `result.json` messages (`text` a string or an array of strings and entity
 *   parts `{type, text}`; `type: "service"` and media without a caption are not posts);
 * - Bluesky `app.bsky.feed` post views (`{post: PostView}` feed items or bare `PostView`s);
 * - YouTube Data API `youtube#commentThread` (top-level comment and its replies) and `youtube#comment`.
 *
 * @example platformRows({kind: 't1', data: {id: 'c1', body: 'Bridge closed', author: 'ann', created_utc: 1793722800}})
 */
export function platformRows(value: JsonObject): PlatformRows {
  const kind = str(value.kind);
  if (kind === 'Listing' || kind === 't3' || kind === 't1') return redditRows(value);
  if (kind === 'youtube#commentThread') return youtubeThread(value);
  if (kind === 'youtube#comment') return [youtubeComment(value, null)];
  if (obj(value.post) && str(obj(value.post)?.uri)?.startsWith('at://')) return [blueskyPost(obj(value.post) ?? {})];
  if (str(value.uri)?.startsWith('at://') && obj(value.record)) return [blueskyPost(value)];
  if (('from' in value || 'actor' in value || value.type === 'service') && 'date' in value && (value.type === 'message' || value.type === 'service')) {
    return value.type === 'service' || isTelegramMediaOnly(value) ? [] : [telegramMessage(value)];
  }
  return null;
}

/**
 * A Reddit thing or listing with every reply under it, in document order. The walk keeps its own
 * stack instead of recursing, so no depth of replies can overflow the call stack: a depth limit
 * would have to drop (or report) the replies under it, and without one there is nothing to lose.
 * Other children are read as any record would be; a `more` stub (only the ids of comments the
 * listing left out) is none, so it yields nothing.
 */
function redditRows(root: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  const todo: JsonObject[] = [root];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const kind = str(next.kind);
    const data = obj(next.data) ?? {};
    let children: unknown;
    if (kind === 'Listing') children = data.children;
    else if (kind === 't3' || kind === 't1') {
      const row = redditThing(kind, data);
      if (row) out.push(row);
      // A taken-down comment is no post, but the replies under it still are.
      children = obj(obj(data.replies)?.data)?.children;
    } else for (const row of platformRows(next) ?? []) out.push(row);
    if (Array.isArray(children)) pushReversed(todo, children);
  }
  return out;
}

/** Objects among `children`, last first, so popping them visits them in document order. */
function pushReversed(todo: JsonObject[], children: unknown[]): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = obj(children[i]);
    if (child) todo.push(child);
  }
}

/** A post's or comment's row, or null for a comment whose body Reddit has taken down. */
function redditThing(kind: string, d: JsonObject): JsonObject | null {
  if (kind === 't1' && REDDIT_GONE.has(str(d.body) ?? '')) return null;
  const title = str(d.title);
  const body = kind === 't3' ? [title, str(d.selftext)].filter((t) => t && t.trim() !== '').join('\n\n') : str(d.body);
  const permalink = str(d.permalink);
  return {
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
}

function telegramText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text.map((part) => (typeof part === 'string' ? part : (str(obj(part)?.text) ?? ''))).join('');
}

/** A photo, sticker, poll, file ... sent without a caption: like WhatsApp's media lines, no post. */
function isTelegramMediaOnly(m: JsonObject): boolean {
  return telegramText(m.text).trim() === '' && TELEGRAM_MEDIA.some((key) => m[key] !== undefined);
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
