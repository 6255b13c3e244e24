import type { MatchDecision, StatementStatus } from '../types';

/** A claim shorter than this is never confirmed automatically: too little to be sure of. */
export const MIN_WORDS_TO_CONFIRM = 8;

export interface DecisionInput {
  score: number;
  thresholds: { suggested: number; confirmed: number };
  wordCount: number;
  status: StatementStatus;
  linkedByUrl: boolean;
}

/**
 * The decision for one match and the guard notes that changed it.
 *
 * @example decide({ score: 0.95, thresholds: { suggested: 0.3, confirmed: 0.8 }, wordCount: 4, status: 'active', linkedByUrl: false }).decision // 'suggested'
 */
export function decide(input: DecisionInput): { decision: MatchDecision; notes: string[] } {
  const { score, thresholds } = input;
  let decision: MatchDecision = score >= thresholds.confirmed ? 'confirmed' : score >= thresholds.suggested ? 'suggested' : 'none';
  const notes: string[] = [];
  if (decision === 'confirmed' && input.wordCount < MIN_WORDS_TO_CONFIRM && !(input.wordCount === 0 && input.linkedByUrl)) {
    decision = 'suggested';
    notes.push(`the claim has only ${input.wordCount} words; a person must confirm this match`);
  }
  if (input.status === 'retracted') {
    if (decision === 'confirmed') decision = 'suggested';
    notes.push('this statement was retracted; it cannot confirm or refute anything');
  }
  if (input.status === 'superseded') notes.push('a newer statement supersedes this one');
  return { decision, notes };
}
