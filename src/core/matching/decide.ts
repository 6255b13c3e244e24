import type { MatchDecision, StatementStatus } from '../types';

/** A claim shorter than this is never a strong match automatically: too little to be sure of. */
export const MIN_WORDS_FOR_STRONG = 8;

export interface DecisionInput {
  score: number;
  thresholds: { possible: number; strong: number };
  wordCount: number;
  status: StatementStatus;
  linkedByUrl: boolean;
}

/**
 * The decision for one match and the guard notes that changed it.
 *
 * @example decide({ score: 0.95, thresholds: { possible: 0.3, strong: 0.8 }, wordCount: 4, status: 'active', linkedByUrl: false }).decision // 'possible'
 */
export function decide(input: DecisionInput): { decision: MatchDecision; notes: string[] } {
  const { score, thresholds } = input;
  let decision: MatchDecision = score >= thresholds.strong ? 'strong' : score >= thresholds.possible ? 'possible' : 'none';
  const notes: string[] = [];
  if (decision === 'strong' && input.wordCount < MIN_WORDS_FOR_STRONG && !(input.wordCount === 0 && input.linkedByUrl)) {
    decision = 'possible';
    notes.push(`the claim has only ${input.wordCount} words; a person must check this match`);
  }
  if (input.status === 'retracted') {
    if (decision === 'strong') decision = 'possible';
    notes.push('this statement was retracted; it cannot confirm or refute anything');
  }
  if (input.status === 'superseded') notes.push('a newer statement supersedes this one');
  return { decision, notes };
}
