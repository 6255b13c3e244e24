import type { ConflictWhy } from '../facts';
import type { StanceProbabilities } from './stance-model';

/**
 * Why a verdict was reached, as data: the edge turns these into words (`describeStanceReason`),
 * nothing reads them back from text. Words quoted are as written in the claim or statement.
 */
export type StanceReason =
  | { kind: 'fact_conflict'; why: ConflictWhy; slot: string; claim: string; statement: string; replaced?: boolean }
  | { kind: 'opposite_words'; claim: string; statement: string }
  | { kind: 'number_conflict'; claim: string[]; statement: string[] }
  | { kind: 'negation'; word: string; negatedIn: 'claim' | 'statement' }
  | { kind: 'statement_denies'; words: string[] }
  | { kind: 'statement_hedges'; words: string[] }
  | { kind: 'facts_shared'; facts: Array<{ claim: string; statement: string }> }
  | { kind: 'restates'; shared: number; of: number }
  | { kind: 'fact_not_stated'; slot: string; claim: string }
  | { kind: 'few_shared_words'; shared: number; of: number }
  | { kind: 'said_of_other_place'; claim: string[]; statement: string[] }
  | { kind: 'said_as_possibility'; claim: string; statement: string }
  | { kind: 'denied_participant'; word: string }
  | { kind: 'said_of_part'; claim: string; statement: string }
  | { kind: 'said_replaced'; statement: string }
  | { kind: 'still_after_change'; claim: string; statement: string }
  | { kind: 'drill_told_as_real'; words: string[] }
  | { kind: 'not_confident'; probabilities: StanceProbabilities };

const WHY_WORDS: Record<ConflictWhy, string> = {
  opposite: 'the opposite',
  count: 'a different number',
  scope: 'a different extent',
  negation: 'the opposite',
  place: 'a different place',
  time: 'a different time',
  event: 'a different event',
};

function slotName(slot: string): string {
  const [kind, what] = slot.split(':');
  return what ? `${what.replace(/_/g, ' ')}` : (kind ?? slot);
}

function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/**
 * One reason in words for an officer.
 *
 * @example describeStanceReason({ kind: 'fact_conflict', why: 'opposite', slot: 'status:order', claim: 'extended', statement: 'lifted' })
 * // 'the statement says "lifted"; the claim says "extended" (the opposite)'
 */
export function describeStanceReason(reason: StanceReason): string {
  switch (reason.kind) {
    case 'fact_conflict':
      if (reason.replaced) return `the statement says "${reason.statement}" no longer holds (it was replaced); the claim gives "${reason.claim}" (on ${slotName(reason.slot)})`;
      return `the statement says "${reason.statement}"; the claim says "${reason.claim}" (${WHY_WORDS[reason.why]}, on ${slotName(reason.slot)})`;
    case 'opposite_words':
      return `the statement says "${reason.statement}"; the claim says "${reason.claim}"`;
    case 'number_conflict':
      return `the statement gives ${reason.statement.join(', ')}; the claim says ${reason.claim.join(', ')}`;
    case 'negation':
      return reason.negatedIn === 'statement'
        ? `the statement says "${reason.word}" did not happen or is not so; the claim says it did`
        : `the claim says "${reason.word}" did not happen or is not so; the statement says it did`;
    case 'statement_denies':
      return `the statement calls it ${reason.words.map((w) => `"${w}"`).join(', ')}`;
    case 'statement_hedges':
      return `the statement only reports it (${reason.words.map((w) => `"${w}"`).join(', ')}), it does not confirm it`;
    case 'facts_shared':
      return `the statement says the same key facts: ${reason.facts.map((f) => `"${f.statement}"`).join(', ')}`;
    case 'restates':
      return `the statement says ${reason.shared} of the claim's ${reason.of} content words, with no differing fact`;
    case 'fact_not_stated':
      return `the statement does not say "${reason.claim}" (${slotName(reason.slot)})`;
    case 'said_of_other_place':
      return `the statement says it of ${reason.statement.map((w) => `"${w}"`).join(', ')}; the claim says it of ${reason.claim.map((w) => `"${w}"`).join(', ')}: read the statement`;
    case 'said_as_possibility':
      return `the statement says "${reason.claim}" only as what may happen ("${reason.statement}"): read the statement`;
    case 'drill_told_as_real':
      return `the statement announces it as a drill (${reason.words.map((w) => `"${w}"`).join(', ')}); the claim tells it as a real emergency`;
    case 'denied_participant':
      return `the statement says there was no "${reason.word}"; the claim says there was: read the statement`;
    case 'said_of_part':
      return `the statement says "${reason.claim}" of only some ("${reason.statement}" of the rest); the claim says it of all: read the statement`;
    case 'said_replaced':
      return `the statement says "${reason.statement}" no longer holds there (it was changed); the claim says it still does: read the statement`;
    case 'still_after_change':
      return `the statement's latest word is "${reason.statement}"; the claim says it is still "${reason.claim}"`;
    case 'few_shared_words':
      return `the statement shares only ${reason.shared} of the claim's ${reason.of} content words`;
    case 'not_confident':
      return `not sure enough to say (supports ${percent(reason.probabilities.supports)}, contradicts ${percent(reason.probabilities.contradicts)}, not addressed ${percent(reason.probabilities.not_addressed)}): read the statement`;
  }
}
