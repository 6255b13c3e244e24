import { VERDICT_WORDS } from './verdict-words';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const isHttpUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);

function checkRating(rating: unknown, problems: string[]): void {
  if (!isObj(rating)) {
    problems.push('missing reviewRating');
    return;
  }
  if (!nonEmpty(rating.alternateName)) problems.push('missing reviewRating.alternateName');
  for (const key of ['ratingValue', 'bestRating', 'worstRating'] as const) {
    if (typeof rating[key] !== 'number') problems.push(`missing reviewRating.${key}`);
  }
  const { ratingValue: v, bestRating: best, worstRating: worst } = rating;
  if (typeof v === 'number' && typeof best === 'number' && typeof worst === 'number' && (v < worst || v > best)) {
    problems.push(`reviewRating.ratingValue ${v} is outside ${worst}..${best}`);
  }
}

function checkClaim(item: unknown, problems: string[]): void {
  if (!isObj(item) || item['@type'] !== 'Claim') {
    problems.push('missing itemReviewed (a Claim)');
    return;
  }
  const appearance = item.appearance;
  const appearances = Array.isArray(appearance) ? appearance : [];
  const urls = [...appearances, item.firstAppearance].filter(isObj).map((w) => w.url);
  if (urls.length === 0) problems.push('missing itemReviewed.appearance or itemReviewed.firstAppearance');
  for (const url of urls) if (!isHttpUrl(url)) problems.push(`itemReviewed has an appearance without an http(s) url`);
}

/**
 * The problems that would stop a ClaimReview from being published, as readable strings:
 * missing required fields, a rating out of range, a verdict inside claimReviewed. Empty = valid.
 *
 * @example validateClaimReview({'@type': 'ClaimReview'}) // ['missing @context', 'missing url', ...]
 */
export function validateClaimReview(obj: unknown): string[] {
  if (!isObj(obj)) return ['not an object'];
  const problems: string[] = [];
  if (obj['@context'] !== 'https://schema.org') problems.push('missing @context');
  if (obj['@type'] !== 'ClaimReview') problems.push('missing @type ClaimReview');
  if (!isHttpUrl(obj.url)) problems.push('missing url');
  if (!nonEmpty(obj.claimReviewed)) problems.push('missing claimReviewed');
  else if (VERDICT_WORDS.test(String(obj.claimReviewed))) problems.push('claimReviewed contains a verdict');
  if (!nonEmpty(obj.datePublished)) problems.push('missing datePublished');
  if (!isObj(obj.author) || !nonEmpty(obj.author.name)) problems.push('missing author.name');
  checkRating(obj.reviewRating, problems);
  checkClaim(obj.itemReviewed, problems);
  return problems;
}
