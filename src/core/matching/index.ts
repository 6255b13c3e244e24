/** Claim matching: the statement index and its model loader (stance lives in src/core/stance). */
export { StatementIndex, buildStatementIndex } from './statement-index';
export { loadMatchingModel, type MatchingModel, type RerankerModel } from './model';
export { MIN_WORDS_FOR_STRONG } from './decide';
export { FEATURE_GROUPS, FEATURE_NAMES } from './features';
export type { IndexableStatement, MatchOptions, StatementMatch, StatementIndexOptions } from './types';
