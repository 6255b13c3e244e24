/**
 * Learns claim-term → statement-term associations from matched (tweet, verified claim) pairs of
 * the CheckThat! train split: the words a statement uses for what claims say in other words
 * ("sotu" → "state", "union"; "maga" → "trump"). Stored in data/models/relatedness.json as
 * `associations` and read by the reranker's `association` feature.
 *
 * Weight = P(statement has c | claim has t) − P(a pool statement has c): a lift over the base
 * rate, so words every statement uses ("photo", "show") do not become associations of everything.
 */
import { termsOf } from '../../src/core/text/tokenize';

export type Association = [string, string, number];

/** Pairs seen fewer times than this are noise; weights below MIN_WEIGHT add nothing measurable. */
const MIN_PAIRS = 3;
const MIN_WEIGHT = 0.3;

const contentSet = (text: string) => new Set(termsOf(text).filter((t) => !/^\d/.test(t)));

/**
 * @param pairs matched pairs: the claim text and the statement text (title + body)
 * @param pool every statement text, for the base rate of each statement term
 */
export function buildAssociations(pairs: { claim: string; statement: string }[], pool: string[]): Association[] {
  const df = new Map<string, number>();
  for (const text of pool) for (const t of contentSet(text)) df.set(t, (df.get(t) ?? 0) + 1);
  const nT = new Map<string, number>();
  const nTC = new Map<string, Map<string, number>>();
  for (const { claim, statement } of pairs) {
    const cs = contentSet(statement);
    for (const t of contentSet(claim)) {
      nT.set(t, (nT.get(t) ?? 0) + 1);
      let row = nTC.get(t);
      if (!row) nTC.set(t, (row = new Map()));
      for (const c of cs) if (c !== t) row.set(c, (row.get(c) ?? 0) + 1);
    }
  }
  const out: Association[] = [];
  for (const [t, row] of nTC) {
    const n = nT.get(t) as number;
    for (const [c, k] of row) {
      if (k < MIN_PAIRS) continue;
      // +1 in the denominator: two co-occurrences out of two tweets are not certainty.
      const w = k / (n + 1) - (df.get(c) ?? 0) / pool.length;
      if (w >= MIN_WEIGHT) out.push([t, c, Number(w.toFixed(3))]);
    }
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}
