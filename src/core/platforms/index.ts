/** The platform registry: which platforms posts come from and drafts go to, and what derives from that. */
export { PLATFORMS, POST_PLATFORMS, DRAFT_PLATFORMS, DRAFT_RULES, platformLabel, postPlatformAliases, type DraftRule, type Platform, type DraftPlatform, type PlatformId } from './platform-registry';
