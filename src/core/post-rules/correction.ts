import { extractUrls } from '../text/urls';

/**
 * Whether a text carries a link: an http(s) URL as extractUrls finds it (a word boundary
 * before the scheme, sentence punctuation trimmed, more than the bare scheme). SQL reaches the
 * same function (src/store/sql-rules.ts), so "HTTPS is down" is not a link in either.
 *
 * @example carriesLink('Not true, see https://ridgeport.gov/n/1') // true
 */
export function carriesLink(text: string): boolean {
  return extractUrls(text).length > 0;
}

/**
 * A reply that denies the post it answers and links somewhere is someone posting a
 * correction, not just disagreeing (counted as the cluster's `corrections`).
 *
 * @example isCorrectionReply('deny', 'False: https://ridgeport.gov/n/1') // true
 */
export function isCorrectionReply(replyStance: string | null, text: string): boolean {
  return replyStance === 'deny' && carriesLink(text);
}
