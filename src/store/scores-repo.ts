import type Database from 'better-sqlite3';
import type { CredibilityFactor, CredibilityResult, ScoreRecord } from '../core/scoring';
import type { CredibilityLabel } from '../core/types';
import { CompiledSql } from './compiled-sql';
import type { Db } from './database';

type Statement = Database.Statement;

/** A factor as stored: the core's record (its refs to replies included), kept as JSON. */
export type StoredFactor = CredibilityFactor;

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
    credibility: CredibilityResult,
    triage: { priority: number; action: string; reason: string; harmCategory: string | null } | null,
    replyStance: string | null,
    now: string,
  ): void {
    this.sql(
        `INSERT INTO scores (subject_type, subject_id, score, label, confidence, factors, model_version, how_sure, priority, action, action_reason, harm_category, reply_stance, created_at)
         VALUES (@subjectType, @subjectId, @score, @label, @confidence, @factors, @modelVersion, @howSure, @priority, @action, @reason, @harm, @replyStance, @now)
         ON CONFLICT(subject_type, subject_id) DO UPDATE SET score = excluded.score, label = excluded.label,
           confidence = excluded.confidence, factors = excluded.factors, model_version = excluded.model_version, how_sure = excluded.how_sure,
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
        howSure: credibility.howSure ?? null,
        priority: triage?.priority ?? null,
        action: triage?.action ?? null,
        reason: triage?.reason ?? null,
        harm: triage?.harmCategory ?? null,
        replyStance,
        now,
      });
  }

  find(subjectType: 'post' | 'cluster', subjectId: number): ScoreRecord | null {
    const r = this.sql('SELECT * FROM scores WHERE subject_type = ? AND subject_id = ?').get(subjectType, subjectId) as
      | {
          score: number;
          label: string;
          confidence: number;
          factors: string;
          model_version: string;
          how_sure: string | null;
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
      label: r.label as CredibilityLabel,
      confidence: r.confidence,
      factors: JSON.parse(r.factors) as StoredFactor[],
      modelVersion: r.model_version,
      // Scores stored before how-sure existed (or by an uncalibrated model) have none: absent, as in a fresh result.
      ...(r.how_sure !== null ? { howSure: r.how_sure } : {}),
      priority: r.priority,
      action: r.action,
      actionReason: r.action_reason,
      harmCategory: r.harm_category,
      replyStance: r.reply_stance,
      createdAt: r.created_at,
    };
  }
}
