/** Rebuttal drafts: kind, facts, template context, platform length rules, shortening, ClaimReview. */
export * from './draft-types';
export * from './draft-record';
export * from './draft-transitions';
export { chooseDraftKind } from './choose-kind';
export { extractFacts, restatesRumor, splitSentences, type StatementFacts } from './extract-facts';
export { describeMyth, summarizeClaim } from './describe-myth';
export { buildDraftContext, draftPrivacyContext, statementPrivacyContext } from './draft-context';
export { composeDraft, draftAll } from './compose-draft';
export { PLATFORM_RULES, measureDraft, type PlatformRule } from './platform-rules';
export { xLength, X_URL_WEIGHT } from './x-length';
export { smsLength, toSmsText, isGsm7 } from './sms-length';
export { shortenToFit, type ShortenOptions, type ShortenResult } from './shorten';
export { formatStatementDate } from './format-date';
export { buildClaimReview, claimReviewedText, type ClaimReviewInput, type JsonLd } from './claim-review';
export { safeAppearanceUrl } from './appearance-url';
export { validateClaimReview } from './validate-claim-review';
