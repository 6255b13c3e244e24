import { DRAFT_RULES, type DraftPlatform, type DraftRule } from '../platforms';

/** A draft platform's length rule; each lives in its registry entry (src/core/platforms). */
export type PlatformRule = DraftRule;

export const PLATFORM_RULES: Record<DraftPlatform, PlatformRule> = DRAFT_RULES;

/** @example measureDraft('x', 'Open https://a.gov/x') // {length: 28, limit: 280} */
export function measureDraft(platform: DraftPlatform, text: string): { length: number; limit: number } {
  return PLATFORM_RULES[platform].measure(text);
}
