/**
 * The narrow interfaces the use cases need from the outside world, declared here by the code
 * that uses them (ARCHITECTURE.md habit 4), one file per concept named `<concept>-port.ts`.
 * src/store and the composition root implement them; use cases import them from here.
 */
export type * from './audit-port';
export type * from './clusters-port';
export type * from './drafts-port';
export type * from './engines-port';
export type * from './pipeline-port';
export type * from './posts-port';
export type * from './retention-port';
export type * from './secrets-port';
export type * from './settings-port';
export type * from './statements-port';
export type * from './summary-port';
export type * from './transaction-port';
export type * from './users-port';
