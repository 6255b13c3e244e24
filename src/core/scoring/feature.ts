import type { FactorGroup, FactorRef } from './types';

/**
 * One measured signal before weighting: `value` is what the model multiplies by its weight,
 * `sentence` states the observation in plain words (the contribution's sign is added later).
 */
export interface FeatureValue {
  key: string;
  group: FactorGroup;
  value: number;
  sentence: string;
  /** List the factor even at zero points: an officer should see it (e.g. a days-old account). */
  notable?: boolean;
  /** The posts or replies the sentence counts, passed on to the factor. */
  refs?: FactorRef[];
}

/** Clamp to [lo, hi]; NaN and infinities (from bad metadata) become `fallback`. */
export function clamp(x: number, lo: number, hi: number, fallback = 0): number {
  if (!Number.isFinite(x)) return fallback;
  return Math.min(hi, Math.max(lo, x));
}

/** A count-like field from the outside world: null, negative or non-finite values are "unknown". */
export function knownCount(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : null;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function quoteList(items: string[], max = 3): string {
  return items.slice(0, max).map((s) => `"${s}"`).join(', ');
}

/** Items named in a factor's sentence; the factor's refs carry a few more for the page to link. */
export const NAMED_IN_SENTENCE = 3;

/**
 * " (replies #4, #9, #12 and 11 more)": the first few desk ids, so an officer can open them.
 *
 * @example namedIds(['4', '9', '12', '20'], 14, 'reply', 'replies') // ' (replies #4, #9, #12 and 11 more)'
 */
export function namedIds(ids: readonly string[], count: number, one: string, many = `${one}s`): string {
  if (ids.length === 0) return '';
  const named = ids.slice(0, NAMED_IN_SENTENCE).map((id) => `#${id}`);
  const more = count - named.length;
  return ` (${named.length === 1 ? one : many} ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}
