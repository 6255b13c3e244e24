/** The privacy guard: find and remove personal data before anything leaves Rumor Desk. */
export type { PrivacyContext, PrivacyFinding, PrivacyKind, PrivacyRedaction, PrivacyScan } from './privacy-types';
export { scanPrivacy } from './scan-privacy';
export { redactPrivacy, redactionLabel } from './redact-privacy';
export { isAllowedName, nameTokens } from './name-allowance';
export { normalizeHandle } from './detect-handles';
export { schoolNames } from './detect-schools';
