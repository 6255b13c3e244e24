import type { MatchDecision } from '../types';

/** Anything that carries a match decision: engine results, stored matches, check results. */
type Decided = { decision: MatchDecision };

/**
 * Whether a match may be cited: a `none` decision means no statement is close enough.
 *
 * @example isUsableMatch({decision: 'possible'}) // true
 */
export function isUsableMatch(match: Decided): boolean {
  return match.decision !== 'none';
}

/**
 * The match a result rests on: the first (best-ranked) one, unless its decision is `none`.
 * A weaker match further down never stands in for it, so the answer is null then.
 *
 * @example usableTopMatch([{decision: 'none'}, {decision: 'strong'}]) // null
 */
export function usableTopMatch<T extends Decided>(matches: readonly T[]): T | null {
  const top = matches[0];
  return top && isUsableMatch(top) ? top : null;
}

/**
 * The matches that may be cited, in rank order.
 *
 * @example usableMatches([{decision: 'strong'}, {decision: 'none'}]).length // 1
 */
export function usableMatches<T extends Decided>(matches: readonly T[]): T[] {
  return matches.filter(isUsableMatch);
}
