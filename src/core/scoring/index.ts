/** Credibility scoring with reasons, reply stance, and triage priority. */
export { scoreClaim, scoreCluster, claimFeatures } from './credibility';
export type { CredibilityModel, VeracityClass } from './credibility-model';
export { classifyReplyStance, type ReplyStanceModel } from './reply-stance';
export type { ReplyContext } from './stance-features';
export { triagePriority, type TriageInput } from './triage';
export { detectHarm } from './harm';
export { spreadExamplesWanted } from './spread-features';
export type { ScoringLexicons, ContentCueLexicon, DomainLists, HarmCategory } from './lexicons';
export type * from './types';
