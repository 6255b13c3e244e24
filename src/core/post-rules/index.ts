/** Rules about posts that SQL also applies: each has its one home here and its SQL form in src/store/sql-rules.ts. */
export { ENGAGEMENT_COUNTS, engagementOf, type EngagementCounts } from './engagement';
export { NEW_ACCOUNT_DAYS, isNewAccount } from './new-account';
export { carriesLink, isCorrectionReply } from './correction';
export { AUTHOR_HISTORY_WINDOW } from './author-history';
export { PURGED_AUTHOR_PREFIX, purgedAuthor } from './purged-author';
