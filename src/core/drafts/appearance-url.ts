import { normalizeHandle } from '../privacy';

/*
 * A post's URL often names its author (x.com/jane/status/1, facebook.com/jane.doe/posts/2,
 * tiktok.com/@jane/video/3, bsky.app/profile/jane.bsky.social/post/4). A published ClaimReview
 * must not, so the account is read from the path's shape rather than from a list of hosts: the
 * same shapes on a mirror, a mobile host or the demo's `.example` hosts name a person as surely.
 */

/** X's own hosts (and the demo's x.example), where /i/web/status/ID serves any post without its author. */
const X_HOST = /^(?:www\.|mobile\.)?(?:x|twitter)\.[a-z.]+$/i;
/** Sites whose first path segment is an account unless it is one of the site's own words. */
const ACCOUNT_FIRST_HOST = /^(?:www\.|m\.|web\.|mbasic\.)?(?:facebook|fb|instagram|tiktok|threads)\.[a-z.]+$/i;
const SITE_WORDS = new Set(['p', 'reel', 'reels', 'watch', 'story.php', 'permalink.php', 'groups', 'events', 'share', 'photo', 'photo.php', 'video', 'videos', 'tv', 'hashtag', 'explore']);
/** A segment after which the next one is an account: bsky /profile/H, reddit /user/H and /u/H, youtube /channel/ID and /c/NAME. */
const ACCOUNT_AFTER = new Set(['profile', 'user', 'users', 'u', 'people', 'channel', 'c']);
/** A second segment that makes the first an account: facebook.com/jane.doe/posts/ID. */
const ACCOUNT_BEFORE = new Set(['posts', 'videos', 'photos', 'reels']);

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The URL without a private person's account in it, or null when it cannot be made safe (or is
 * not an http(s) URL). A public account (the department's, media) may stay.
 *
 * @example safeAppearanceUrl('https://x.com/jane/status/1') // 'https://x.com/i/web/status/1'
 * @example safeAppearanceUrl('https://bsky.app/profile/jane.bsky.social/post/3k') // null
 */
export function safeAppearanceUrl(raw: string, publicHandles: string[] = []): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
  const publics = new Set(publicHandles.map(normalizeHandle));
  const isPublic = (segment: string) => publics.has(normalizeHandle(segment));
  const segments = url.pathname.split('/').filter(Boolean).map(decoded);
  const lower = segments.map((s) => s.toLowerCase());

  // X's shape, /HANDLE/status/ID: X itself serves the post without the handle.
  if ((lower[1] === 'status' || lower[1] === 'statuses') && /^\d+$/.test(segments[2] ?? '')) {
    const handle = segments[0] ?? '';
    if (handle === 'i' || isPublic(handle)) return raw;
    return X_HOST.test(url.hostname) ? `${url.origin}/i/web/status/${segments[2]}` : null;
  }
  const accounts: string[] = segments.filter((s) => s.startsWith('@'));
  lower.forEach((s, i) => {
    if (ACCOUNT_AFTER.has(s) && segments[i + 1]) accounts.push(segments[i + 1] as string);
    if (ACCOUNT_BEFORE.has(s) && i === 1 && !SITE_WORDS.has(lower[0] as string)) accounts.push(segments[0] as string);
  });
  if (ACCOUNT_FIRST_HOST.test(url.hostname)) {
    if (segments[0] && !SITE_WORDS.has(lower[0] as string)) accounts.push(segments[0]);
    // permalink.php?story_fbid=…&id=ACCOUNT: the number is the person.
    if (url.searchParams.has('id')) return null;
  }
  return accounts.every(isPublic) ? raw : null;
}
