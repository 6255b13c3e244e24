import { redactPrivacy } from '../privacy';
import { safeAppearanceUrl } from './appearance-url';
import { normalizeUnicode } from '../text/normalize';

export interface ClaimReviewInput {
  /** Short, neutral wording of the claim; privacy-redacted again here. */
  claimText: string;
  rating: { alternateName: string; ratingValue: number; bestRating: number; worstRating: number };
  appearances: string[];
  firstAppearance?: string;
  /** When the claim was first made (ISO date). */
  claimDate?: string;
  department: { name: string; url: string };
  statementUrl: string;
  datePublished: string;
  /** Accounts that may appear in URLs (agencies, media); others are removed from appearance links. */
  publicHandles?: string[];
  allowedNames?: string[];
}

export type JsonLd = { [key: string]: string | number | JsonLd | JsonLd[] };

// A verdict in claimReviewed duplicates reviewRating and reads as the claim itself (Google's guidance).
const VERDICT_PREFIX = /^\s*(?:false|fake|true|hoax|misleading|rumou?r|debunked|fact[- ]?check|myth|claim)\s*[:\-–—|]\s*/i;
const CLAIM_MAX = 140;

/** The claim as ClaimReview wants it: no verdict label, no personal data, one short line. */
export function claimReviewedText(claimText: string, allowedNames: string[] = [], publicHandles: string[] = []): string {
  let text = normalizeUnicode(claimText).replace(VERDICT_PREFIX, '').replace(/\bhttps?:\/\/\S+/g, '').trim();
  text = redactPrivacy(text, { allowedNames, publicHandles }).text.replace(/\s+/g, ' ');
  if (text.length > CLAIM_MAX) {
    const cut = text.lastIndexOf(' ', CLAIM_MAX - 1);
    text = `${text.slice(0, cut > 0 ? cut : CLAIM_MAX - 1)}…`;
  }
  return text;
}

const creativeWork = (url: string): JsonLd => ({ '@type': 'CreativeWork', url });

/**
 * schema.org ClaimReview JSON-LD for a rebutted claim
 * (https://schema.org/ClaimReview; Google's Fact Check markup guidance).
 *
 * @example
 * buildClaimReview({claimText: 'The Elm St bridge collapsed', rating: {alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1},
 *   appearances: ['https://x.com/jane/status/1'], department: {name: 'Ridgeport PD', url: 'https://ridgeport.gov'},
 *   statementUrl: 'https://ridgeport.gov/news/1', datePublished: '2026-11-02'})['@type'] // 'ClaimReview'
 */
export function buildClaimReview(input: ClaimReviewInput): JsonLd {
  const publics = input.publicHandles ?? [];
  const appearances = [...new Set(input.appearances.map((u) => safeAppearanceUrl(u, publics)).filter((u): u is string => !!u))];
  const first = input.firstAppearance ? safeAppearanceUrl(input.firstAppearance, publics) : null;
  const claim: JsonLd = { '@type': 'Claim' };
  if (appearances.length) claim.appearance = appearances.map(creativeWork);
  if (first) claim.firstAppearance = creativeWork(first);
  if (input.claimDate) claim.datePublished = input.claimDate;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.statementUrl,
    claimReviewed: claimReviewedText(input.claimText, input.allowedNames, publics),
    itemReviewed: claim,
    author: { '@type': 'Organization', name: input.department.name, url: input.department.url },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: input.rating.ratingValue,
      bestRating: input.rating.bestRating,
      worstRating: input.rating.worstRating,
      alternateName: input.rating.alternateName,
    },
    datePublished: input.datePublished,
  };
}
