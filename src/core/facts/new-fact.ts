import type { FactKind, KeyFact } from './fact-types';

/** What a fact has besides its six fixed fields. */
export interface FactExtras {
  range?: readonly [number, number];
  object?: string;
  folded?: boolean;
}

/**
 * A key fact with every field present, in one order, so all facts share one object shape: the
 * comparison and the clusterer read facts of every kind in one loop, and facts built in five
 * shapes made V8 drop their optimised code and compile it again several times per run. The
 * fields left out are `undefined`, which JSON and every reader treat as absent.
 *
 * @example newFact('count', 'count:dead', '4', '4 dead', false, 0, { range: [4, 4] }).range // [4, 4]
 */
export function newFact(kind: FactKind, slot: string, value: string, surface: string, negated: boolean, sentence: number, extras?: FactExtras): KeyFact {
  return {
    kind,
    slot,
    value,
    surface,
    negated,
    sentence,
    range: extras?.range,
    object: extras?.object,
    folded: extras?.folded,
    replaced: undefined,
  };
}
