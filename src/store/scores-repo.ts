import type Database from 'better-sqlite3';
import { CompiledSql } from './compiled-sql';
import type { Db } from './database';

type Statement = Database.Statement;

export interface StoredFactor {
  key: string;
  group: string;
  contribution: number;
  sentence: string;
}

export interface StoredScore {
  score: number;
  label: string;
  confidence: number;
  factors: StoredFactor[];
  modelVersion: string;
  priority: number | null;
  action: string | null;
  actionReason: string | null;
  harmCategory: string | null;
  replyStance: string | null;
  createdAt: string;
}

/** The latest credibility score (and, for clusters, triage) of each post and cluster. */
export class ScoresRepo {
  constructor(private readonly db: Db) {}

  private compiled: CompiledSql | null = null;

  private sql(text: string): Statement {
    return (this.compiled ??= new CompiledSql(this.db)).get(text);
  }

  upsert(
    subjectType: 'post' | 'cluster',
    subjectId: number,
    credibility: { score: number; label: string; confidence: number; factors: StoredFactor[]; modelVersion: string },
    triage: { priority: number; action: string; reason: string; harmCategory: string | null } | null,
    replyStance: string | null,
    now: string,
  ): void {
    this.sql(
        `INSERT INTO scores (subject_type, subject_id, score, label, confidence, factors, model_version, priority, action, action_reason, harm_category, reply_stance, created_at)
         VALUES (@subjectType, @subjectId, @score, @label, @confidence, @factors, @modelVersion, @priority, @action, @reason, @harm, @replyStance, @now)
         ON CONFLICT(subject_type, subject_id) DO UPDATE SET score = excluded.score, label = excluded.label,
           confidence = excluded.confidence, factors = excluded.factors, model_version = excluded.model_version,
           priority = excluded.priority, action = excluded.action, action_reason = excluded.action_reason,
           harm_category = excluded.harm_category, reply_stance = COALESCE(excluded.reply_stance, scores.reply_stance),
           created_at = excluded.created_at`,
      )
      .run({
        subjectType,
        subjectId,
        score: Math.round(credibility.score),
        label: credibility.label,
        confidence: credibility.confidence,
        factors: JSON.stringify(credibility.factors),
        modelVersion: credibility.modelVersion,
        priority: triage?.priority ?? null,
        action: triage?.action ?? null,
        reason: triage?.reason ?? null,
        harm: triage?.harmCategory ?? null,
        replyStance,
        now,
      });
  }

  find(subjectType: 'post' | 'cluster', subjectId: number): StoredScore | null {
    const r = this.sql('SELECT * FROM scores WHERE subject_type = ? AND subject_id = ?').get(subjectType, subjectId) as
      | {
          score: number;
          label: string;
          confidence: number;
          factors: string;
          model_version: string;
          priority: number | null;
          action: string | null;
          action_reason: string | null;
          harm_category: string | null;
          reply_stance: string | null;
          created_at: string;
        }
      | undefined;
    if (!r) return null;
    return {
      score: r.score,
      label: r.label,
      confidence: r.confidence,
      factors: JSON.parse(r.factors) as StoredFactor[],
      modelVersion: r.model_version,
      priority: r.priority,
      action: r.action,
      actionReason: r.action_reason,
      harmCategory: r.harm_category,
      replyStance: r.reply_stance,
      createdAt: r.created_at,
    };
  }
}
