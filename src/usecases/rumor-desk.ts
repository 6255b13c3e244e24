import { RumorDeskError } from '../core/errors';
import type { Clock, MatchDecision, Stance, Statement } from '../core/types';
import { createCheckClaim, type ClusterGlimpse } from './check/check-claim';
import { createClusterUseCases } from './clusters/clusters';
import { createClaimReviewExport } from './drafts/claim-review-export';
import { createDraftUseCases, type DraftSubject } from './drafts/drafts';
import type { AuditStore, ClusterAdminStore, ClustererEngine, ClusterStore, CredibilityEngine, DraftComposer, DraftStore, MatchingEngine, MatchStore, OffloadedMatching, PostLookup, PostStore, PurgedClusterStore, RetentionStore, ScoreStore, Secrets, SettingsStore, StatementStore, ScoreRecord, SummaryStore, SummaryTemplates, Transaction, UserStore } from './ports';
import { createIngest } from './posts/ingest';
import { createPostPipeline } from './posts/pipeline';
import { createPostReport } from './posts/post-report';
import { createSettingsUseCases } from './settings/department-settings';
import { createStatementUseCases } from './statements/statements';
import { createTriage } from './triage/triage';
import { createStatementReach } from './triage/statement-reach';
import { createWeeklySummary, renderSummary, type SummaryFormat, type SummaryInput } from './summary';
import type { Summary } from '../core/summary';
import type { Post } from '../core/types';
import { redactPrivacy } from '../core/privacy';
import { usableTopMatch } from '../core/matching/usable-match';
import { createAuthUseCases } from './auth/auth';
import { createPurge } from './retention/purge';
import { createAuditReader } from './audit/read-audit';

/** Everything the use cases need, implemented by the store and the engines, wired in src/composition. */
export interface RumorDeskPorts {
  statements: StatementStore;
  posts: PostStore & PostLookup & RetentionStore & { findById(id: number): Post | null };
  clusters: ClusterStore & ClusterAdminStore & PurgedClusterStore;
  users: UserStore;
  secrets: Secrets;
  matches: MatchStore & { forSubject(subjectType: 'post' | 'cluster', id: number): { statementId: number; score: number; decision: string; stance: string; stanceReasons: string[]; features: Record<string, number> }[] };
  scores: ScoreStore & { find(subjectType: 'post' | 'cluster', id: number): ScoreRecord | null };
  drafts: DraftStore;
  settings: SettingsStore;
  audit: AuditStore;
  transaction: Transaction;
  clock: Clock;
  matching: MatchingEngine;
  /** Matching workers of the service, when it runs them; `checkAsync` uses them. */
  offloadedMatching?: OffloadedMatching;
  clusterer: ClustererEngine;
  credibility: CredibilityEngine;
  composer: DraftComposer;
  summaryStore: SummaryStore;
  summaryTemplates: SummaryTemplates;
  /** Changes whenever stored data changes; finished summaries are cached against it. */
  dataVersion(): string;
  maxClaimChars: number;
  health(): { schemaVersion: number; statements: number; posts: number; clusters: number };
}

/**
 * The one API that the CLI and the HTTP service drive.
 *
 * @example const desk = createRumorDesk(ports); desk.check('Elm St bridge collapsed');
 */
