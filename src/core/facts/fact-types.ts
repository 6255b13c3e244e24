/** What a key fact is about; `compareFacts` only ever compares facts of one kind and slot. `event` (the kind of incident: fire, crash, shooting …) extends the list the issue gives. */
export type FactKind = 'status' | 'outcome' | 'count' | 'quantity' | 'scope' | 'place' | 'time' | 'polarity' | 'event';

/**
 * One key fact of a text, e.g. "the Eastgate boil advisory was lifted" →
 * `{kind: 'status', slot: 'status:order', value: 'lifted', surface: 'lifted', negated: false, sentence: 0}`.
 *
 * Negation is folded into `value` where the slot has a natural opposite ("not closed" → value
 * `open`, "never found" → `missing`, "no one was hurt" → `unharmed`, "no injuries" → count `0`);
 * `negated` then stays true so a reason can quote the words. Where there is no single opposite
 * ("not under a warning"), `value` keeps the word and only `negated` records the negation.
 */
export interface KeyFact {
  kind: FactKind;
  /** Comparable across texts: 'status:closure', 'outcome:person', 'count:dead', 'quantity:acres', 'scope', 'place:street', 'time:day', 'polarity:denial' … */
  slot: string;
  /** Normalised value: 'closed' | 'open', 'lifted' | 'in_effect', 'dead', '12', 'only' | 'all', 'elm st', 'monday' … */
  value: string;
  /** The words in the text, for reasons shown to an officer. */
  surface: string;
  negated: boolean;
  /** Index into `splitSentences(text)`. */
  sentence: number;
  /** Counts and quantities: the range the words allow ("dozens" → [24, 99], "at least 3" → [3, ∞]). */
  range?: readonly [number, number];
  /** The negation was folded into `value` ("not closed" → `open`). */
  folded?: boolean;
  /** Scope: the stem of the thing scoped ("only the northbound lanes" → 'lane'). */
  object?: string;
  /** Named as what no longer holds: "Mercer Street instead of Lantern Avenue" → Lantern Avenue. */
  replaced?: boolean;
}

export interface FactPair {
  claim: KeyFact;
  statement: KeyFact;
}

/** `event`: both texts name incidents and none in common (a fire against a crash). */
export type ConflictWhy = 'opposite' | 'count' | 'scope' | 'negation' | 'place' | 'time' | 'event';

export interface FactComparison {
  /** Same slot, same value (after negation). */
  shared: FactPair[];
  conflicts: Array<FactPair & { why: ConflictWhy }>;
  /** Claim facts whose slot the statement never mentions. */
  claimOnly: KeyFact[];
}
