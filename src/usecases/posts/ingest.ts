import { contentHash } from '../../core/text/normalize';
import type { Clock, PostInput } from '../../core/types';
import type { Transaction } from '../ports';
import { postInputSchema, toPostInput } from './post-input';

export interface PostStore {
  insertIfNew(post: PostInput, contentHash: string, now: string): { id: number; inserted: boolean };
  count(): number;
}

/** What happens to a post after it is stored: clustering, matching, scoring. */
export interface PostPipeline {
  /** Clusters, matches and scores one new post, inside the caller's transaction. */
  onNewPost(postId: number, post: PostInput): PostOutcome;
  /** Re-scores what the chunk touched (clusters), once per chunk rather than per post. */
  afterChunk(): void;
}

export interface PostOutcome {
  clusterId: number;
  clusterReason: string;
  newCluster: boolean;
}

export interface IngestDeps {
  posts: PostStore;
  transaction: Transaction;
  clock: Clock;
  pipeline: PostPipeline;
}

export interface IngestRowResult {
  row: number;
  status: 'stored' | 'duplicate' | 'rejected';
  postId?: number;
  reason?: string;
  outcome?: PostOutcome;
}

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  rejected: number;
  newClusters: number;
  results: IngestRowResult[];
}

export function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`).join('; ');
}

/**
 * Stores posts idempotently (platform + id, or content hash) and runs the pipeline on new ones.
 * One transaction per call: callers chunk large inputs so a crash loses at most one chunk,
 * and a re-run of the same input finds the stored rows and skips them.
 */
export function createIngest(deps: IngestDeps) {
  return function ingestRows(rows: readonly unknown[], firstRowNumber = 1): IngestSummary {
    const summary: IngestSummary = { read: rows.length, stored: 0, duplicates: 0, rejected: 0, newClusters: 0, results: [] };
    const now = deps.clock().toISOString();
    deps.transaction(() => {
      rows.forEach((raw, index) => {
        const row = firstRowNumber + index;
        const parsed = postInputSchema.safeParse(raw);
        if (!parsed.success) {
          summary.rejected += 1;
          summary.results.push({ row, status: 'rejected', reason: describeIssues(parsed.error.issues) });
          return;
        }
        const post = toPostInput(parsed.data);
        const { id, inserted } = deps.posts.insertIfNew(post, contentHash(post.text), now);
        if (!inserted) {
          summary.duplicates += 1;
          summary.results.push({ row, status: 'duplicate', postId: id });
          return;
        }
        const outcome = deps.pipeline.onNewPost(id, post);
        summary.stored += 1;
        if (outcome.newCluster) summary.newClusters += 1;
        summary.results.push({ row, status: 'stored', postId: id, outcome });
      });
      deps.pipeline.afterChunk();
    });
    return summary;
  };
}