export function createRumorDesk(ports: RumorDeskPorts) {
  const settings = createSettingsUseCases({ settings: ports.settings, audit: ports.audit, transaction: ports.transaction, clock: ports.clock });
  const pipeline = createPostPipeline({
    clusters: ports.clusters,
    matches: ports.matches,
    scores: ports.scores,
    posts: ports.posts,
    statements: ports.statements,
    matching: ports.matching,
    clusterer: ports.clusterer,
    credibility: ports.credibility,
    clock: ports.clock,
  });
  const statements = createStatementUseCases({
    statements: ports.statements,
    audit: ports.audit,
    transaction: ports.transaction,
    clock: ports.clock,
    index: ports.matching,
    // A cluster's verdict, credibility and triage rest on its statement: once the department
    // retracts, supersedes or edits it, the clusters matched to it are matched again.
    changed: (statementId) => void pipeline.statementChanged(statementId),
  });

  function clusterGlimpse(text: string, urls: string[]): ClusterGlimpse | null {
    const found = ports.clusterer.peek(text, urls);
    if (!found) return null;
    const cluster = ports.clusters.findById(found.clusterId);
    if (!cluster || cluster.status !== 'open') return null;
    return { id: cluster.id, similarity: found.similarity, postCount: cluster.postCount, firstSeen: cluster.firstSeen, postsPerHourPeak: cluster.peakHourPosts };
  }

  const { check, checkAsync } = createCheckClaim({
    matching: ports.matching,
    offloadedMatching: ports.offloadedMatching,
    credibility: ports.credibility,
    clusterFor: clusterGlimpse,
    clock: ports.clock,
    maxClaimChars: ports.maxClaimChars,
  });

  const clusters = createClusterUseCases({
    clusters: ports.clusters,
    posts: ports.posts,
    scores: ports.scores,
    matches: ports.matches,
    statements: ports.statements,
    audit: ports.audit,
    clusterer: ports.clusterer,
    harmCategories: ports.credibility.harmCategories,
    transaction: ports.transaction,
    clock: ports.clock,
    refresh: pipeline.refresh,
  });

  /**
   * What a draft may rest on. A retracted statement was withdrawn and a superseded one replaced:
   * a draft citing either would publish what the department no longer says, so the subject then
   * has no statement, and the draft is a holding message.
   */
  function draftSubject(clusterId: number | null, claimText: string, statementId: number | null, stance: Stance, decision: MatchDecision): DraftSubject {
    const statement: Statement | null = statementId ? ports.statements.findById(statementId) : null;
    if (!statement || statement.status !== 'active') return { clusterId, claimText, statement: null, stance: 'not_addressed', decision: 'none' };
    return { clusterId, claimText, statement, stance, decision };
  }

  function subjectOfCluster(clusterId: number): DraftSubject {
    const cluster = ports.clusters.findById(clusterId);
    if (!cluster) throw new RumorDeskError('NOT_FOUND', `No cluster with id ${clusterId}.`);
    return draftSubject(clusterId, cluster.representativeText, cluster.statementId, cluster.stance ?? 'not_addressed', cluster.matchDecision ?? 'none');
  }

  function subjectOfText(text: string): DraftSubject {
    const result = check(text, { k: 1 });
    const top = usableTopMatch(result.matches);
    return top ? draftSubject(null, result.text, top.statementId, top.stance, top.decision) : draftSubject(null, result.text, null, 'not_addressed', 'none');
  }

  const drafts = createDraftUseCases({
    drafts: ports.drafts,
    composer: ports.composer,
    audit: ports.audit,
    transaction: ports.transaction,
    clock: ports.clock,
    department: () => settings.department(),
    subjectOfCluster,
    subjectOfText,
    statementById: (id) => ports.statements.findById(id),
  });

  const claimReview = createClaimReviewExport({
    findCluster: (id) => ports.clusters.findById(id),
    memberIds: (id, limit) => ports.clusters.memberIds(id, limit),
    findPost: (id) => ports.posts.findById(id),
    findStatement: (id) => ports.statements.findById(id),
    department: () => settings.department(),
    namesIn: (text) => ports.composer.namesIn(text),
    rebuttedClusterIds: () => [...new Set(ports.drafts.list({ limit: 10_000 }).filter((d) => d.clusterId !== null && (d.status === 'approved' || d.status === 'published')).map((d) => d.clusterId as number))],
  });

  const weeklySummary = createWeeklySummary({
    store: ports.summaryStore,
    clock: ports.clock,
    defaultTimezone: () => settings.get('timezone'),
    privacy: () => {
      const department = settings.department();
      return { allowedNames: [], publicHandles: department.publicHandles.concat(department.handle) };
    },
  });
  // Topic extraction makes a summary take seconds; a summary only changes when the data does.
  const summaryCache = new Map<string, { version: string; summary: Summary }>();
  const SUMMARY_CACHE_LIMIT = 32;

  function summary(input: SummaryInput = {}): Summary {
    const key = JSON.stringify([input.week ?? null, input.from ?? null, input.to ?? null, input.timezone ?? settings.get('timezone')]);
    const version = ports.dataVersion();
    const cached = summaryCache.get(key);
    if (cached && cached.version === version && (input.week || input.from)) return cached.summary;
    const built = weeklySummary(input);
    if (summaryCache.size >= SUMMARY_CACHE_LIMIT) summaryCache.delete(summaryCache.keys().next().value as string);
    summaryCache.set(key, { version, summary: built });
    return built;
  }

  return {
    statements,
    settings,
    claimReview,
    summary,
    renderSummary: (built: Summary, format: SummaryFormat) => renderSummary(built, format, ports.summaryTemplates, { department: settings.department().name }),
    check,
    checkAsync,
    clusters,
    drafts,
    triage: createTriage({ clusters: clusters.list }),
    statementReach: createStatementReach({ clusters: clusters.list, statement: (id) => ports.statements.findById(id) }),
    auth: createAuthUseCases({ users: ports.users, secrets: ports.secrets, audit: ports.audit, transaction: ports.transaction, clock: ports.clock }),
    purge: createPurge({
      posts: ports.posts,
      clusters: ports.clusters,
      audit: ports.audit,
      transaction: ports.transaction,
      clock: ports.clock,
      redact: (text) => {
        const department = settings.department();
        return redactPrivacy(text, { allowedNames: [], publicHandles: department.publicHandles.concat(department.handle) }).text;
      },
      defaultDays: () => Number(settings.get('retention.days')),
    }),
    ingestPosts: createIngest({ posts: ports.posts, transaction: ports.transaction, clock: ports.clock, pipeline }),
    postReport: createPostReport({
      clusterOfPost: (id) => ports.clusters.clusterOfPost(id),
      findCluster: (id) => ports.clusters.findById(id),
      findScore: (type, id) => ports.scores.find(type, id),
    }),
    audit: createAuditReader(ports.audit),
    health: () => ({ status: 'ok' as const, ...ports.health() }),
  };
}

export type RumorDesk = ReturnType<typeof createRumorDesk>;
