/** Where ingest stores posts; src/store/posts-repo.ts implements it. */
import type { PostInput } from '../../core/types';

export interface PostStore {
  insertIfNew(post: PostInput, contentHash: string, now: string): { id: number; inserted: boolean };
  count(): number;
}
