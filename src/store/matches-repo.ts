import type Database from 'better-sqlite3';
import type { MatchDecision, Stance } from '../core/types';
import { CompiledSql } from './compiled-sql';
import type { Db } from './database';

type Statement = Database.Statement;

export interface StoredMatch {
  statementId: number;
  score: number;
  decision: MatchDecision;
  stance: Stance;
  stanceReasons: string[];
  /** Calibrated probability of the stance; null for matches stored before it was kept. */
  stanceConfidence: number | null;
  stanceSentence: string | null;
  features: Record<string, number>;
  thresholds: { possible: number; strong: number };
}

/** Matches of a post or cluster against statements, with the features and thresholds that made them. */
export class MatchesRepo {
  constructor(private readonly db: Db) {}

  private compiled: CompiledSql | null = null;

  private sql(text: string): Statement {
    return (this.compiled ??= new CompiledSql(this.db)).get(text);
  }

  /**
   * Stores a subject's matches in place of its old ones. A result identical to the stored one
   * (same statements in the same order, scores, stances, reasons, features, thresholds and model)
   * leaves the rows as they are, with the time they were first stored: most of a growing
   * cluster's milestone re-matches find what they found before (654 of the 1,001 clusters matched
   * in a 5,000-row chunk at 905,000 posts), and deleting and re-inserting them dirtied a page of
   * this table per cluster for nothing (issue 17). Returns whether anything was written.
   */
  replace(subjectType: 'post' | 'cluster', subjectId: number, matches: StoredMatch[], modelVersion: string, now: string): boolean {
    const rows = matches.map((m, i) => [m.statementId, i + 1, m.score, m.decision, m.stance, JSON.stringify(m.stanceReasons), m.stanceConfidence, m.stanceSentence, JSON.stringify(m.features), JSON.stringify(m.thresholds), modelVersion]);
    const stored = this.sql(
      `SELECT statement_id, rank, score, decision, stance, stance_reasons, stance_confidence, stance_sentence, features, thresholds, model_version
       FROM matches WHERE subject_type = ? AND subject_id = ? ORDER BY rank`,
    )
      .raw(true)
      .all(subjectType, subjectId) as unknown[][];
    if (stored.length === rows.length && rows.every((row, i) => row.every((value, j) => value === (stored[i] as unknown[])[j]))) return false;
    this.sql('DELETE FROM matches WHERE subject_type = ? AND subject_id = ?').run(subjectType, subjectId);
    const insert = this.sql(
      `INSERT INTO matches (subject_type, subject_id, statement_id, rank, score, decision, stance, stance_reasons, stance_confidence, stance_sentence, features, thresholds, model_version, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const row of rows) insert.run(subjectType, subjectId, ...row, now);
    return true;
  }

  forSubject(subjectType: 'post' | 'cluster', subjectId: number): (StoredMatch & { rank: number; modelVersion: string | null; createdAt: string })[] {
    const rows = this.sql('SELECT * FROM matches WHERE subject_type = ? AND subject_id = ? ORDER BY rank')
      .all(subjectType, subjectId) as {
      statement_id: number;
      rank: number;
      score: number;
      decision: StoredMatch['decision'];
      stance: StoredMatch['stance'];
      stance_reasons: string;
      stance_confidence: number | null;
      stance_sentence: string | null;
      features: string;
      thresholds: string;
      model_version: string | null;
      created_at: string;
    }[];
    return rows.map((r) => ({
      statementId: r.statement_id,
      rank: r.rank,
      score: r.score,
      decision: r.decision,
      stance: r.stance,
      stanceReasons: JSON.parse(r.stance_reasons) as string[],
      stanceConfidence: r.stance_confidence,
      stanceSentence: r.stance_sentence,
      features: JSON.parse(r.features) as Record<string, number>,
      thresholds: JSON.parse(r.thresholds) as StoredMatch['thresholds'],
      modelVersion: r.model_version,
      createdAt: r.created_at,
    }));
  }
}
