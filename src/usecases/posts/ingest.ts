import { contentHash } from '../../core/text/normalize';
import type { Clock, PostInput } from '../../core/types';
import type { ClusterRecord, Credibility, PostStore, Transaction, Triage } from '../ports';
import { postInputSchema, toPostInput } from './post-input';

/** What happens to a post after it is stored: clustering, matching, scoring. */
export interface PostPipeline {
  /** Reads what the chunk's posts will need (their authors' histories) before any is stored. */
  beginChunk(posts: readonly PostInput[]): void;
  /** Clusters, matches and scores one new post, inside the caller's transaction. */
  onNewPost(postId: number, post: PostInput): PostOutcome;
  /** Re-scores what the chunk touched (clusters), once per chunk rather than per post. */
  afterChunk(): ChunkResults;
}

/** A cluster as the chunk left it: its counters and match, and its triage. */
export interface ChunkClusterResult {
  cluster: ClusterRecord;
  triage: Triage;
}

/**
 * What the pipeline decided in one chunk, kept in memory so a per-row report need not read it
 * back from the database: each new post's credibility, and each re-scored cluster.
 */
export interface ChunkResults {
  posts: Map<number, Credibility>;
  clusters: Map<number, ChunkClusterResult>;
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
  /** Only when asked for (the batch report): kept out of the HTTP response's JSON. */
  detail?: ChunkResults;
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
  return function ingestRows(rows: readonly unknown[], firstRowNumber = 1, options: { detail?: boolean } = {}): IngestSummary {
    const summary: IngestSummary = { read: rows.length, stored: 0, duplicates: 0, rejected: 0, newClusters: 0, results: [] };
    const now = deps.clock().toISOString();
    // Validation first, outside the transaction: the pipeline is told the chunk's posts up front.
    const posts: (PostInput | string)[] = rows.map((raw) => {
      const parsed = postInputSchema.safeParse(raw);
      return parsed.success ? toPostInput(parsed.data) : describeIssues(parsed.error.issues);
    });
    deps.transaction(() => {
      deps.pipeline.beginChunk(posts.filter((p): p is PostInput => typeof p !== 'string'));
      posts.forEach((post, index) => {
        const row = firstRowNumber + index;
        if (typeof post === 'string') {
          summary.rejected += 1;
          summary.results.push({ row, status: 'rejected', reason: post });
          return;
        }
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
      const detail = deps.pipeline.afterChunk();
      if (options.detail) summary.detail = detail;
    });
    return summary;
  };
}
