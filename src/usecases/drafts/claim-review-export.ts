import { buildClaimReview, validateClaimReview, type JsonLd } from '../../core/drafts';
import { RumorDeskError } from '../../core/errors';
import type { Post, Statement } from '../../core/types';
import type { ClusterRecord } from '../ports';

export interface ClaimReviewDeps {
  findCluster(id: number): ClusterRecord | null;
  memberIds(clusterId: number, limit: number): { postId: number }[];
  findPost(id: number): Post | null;
  findStatement(id: number): Statement | null;
  department(): { name: string; url: string; publicHandles: string[]; handle: string };
  namesIn(text: string): string[];
  rebuttedClusterIds(): number[];
}

/** The 1–5 scale the department publishes: only what a statement settles gets a rating. */
const RATINGS = {
  contradicts: { alternateName: 'False', ratingValue: 1 },
  supports: { alternateName: 'True', ratingValue: 5 },
} as const;

const MAX_APPEARANCES = 10;

/** schema.org ClaimReview for a rebutted cluster, for search engines and fact-check aggregators. */
export function createClaimReviewExport(deps: ClaimReviewDeps) {
  function forCluster(clusterId: number): JsonLd {
    const cluster = deps.findCluster(clusterId);
    if (!cluster) throw new RumorDeskError('NOT_FOUND', `No cluster with id ${clusterId}.`);
    const statement = cluster.statementId ? deps.findStatement(cluster.statementId) : null;
    // Only what a statement settles is reviewed: not 'not_addressed', and not 'unclear' either.
    if (!statement || (cluster.stance !== 'contradicts' && cluster.stance !== 'supports') || cluster.matchDecision === 'none') {
      throw new RumorDeskError('INVALID_STATE', `Cluster ${clusterId} is not settled by a statement; there is nothing to review yet.`);
    }
    if (statement.status === 'retracted') throw new RumorDeskError('INVALID_STATE', `The statement behind cluster ${clusterId} was retracted.`);
    if (!statement.url) throw new RumorDeskError('INVALID_STATE', `Statement ${statement.id} has no public URL to cite.`);
    const posts = deps
      .memberIds(clusterId, 200)
      .map((m) => deps.findPost(m.postId))
      .filter((p): p is Post => p !== null && !!p.url);
    const department = deps.department();
    const rating = RATINGS[cluster.stance];
    const review = buildClaimReview({
      claimText: cluster.representativeText,
      rating: { ...rating, bestRating: 5, worstRating: 1 },
      appearances: posts.slice(0, MAX_APPEARANCES).map((p) => p.url as string),
      firstAppearance: posts[0]?.url ?? undefined,
      claimDate: cluster.firstSeen ? cluster.firstSeen.slice(0, 10) : undefined,
      department: { name: department.name, url: department.url },
      statementUrl: statement.url,
      datePublished: statement.publishedAt.slice(0, 10),
      publicHandles: department.publicHandles.concat(department.handle),
      allowedNames: deps.namesIn(`${statement.title}\n${statement.body}`),
    });
    const problems = validateClaimReview(review);
    if (problems.length) throw new RumorDeskError('INVALID_STATE', `ClaimReview for cluster ${clusterId} is incomplete: ${problems.join('; ')}`, { problems });
    return review;
  }

  return {
    forCluster,
    /** Every cluster the department has answered (an approved or published draft) that a statement settles. */
    all(): JsonLd[] {
      const out: JsonLd[] = [];
      for (const id of deps.rebuttedClusterIds()) {
        try {
          out.push(forCluster(id));
        } catch (err) {
          if (!(err instanceof RumorDeskError) || err.code !== 'INVALID_STATE') throw err;
        }
      }
      return out;
    },
  };
}
