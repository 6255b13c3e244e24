import { canonicalUrl } from '../text/urls';

/**
 * Whether a canonical link names one specific piece of content. A homepage or section front
 * ("news.example", "news.example/local") is linked by posts about anything, so it must not glue
 * unrelated posts into one cluster; an article path, a status id or a shortener code does name
 * one thing.
 */
function isSpecific(canonical: string): boolean {
  const queryAt = canonical.indexOf('?');
  const withoutQuery = queryAt >= 0 ? canonical.slice(0, queryAt) : canonical;
  const segments = withoutQuery.split('/').slice(1).filter(Boolean);
  if (queryAt >= 0) return true;
  if (segments.length >= 2) return true;
  const only = segments[0];
  return !!only && (/\d/.test(only) || /[-_.]/.test(only) || only.length >= 12);
}

function hostOf(canonical: string): string {
  return canonical.split(/[/?]/)[0] ?? '';
}

/**
 * The canonical links of a post that may decide its cluster: specific ones, not on an ignored
 * host (the department's own site: every rebuttal and every worried question links its statements).
 *
 * @example specificUrls(['https://www.news.example/story/123?utm_source=x#top', 'https://news.example/'], []) // ['news.example/story/123']
 */
export function specificUrls(urls: readonly string[], ignoredHosts: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of urls) {
    const canonical = canonicalUrl(raw);
    if (!canonical || !isSpecific(canonical)) continue;
    const host = hostOf(canonical);
    if (ignoredHosts.some((h) => host === h || host.endsWith(`.${h}`))) continue;
    if (!out.includes(canonical)) out.push(canonical);
  }
  return out;
}

/** Normalises a host setting (`https://www.pd.example/news` → `pd.example`) for `ignoredUrlHosts`. */
export function hostSetting(value: string): string {
  return value.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^(www|m|mobile)\./, '').split(/[/?#]/)[0] ?? '';
}
