/** Public surface of the rumor clustering core. */
export { OnlineClusterer } from './clusterer';
export type { Assignment, AssignReason, ClusterPost, ClustererOptions, RestoredPost } from './clusterer';
export type { ClusterRecord, ClusterStatus, Membership, MembershipReason } from './cluster-record';
export { compilePairModel, pairSimilarity } from './pair-model';
export type { CompiledPairModel, PairModel } from './pair-model';
export { specificUrls, hostSetting } from './specific-urls';
export { factConflicts, vetoFacts } from './fact-veto';
export type { FactConflict } from './fact-veto';
