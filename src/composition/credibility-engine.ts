import { z } from 'zod';
import { classifyReplyStance, scoreClaim, scoreCluster, triagePriority, type CredibilityModel, type ReplyStanceModel, type ScoringLexicons } from '../core/scoring';
import { RumorDeskError } from '../core/errors';
import type { ClaimSignals, ClusterSignals, CredibilityEngine, ScoringQueuePort } from '../usecases/ports';
import { ScoringQueue } from './claim-scoring-queue';
import { readDataJson } from './model-files';

/** Chunks smaller than this are scored in-thread: a worker's start-up would not pay off. */
const QUEUE_MIN_POSTS = 1000;

// Shape checks only: the files are ours, but a hand edit must fail at start, not mid-batch.
const credibilityModelSchema = z.object({ version: z.string(), classes: z.array(z.string()), pointsPerLogit: z.number(), bias: z.array(z.number()), weights: z.record(z.string(), z.array(z.number())), priors: z.record(z.string(), z.number()) }).loose();
const replyModelSchema = z.object({ version: z.string(), classes: z.array(z.string()), bias: z.array(z.number()), weights: z.record(z.string(), z.array(z.number())), cues: z.record(z.string(), z.unknown()) }).loose();
const contentSchema = z.object({ sensational: z.array(z.string()), urgency: z.array(z.string()), hedges: z.array(z.string()) }).loose();
const domainsSchema = z.object({ lowCredibility: z.array(z.string()), trusted: z.array(z.string()) }).loose();
const harmSchema = z.object({ categories: z.array(z.object({ key: z.string(), label: z.string(), weight: z.number().min(0).max(1), phrases: z.array(z.string()) })) }).loose();

function checked(schema: z.ZodType, file: string): unknown {
  const data = readDataJson(file);
  const result = schema.safeParse(data);
  if (!result.success) throw new RumorDeskError('CONFIG_INVALID', `data/${file} has an unexpected shape: ${result.error.issues[0]?.path.join('.')} ${result.error.issues[0]?.message}`);
  return data;
}

/**
 * The fitted credibility and reply-stance models with the department's lexicons, as the use
 * cases' port; large batch chunks may be scored on a worker thread (see ScoringQueuePort).
 */
export function createCredibilityEngine(): CredibilityEngine & Required<ScoringQueuePort> {
  const engine = createInThreadCredibilityEngine();
  const queue = new ScoringQueue(engine);
  return {
    ...engine,
    beginScoring: (posts: number) => posts >= QUEUE_MIN_POSTS && queue.available(),
    submitClaim: (signals: ClaimSignals, now: Date) => queue.submit({ kind: 'claim', signals, now }),
    submitCluster: (signals: ClusterSignals, now: Date) => queue.submit({ kind: 'cluster', signals, now }),
    drainScores: () => queue.drain(),
  };
}

/** The engine on the calling thread only (the worker builds this one). */
export function createInThreadCredibilityEngine(): CredibilityEngine {
  const model = checked(credibilityModelSchema, 'models/credibility.json') as CredibilityModel;
  const replyModel = checked(replyModelSchema, 'models/reply-stance.json') as ReplyStanceModel;
  const domains = checked(domainsSchema, 'lexicons/domains.json') as ScoringLexicons['domains'];
  const lexicons: ScoringLexicons = {
    content: checked(contentSchema, 'lexicons/content-cues.json') as ScoringLexicons['content'],
    domains: { lowCredibility: domains.lowCredibility, trusted: domains.trusted },
    harm: { categories: (checked(harmSchema, 'lexicons/harm.json') as ScoringLexicons['harm']).categories },
  };
  return {
    modelVersion: model.version,
    harmCategories: lexicons.harm.categories.map((c) => c.key),
    scoreClaim: (signals, now) => scoreClaim({ ...signals, links: signals.urls }, model, lexicons, now),
    scoreCluster: (signals, now) =>
      scoreCluster({ representative: { ...signals.representative, links: signals.representative.urls }, crowd: signals.crowd, spread: signals.spread }, model, lexicons, now),
    triage: (signals, credibility) => {
      const result = triagePriority(
        {
          credibility,
          texts: [signals.representative.text, ...signals.sampleTexts],
          postCount: signals.spread.postCount,
          uniqueAuthors: signals.spread.uniqueAuthors,
          totalEngagement: signals.spread.totalEngagement,
          postsLastHour: signals.spread.postsLastHour,
          postsPrevHours: signals.spread.postsPrevHours,
          evidence: signals.representative.evidence ? { decision: signals.representative.evidence.decision, stance: signals.representative.evidence.stance } : null,
        },
        lexicons,
      );
      return { priority: result.priority, harmCategory: result.harm.category, harmTerms: result.harm.terms, action: result.action, reason: result.reason };
    },
    replyStance: (text, sourceText, directReply) => classifyReplyStance(text, replyModel, { sourceText: sourceText ?? undefined, directReply: directReply ?? true }).label,
  };
}
