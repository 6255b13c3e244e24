import { postPlatformAliases, type Platform } from '../../core/platforms';

/** Names and hosts from the platform registry (src/core/platforms). */
const ALIASES = postPlatformAliases();

/**
 * The platform a free-text name means (`Twitter`, `FB`, `x.com` ...), or null when unknown, so the
 * caller can fall back (Twitter v1.1's `source` column holds the client app, not a network).
 *
 * @example platformFromName(' Twitter ') // 'x'
 */
export function platformFromName(value: unknown): Platform | null {
  if (typeof value !== 'string') return null;
  return ALIASES.get(value.trim().toLowerCase()) ?? null;
}

/** The platform a post URL's host belongs to, or null. */
export function platformFromUrl(url: string | null): Platform | null {
  if (!url) return null;
  const host = /^https?:\/\/(?:www\.|m\.|mobile\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return null;
  return ALIASES.get(host) ?? null;
}
