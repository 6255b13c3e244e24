/**
 * Ingestion keeps cluster counters incrementally (addCounters, once per chunk); officer actions
 * rebuild them (recompute). After any sequence of chunks, merges, moves and splits through the
 * use cases, the stored counters must equal both a rebuild by the store and a count worked out
 * here from the rows alone (tests/helpers/cluster-counters.ts).
 */
import fc from 'fast-check';
import { createClustersRepo } from '../../../src/store/clusters';
import { expectedCounters, storedCounters } from '../../helpers/cluster-counters';
import { memoryDesk } from '../../helpers/desk';
import type { OpenDesk } from '../../../src/composition/open-desk';

const SEED = Number(process.env.CLUSTER_PROPERTY_SEED ?? 20261206);
/** Each run opens a desk (most of its time), so the runs are few and their histories long. */
const RUNS = Number(process.env.CLUSTER_PROPERTY_RUNS ?? 16);
/**
 * Shrinking opens a desk per attempt and can take minutes, so a failure reports the first
 * counterexample unless asked (CLUSTER_PROPERTY_SHRINK=1, with the seed and path it prints).
 */
const SHRINK = process.env.CLUSTER_PROPERTY_SHRINK === '1';

const RUMORS = [
  'The Elm Street bridge just collapsed into the river',
  'Do not drink the tap water, it has E coli',
  'Police announced an 8pm curfew tonight',
  'Shelter on Harmon Avenue turned away families with pets',
];
/** Suffixes that keep a rumor recognisable: an exact copy, near-duplicates, or a new wording. */
const VARIANTS = ['', '', ' !!!', ' please share', ' #ridgeport', ' — my cousin saw it'];
const PLATFORMS = ['x', 'facebook', 'nextdoor', 'reddit'];
const AUTHORS = ['ann', 'bo', 'cy', 'dee', 'eve'];
/** Account ages at posting time, in days: some under the 30-day new-account line, none on it. */
const ACCOUNT_AGES = [1, 12, 29.5, 31, 400];
/**
 * Reply texts. A correction is a denial that links somewhere; none of these mentions "http"
 * without a link, where the SQL and JavaScript rules for a correction are known to differ.
 */
const REPLIES = [
  'This is false, see https://ridgeport.gov/news/update',
  'Not true. The city already said so.',
  'Is this real? Anyone confirm?',
  'Yes I saw it too, it is happening',
  'Wow',
];

const postSpec = fc.record({
  rumor: fc.nat(RUMORS.length - 1),
  variant: fc.nat(VARIANTS.length - 1),
  platform: fc.nat(PLATFORMS.length - 1),
  author: fc.option(fc.nat(AUTHORS.length - 1), { freq: 4 }),
  accountAge: fc.option(fc.nat(ACCOUNT_AGES.length - 1), { freq: 2 }),
  minute: fc.option(fc.nat(6 * 60), { freq: 6 }),
  engagement: fc.option(fc.record({ reposts: fc.option(fc.nat(50)), likes: fc.option(fc.nat(500)), replies: fc.option(fc.nat(20)) }), { freq: 4 }),
  /** Reposts or answers an earlier post (picked modulo the posts so far). */
  link: fc.option(fc.record({ kind: fc.constantFrom('repost', 'reply'), target: fc.nat(), reply: fc.nat(REPLIES.length - 1) }), { freq: 3 }),
});

const operation = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('ingest' as const), posts: fc.array(postSpec, { minLength: 1, maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merge' as const), from: fc.nat(), into: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), post: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('split' as const), post: fc.nat() }) },
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;
type Stored = { id: string; platform: string };

const START = Date.parse('2026-11-19T20:00:00Z');

/** Applies one operation through the desk's use cases; officer actions pick among what exists. */
function apply(handle: OpenDesk, op: Operation, stored: Stored[]): void {
  const { desk, db } = handle;
  const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
  const openClusters = () => (db.prepare("SELECT id FROM clusters WHERE status = 'open' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  const clusteredPosts = () => (db.prepare('SELECT post_id AS id, cluster_id AS clusterId FROM post_clusters ORDER BY post_id').all() as { id: number; clusterId: number }[]);
  switch (op.kind) {
    case 'ingest': {
      const rows = op.posts.map((p) => {
        const target = p.link ? pick(stored, p.link.target) : undefined;
        const platform = target ? target.platform : (PLATFORMS[p.platform] as string);
        const id = `p${stored.length}`;
        stored.push({ id, platform });
        const postedAt = p.minute === null ? null : START + p.minute * 60_000;
        const age = p.accountAge === null ? null : (ACCOUNT_AGES[p.accountAge] as number);
        return {
          platform,
          id,
          author: p.author === null ? null : { handle: AUTHORS[p.author], created_at: age === null || postedAt === null ? null : new Date(postedAt - age * 86_400_000).toISOString() },
          text: target && p.link?.kind === 'reply' ? REPLIES[p.link.reply] : `${RUMORS[p.rumor]}${VARIANTS[p.variant]}`,
          posted_at: postedAt === null ? null : new Date(postedAt).toISOString(),
          engagement: p.engagement,
          repost_of: target && p.link?.kind === 'repost' ? target.id : null,
          reply_to: target && p.link?.kind === 'reply' ? target.id : null,
        };
      });
      const summary = desk.ingestPosts(rows);
      expect(summary.rejected).toBe(0);
      return;
    }
    case 'merge': {
      const open = openClusters();
      const from = pick(open, op.from);
      const into = pick(open, op.into);
      if (from !== undefined && into !== undefined && from !== into) desk.clusters.merge(from, into, 'officer');
      return;
    }
    case 'move': {
      const post = pick(clusteredPosts(), op.post);
      const to = pick(openClusters(), op.to);
      if (post && to !== undefined && post.clusterId !== to) desk.clusters.movePost(post.id, to, 'officer');
      return;
    }
    case 'split': {
      const posts = clusteredPosts();
      const post = pick(posts, op.post);
      // A cluster's only post is not split (refused: it would leave an empty cluster open).
      if (post && posts.filter((p) => p.clusterId === post.clusterId).length > 1) desk.clusters.splitPost(post.id, 'officer');
      return;
    }
  }
}

describe('cluster counters', () => {
  it('kept incrementally, equal a full recount after any adds, merges, moves and splits', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 4, maxLength: 20, size: 'medium' }), (operations) => {
        const handle = memoryDesk();
        try {
          const stored: Stored[] = [];
          for (const op of operations) apply(handle, op, stored);
          const expected = expectedCounters(handle.db);
          expect(storedCounters(handle.db)).toEqual(expected);
          // The store's own rebuild of every cluster agrees with what it kept.
          const repo = createClustersRepo(handle.db);
          for (const id of expected.keys()) repo.recompute(id, 30, '2026-11-20T12:00:00.000Z');
          expect(storedCounters(handle.db)).toEqual(expected);
        } finally {
          handle.close();
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: !SHRINK },
    );
  }, 180_000);
});
