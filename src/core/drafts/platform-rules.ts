import type { DraftPlatform } from './draft-types';
import { smsLength } from './sms-length';
import { xLength } from './x-length';

export interface PlatformRule {
  /** Length by the platform's own counting rule. */
  measure(text: string): { length: number; limit: number };
  /** What marks a cut; SMS uses three dots because "…" is not in GSM-7. */
  ellipsis: string;
}

const plain = (limit: number) => (text: string) => ({ length: [...text].length, limit });

/*
 * Limits: X 280 weighted (developer.x.com counting-characters); Facebook posts 63,206;
 * Instagram captions 2,200; SMS one segment. Nextdoor publishes no hard limit for agency posts
 * that we could cite, so 1,000 is our house limit for a readable neighbourhood post.
 */
export const PLATFORM_RULES: Record<DraftPlatform, PlatformRule> = {
  x: { measure: (text) => ({ length: xLength(text), limit: 280 }), ellipsis: '…' },
  facebook: { measure: plain(63206), ellipsis: '…' },
  nextdoor: { measure: plain(1000), ellipsis: '…' },
  instagram: { measure: plain(2200), ellipsis: '…' },
  sms: { measure: smsLength, ellipsis: '...' },
};

/** @example measureDraft('x', 'Open https://a.gov/x') // {length: 28, limit: 280} */
export function measureDraft(platform: DraftPlatform, text: string): { length: number; limit: number } {
  return PLATFORM_RULES[platform].measure(text);
}
