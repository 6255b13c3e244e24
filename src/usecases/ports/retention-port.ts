/** What purging old posts needs; src/store/posts-repo.ts and clusters-repo.ts implement it. */
export interface RetentionStore {
  purgeOlderThan(cutoff: string, now: string): number;
}

export interface PurgedClusterStore {
  forgetAuthorsOfPurged(): number;
  purgedRepresentatives(): { id: number; postId: number; text: string }[];
  fullyPurgedClusters(): { id: number; representativeText: string }[];
  setRepresentative(clusterId: number, postId: number | null, text: string, now: string): void;
}
