import type { MatchDecision, Stance } from './types';

/**
 * The words people see for a match's strength and a statement's stance: the one place that
 * makes them, so the CLI, the pages and the exports cannot drift apart. A match is shown as the
 * strength of the *match* ("strong match"), never with a credibility word such as "confirmed":
 * an officer reading "confirmed" next to a false rumor would take it for a verdict (issue 16).
 */
export const MATCH_DECISION_WORDS: Readonly<Record<MatchDecision, string>> = {
  strong: 'strong match',
  possible: 'possible match',
  none: 'no match',
};

export const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  supports: 'supports',
  contradicts: 'contradicts',
  not_addressed: 'not addressed',
  unclear: 'unclear — read the statement',
};

/**
 * A match decision in words; an unknown value (an old export, a hand-edited row) is shown as is.
 *
 * @example matchDecisionWords('possible') // 'possible match'
 */
export function matchDecisionWords(decision: string | null | undefined): string {
  if (!decision) return MATCH_DECISION_WORDS.none;
  return Object.prototype.hasOwnProperty.call(MATCH_DECISION_WORDS, decision) ? MATCH_DECISION_WORDS[decision as MatchDecision] : decision;
}

/**
 * A stance in words.
 *
 * @example stanceWords('unclear') // 'unclear — read the statement'
 */
export function stanceWords(stance: string | null | undefined): string {
  if (!stance) return '';
  return Object.prototype.hasOwnProperty.call(STANCE_WORDS, stance) ? STANCE_WORDS[stance as Stance] : stance.replace(/_/g, ' ');
}

/**
 * The note a statement's title carries wherever it is named beside a rumor or its reach: that it
 * was superseded or retracted, so no one reads it as the department's word now. Null otherwise.
 *
 * @example statementStatusNote('superseded') // 'superseded'
 */
export function statementStatusNote(status: string | null | undefined): 'superseded' | 'retracted' | null {
  return status === 'superseded' || status === 'retracted' ? status : null;
}

/**
 * How sure a stance is, in words: the model's calibrated probability, or, when a rule on the
 * statement's own words decided it (a denial of this very rumour, a drill told as real), that, with
 * the model's odds alone beside it. A bare "20%" under CONTRADICTED would read as a weak call.
 *
 * @example stanceSureness(0.2, 'statement_words') // "decided by the statement's own words, not by the model (the model alone: 20%)"
 */
export function stanceSureness(confidence: number, decidedBy?: 'statement_words'): string | null {
  const percent = `${Math.round(confidence * 100)}%`;
  if (decidedBy === 'statement_words') return `decided by the statement's own words, not by the model (the model alone: ${percent})`;
  return confidence > 0 ? `${percent} (calibrated on public claim-vs-evidence data)` : null;
}
