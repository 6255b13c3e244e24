/** What purging old posts needs; src/store/posts-repo.ts and clusters-repo.ts implement it. */
export interface RetentionStore {
  /** Blanks old posts' text and author details; their handles stay until `replacePurgedHandle`. */
  purgeOlderThan(cutoff: string, now: string): number;
  /** The handles still on purged posts (not yet pseudonyms). */
  purgedHandles(): string[];
  /**
   * Puts the pseudonym in place of the handle on its purged posts, except where the same
   * author still has a kept post in the post's cluster (the handle is there anyway, and one
   * author must not count as two).
   */
  replacePurgedHandle(handle: string, pseudonym: string): void;
}

export interface PurgedClusterStore {
  forgetAuthorsOfPurged(): number;
  /** Replaces the handle in the author lists of clusters where none of its posts is kept any more. */
  pseudonymiseAuthor(handle: string, pseudonym: string): void;
  purgedRepresentatives(): { id: number; postId: number; text: string }[];
  fullyPurgedClusters(): { id: number; representativeText: string }[];
  setRepresentative(clusterId: number, postId: number | null, text: string, now: string): void;
}
