/**
 * The reranker's feature names, their groups, and the row layout every candidate's features are
 * computed into: one array of numbers per candidate in FEATURE_NAMES order, turned into a named
 * record only when a match is explained or the reranker is fitted.
 */

/**
 * Graded features that also get a twin scaled by the best value among the claim's candidates: a
 * cosine of 0.3 is strong for a tweet that shares little with any statement and weak where
 * another statement reaches 0.8 (dev MAP@5 0.8502 -> 0.8582, see data/models/README-matching.md).
 */
const RELATIVE_TO_BEST = ['queryCoverage', 'passageCoverage', 'titleCoverage', 'titleQueryCoverage', 'relatedCoverage', 'dice', 'titleDice', 'cosine', 'association', 'nameOverlap'] as const;
const RELATIVE_NAMES = RELATIVE_TO_BEST.map((n) => `${n}Rel` as const);

const COMPUTED = {
  bm25: ['bm25', 'bm25Relative', 'rankReciprocal'],
  coverage: ['queryCoverage', 'passageCoverage'],
  title: ['titleCoverage', 'titleQueryCoverage'],
  relatedness: ['relatedCoverage'],
  dice: ['dice', 'titleDice'],
  cosine: ['cosine'],
  postedYear: ['yearMatch', 'yearMismatch'],
  associations: ['association'],
  entities: ['nameOverlap', 'numberOverlap', 'numberMismatch'],
  url: ['url'],
} as const;

export type FeatureName = (typeof COMPUTED)[keyof typeof COMPUTED][number] | (typeof RELATIVE_NAMES)[number];

/** Feature names by group; the groups are what the ablation in bench/match.ts removes. */
export const FEATURE_GROUPS: Readonly<Record<string, readonly FeatureName[]>> = { ...COMPUTED, relative: RELATIVE_NAMES };

export const FEATURE_NAMES: readonly FeatureName[] = Object.values(FEATURE_GROUPS).flat();

/** Position of each feature in a row (typed, so a misspelt name does not compile). */
export const F = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Readonly<Record<FeatureName, number>>;

/** Row position of a feature named in a model file (-1: not a feature this code computes). */
export function featurePosition(name: string): number {
  return (F as Readonly<Record<string, number>>)[name] ?? -1;
}

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** A candidate's feature values in FEATURE_NAMES order. */
export type FeatureRow = number[];

// Doubles from the start, so copies are double arrays too (no element-kind change per write); a
// plain array because constructing a small typed array per candidate cost more than filling it.
const ZERO_ROW: FeatureRow = Array.from({ length: FEATURE_COUNT }, () => 0.5).fill(0);

/** A fresh row of zeros. */
export function emptyRow(): FeatureRow {
  return ZERO_ROW.slice();
}

const RELATIVE_PAIRS = RELATIVE_TO_BEST.map((name, i) => [F[name], F[RELATIVE_NAMES[i] as FeatureName]] as const);

/**
 * Fills each candidate's `<feature>Rel`: its value over the best value among all of the claim's
 * candidates (0 when none has any).
 *
 * @example addRelativeFeatures(rows) // rows[i][F.cosineRel] === rows[i][F.cosine] / best cosine
 */
export function addRelativeFeatures(candidates: readonly { row: FeatureRow }[]): void {
  for (const [from, to] of RELATIVE_PAIRS) {
    let best = 0;
    for (const c of candidates) best = Math.max(best, c.row[from] as number);
    for (const c of candidates) c.row[to] = best > 0 ? (c.row[from] as number) / best : 0;
  }
}

/**
 * A row as named features, plus any extra values (the ranking multipliers).
 *
 * @example featureRecord(row, { stale: 0 }).cosine
 */
export function featureRecord(row: FeatureRow, extra: Record<string, number> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  FEATURE_NAMES.forEach((name, i) => (out[name] = row[i] as number));
  return Object.assign(out, extra);
}

/** A match's named features: every feature, then the two ranking multipliers. */
export type MatchFeatureRecord = Record<FeatureName, number> & { stale: number; retracted: number };

/**
 * `featureRecord(row, { stale, retracted })` for the features every match shows, written as one
 * object literal in FEATURE_NAMES order (a test holds the two to the same keys and values): the
 * generic record, built one computed key at a time, cost about ten times as much per match.
 *
 * @example matchFeatureRecord(row, 0, 0).cosine === row[F.cosine]
 */
export function matchFeatureRecord(row: FeatureRow, stale: number, retracted: number): MatchFeatureRecord {
  return {
    bm25: row[F.bm25] as number,
    bm25Relative: row[F.bm25Relative] as number,
    rankReciprocal: row[F.rankReciprocal] as number,
    queryCoverage: row[F.queryCoverage] as number,
    passageCoverage: row[F.passageCoverage] as number,
    titleCoverage: row[F.titleCoverage] as number,
    titleQueryCoverage: row[F.titleQueryCoverage] as number,
    relatedCoverage: row[F.relatedCoverage] as number,
    dice: row[F.dice] as number,
    titleDice: row[F.titleDice] as number,
    cosine: row[F.cosine] as number,
    yearMatch: row[F.yearMatch] as number,
    yearMismatch: row[F.yearMismatch] as number,
    association: row[F.association] as number,
    nameOverlap: row[F.nameOverlap] as number,
    numberOverlap: row[F.numberOverlap] as number,
    numberMismatch: row[F.numberMismatch] as number,
    url: row[F.url] as number,
    queryCoverageRel: row[F.queryCoverageRel] as number,
    passageCoverageRel: row[F.passageCoverageRel] as number,
    titleCoverageRel: row[F.titleCoverageRel] as number,
    titleQueryCoverageRel: row[F.titleQueryCoverageRel] as number,
    relatedCoverageRel: row[F.relatedCoverageRel] as number,
    diceRel: row[F.diceRel] as number,
    titleDiceRel: row[F.titleDiceRel] as number,
    cosineRel: row[F.cosineRel] as number,
    associationRel: row[F.associationRel] as number,
    nameOverlapRel: row[F.nameOverlapRel] as number,
    stale,
    retracted,
  };
}
