import { createHash } from 'crypto';

/**
 * The first step of every text comparison: Unicode NFKC (full-width letters, ligatures and
 * styled "𝐛𝐨𝐥𝐝" text fold to plain letters), curly quotes to straight, whitespace collapsed.
 * Case is kept; callers lower-case when they need to.
 */
// Printable ASCII words split by single spaces: nothing below would change such a text, and
// most claims and statements are written that way, so they skip the six passes.
const ALREADY_NORMAL = /^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/;

const PUNCTUATION_FOLDS: ReadonlyMap<string, string> = new Map([
  ...[...'\u2018\u2019\u201B\u2032'].map((c) => [c, "'"] as const),
  ...[...'\u201C\u201D\u201F\u2033'].map((c) => [c, '"'] as const),
  ...[...'\u2013\u2014\u2212'].map((c) => [c, '-'] as const),
  ...[...'\u200B\u200C\u200D\uFEFF'].map((c) => [c, ''] as const),
]);
const FOLDED_PUNCTUATION = /[\u2018\u2019\u201B\u2032\u201C\u201D\u201F\u2033\u2013\u2014\u2212\u200B-\u200D\uFEFF]/g;
// Whitespace other than single inner spaces: only then is there anything to collapse or trim.
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $/;

export function normalizeUnicode(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text;
  // One pass for all the folds, and the whitespace passes only when needed: nearly every pasted
  // tweet takes this path (its signature has an em dash), and five full passes cost ~4 µs.
  const folded = text.normalize('NFKC').replace(FOLDED_PUNCTUATION, (c) => PUNCTUATION_FOLDS.get(c) as string);
  return IRREGULAR_SPACE.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}

/**
 * Split a hashtag body into words: `BridgeClosed` → `bridge closed`, `i95_closed` → `i 95 closed`.
 */
export function splitHashtag(tag: string): string {
  return tag
    .replace(/^#/, '')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase();
}

const URL_IN_TEXT = /\bhttps?:\/\/\S+/gi;
const HANDLE = /(^|[^\w])@\w{1,30}/g;
const HASHTAG = /#(\w+)/g;
const RETWEET_PREFIX = /^(rt|repost|via)\s*:?\s*(@\w+\s*:?)?\s*/i;
// Pictographs and their modifiers: emoji carry tone but no claim content.
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}/gu;

/**
 * The comparable text of a post: no URLs, handles, `RT @x:` prefixes or emojis; hashtags split
 * into words; lower-case; punctuation reduced to spaces. Two reposts of one rumor give the same
 * string, which is what the content hash and the exact-duplicate check rely on.
 *
 * @example comparableText('RT @ann: BRIDGE is CLOSED!! #StormWatch https://t.co/x 😱') // 'bridge is closed storm watch'
 */
export function comparableText(text: string): string {
  return normalizeUnicode(text)
    .replace(RETWEET_PREFIX, '')
    .replace(URL_IN_TEXT, ' ')
    .replace(HANDLE, '$1 ')
    .replace(HASHTAG, (_m, body: string) => ` ${splitHashtag(body)} `)
    .replace(EMOJI, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A stable hash of a post's comparable text: the identity of posts that carry no platform id. */
export function contentHash(text: string): string {
  return createHash('sha256').update(comparableText(text)).digest('hex').slice(0, 32);
}
