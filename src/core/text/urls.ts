/**
 * URL extraction and canonicalisation. Two posts linking the same article with different
 * tracking parameters must be recognised as the same link (clustering, matching evidence).
 */

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Trailing punctuation that belongs to the sentence, not the URL. */
const TRAILING_PUNCTUATION = /[)\].,;:!?'"»”’]+$/;

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'igshid', 'mc_cid', 'mc_eid', 'ref', 'ref_src', 'ref_url', 's', 't', 'si',
  'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'utm_id', 'feature',
]);

/** Every http(s) URL in `text`, in order, without trailing sentence punctuation. */
export function extractUrls(text: string): string[] {
  const out: string[] = [];
  for (const found of text.match(URL_PATTERN) ?? []) {
    const url = found.replace(TRAILING_PUNCTUATION, '');
    if (url.length > 8) out.push(url);
  }
  return out;
}

/**
 * A canonical form for comparing links: lower-case host without `www.`/`m.`, no fragment,
 * no tracking parameters, sorted remaining parameters, no trailing slash.
 * Returns null for text that is not a parseable http(s) URL.
 *
 * @example canonicalUrl('https://www.Example.org/a/?utm_source=x&b=2#top') // 'example.org/a?b=2'
 */
export function canonicalUrl(raw: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const params = [...parsed.searchParams.entries()]
    .filter(([key]) => !TRACKING_PARAMS.has(key.toLowerCase()) && !key.toLowerCase().startsWith('utm_'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? '?' + params.map(([k, v]) => `${k}=${v}`).join('&') : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${query}`;
}

/** The registrable-ish domain of a URL (host without `www.`), or null. */
export function urlDomain(raw: string): string | null {
  const canonical = canonicalUrl(raw);
  if (!canonical) return null;
  return canonical.split(/[/?]/)[0] ?? null;
}
