/** Claim matching: the statement index, its model loader, stance detection. */
export { StatementIndex, buildStatementIndex } from './statement-index';
export { loadMatchingModel, type MatchingModel, type RerankerModel } from './model';
export { detectStance, type StanceResult } from './stance';
export { MIN_WORDS_FOR_STRONG } from './decide';
export { FEATURE_GROUPS, FEATURE_NAMES } from './features';
export type { IndexableStatement, MatchOptions, MatchResult, StatementIndexOptions } from './types';
