import { readFileSync } from 'fs';
import { join } from 'path';
import { loadConfig } from '../../src/config';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { contentHash } from '../../src/core/text/normalize';
import type { PostInput } from '../../src/core/types';
import type { StatementMatch } from '../../src/usecases/engines';
import type { ClusterCounters } from '../../src/usecases/posts/pipeline-ports';
import { membershipOf } from '../../src/usecases/posts/post-membership';
import type { RumorDeskPorts } from '../../src/usecases/rumor-desk';

export const STORE_NOW = new Date('2026-11-20T12:00:00Z');

/**
 * The real store of a fresh in-memory desk (its repositories as the use cases see them, through
 * the ports), with the demo department's statements imported: ids 1… are theirs.
 */
export interface PipelineStore {
  handle: OpenDesk;
  ports: RumorDeskPorts;
}

export function pipelineStore(clock: () => Date = () => STORE_NOW): PipelineStore {
  let captured: RumorDeskPorts | null = null;
  const handle = openDesk(loadConfig({ db: ':memory:' }, {}), clock, {
    decorate: (ports) => {
      captured = ports;
      return ports;
    },
  });
  handle.desk.statements.importFile(readFileSync(join(__dirname, '../../data/demo/statements.jsonl'), 'utf8'), 'jsonl', 'test');
  return { handle, ports: captured as unknown as RumorDeskPorts };
}

/** A post as the pipeline receives it; anything not given is empty. */
export function post(text: string, fields: Partial<PostInput> = {}): PostInput {
  return { platform: 'x', externalId: null, author: { handle: null }, text, url: null, postedAt: null, engagement: {}, replyTo: null, quoteOf: null, ...fields };
}

/** Stores a post and returns its id. */
export function storePost(ports: RumorDeskPorts, input: PostInput): number {
  return ports.posts.insertIfNew(input, contentHash(input.text), STORE_NOW.toISOString()).id;
}

/** Stores the posts as one new cluster's members, counters included; returns the cluster's id and its posts' ids. */
export function storeCluster(ports: RumorDeskPorts, posts: readonly PostInput[]): { clusterId: number; postIds: number[] } {
  const now = STORE_NOW.toISOString();
  const postIds = posts.map((p) => storePost(ports, p));
  const clusterId = ports.clusters.create(postIds[0] ?? null, posts[0]?.text ?? '', now);
  return { clusterId, postIds: addMembers(ports, clusterId, posts.map((p, i) => ({ id: postIds[i] as number, post: p }))) };
}

/** Adds stored posts to a cluster, counters included; returns their ids. */
export function addMembers(ports: RumorDeskPorts, clusterId: number, members: readonly { id: number; post: PostInput }[]): number[] {
  const now = STORE_NOW.toISOString();
  const memberships = members.map((m) => ({ clusterId, membership: membershipOf(m.id, m.post, { reason: 'near_duplicate', similarity: 0.9 }) }));
  for (const m of memberships) ports.clusters.addMember(clusterId, m.membership, now);
  ports.clusters.addCounters(memberships, now);
  return members.map((m) => m.id);
}

/** A statement match with every field an engine fills; `fields` decide what a test reads. */
export function statementMatch(fields: Partial<StatementMatch> & Pick<StatementMatch, 'statementId' | 'score'>): StatementMatch {
  return {
    decision: 'strong',
    stance: 'supports',
    stanceConfidence: 0.9,
    stanceSentence: null,
    stanceReasons: ['the statement says so'],
    decisionNotes: [],
    features: {},
    thresholds: { possible: 0.4, strong: 0.7 },
    matchedTerms: [],
    passage: '',
    ...fields,
  };
}

/** What the score ports do not show of a stored score: its reply stance and when it was written. */
export function scoreRow(store: PipelineStore, subjectType: 'post' | 'cluster', subjectId: number): { replyStance: string | null; createdAt: string } | undefined {
  return store.handle.db.prepare('SELECT reply_stance AS replyStance, created_at AS createdAt FROM scores WHERE subject_type = ? AND subject_id = ?').get(subjectType, subjectId) as
    | { replyStance: string | null; createdAt: string }
    | undefined;
}

/** A stored cluster's counters and match; fails the test when there is no such cluster. */
export function clusterNow(store: PipelineStore, clusterId: number): ClusterCounters {
  const cluster = store.ports.clusters.findById(clusterId);
  if (!cluster) throw new Error(`no cluster ${clusterId}`);
  return cluster;
}
