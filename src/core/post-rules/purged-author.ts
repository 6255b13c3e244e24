import { createHash } from 'crypto';

/** What a purged post's author handle starts with once retention has replaced it. */
export const PURGED_AUTHOR_PREFIX = 'purged:';

/**
 * The stand-in for a purged post's author: the same for one handle within one purge (`salt` is
 * made for the run and never stored), so a cluster still counts its authors right, and no way back
 * to the handle once the run is over.
 *
 * @example purgedAuthor('run-salt', '@dana') // 'purged:3f9c…' (16 hex digits)
 */
export function purgedAuthor(salt: string, handle: string): string {
  return PURGED_AUTHOR_PREFIX + createHash('sha256').update(salt).update('\u0000').update(handle).digest('hex').slice(0, 16);
}
