import type { Platform } from '../../core/types';

const ALIASES: Record<string, Platform> = {
  x: 'x', twitter: 'x', 'x.com': 'x', 'twitter.com': 'x', tweet: 'x',
  facebook: 'facebook', fb: 'facebook', 'facebook.com': 'facebook', meta: 'facebook',
  nextdoor: 'nextdoor', 'nextdoor.com': 'nextdoor',
  instagram: 'instagram', ig: 'instagram', 'instagram.com': 'instagram',
  reddit: 'reddit', 'reddit.com': 'reddit',
  tiktok: 'tiktok', 'tiktok.com': 'tiktok',
  other: 'other',
};

/**
 * The platform a free-text name means (`Twitter`, `FB`, `x.com` ...), or null when unknown, so the
 * caller can fall back (Twitter v1.1's `source` column holds the client app, not a network).
 *
 * @example platformFromName(' Twitter ') // 'x'
 */
export function platformFromName(value: unknown): Platform | null {
  if (typeof value !== 'string') return null;
  return ALIASES[value.trim().toLowerCase()] ?? null;
}

/** The platform a post URL's host belongs to, or null. */
export function platformFromUrl(url: string | null): Platform | null {
  if (!url) return null;
  const host = /^https?:\/\/(?:www\.|m\.|mobile\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return null;
  if (host === 't.co') return 'x';
  return ALIASES[host] ?? null;
}
