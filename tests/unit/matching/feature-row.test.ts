import { addRelativeFeatures, emptyRow, F, FEATURE_COUNT, FEATURE_NAMES, featureRecord, matchFeatureRecord, type FeatureRow } from '../../../src/core/matching/feature-row';
import { loadMatchingModel } from '../../../src/core/matching';
import { rerankScore } from '../../../src/core/matching/score';

const rowWith = (values: Partial<Record<(typeof FEATURE_NAMES)[number], number>>): FeatureRow => {
  const row = emptyRow();
  expect(row).toHaveLength(FEATURE_COUNT);
  for (const [name, v] of Object.entries(values)) row[F[name as keyof typeof F]] = v as number;
  return row;
};

describe('feature rows', () => {
  it('names every position once, and a record carries every name plus the extras', () => {
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_COUNT);
    const record = featureRecord(rowWith({ cosine: 0.4, url: 1 }), { stale: 0.1 });
    expect(Object.keys(record)).toEqual([...FEATURE_NAMES, 'stale']);
    expect(record).toMatchObject({ cosine: 0.4, url: 1, dice: 0, stale: 0.1 });
  });

  it('writes a match record with the same keys, in the same order, and values as the generic record', () => {
    const row = emptyRow().map((_, i) => (i + 1) / 7);
    const fast = matchFeatureRecord(row, 0.25, 1);
    const generic = featureRecord(row, { stale: 0.25, retracted: 1 });
    expect(Object.keys(fast)).toEqual(Object.keys(generic));
    expect(fast).toEqual(generic);
  });

  it('scales each graded feature by the best candidate, and leaves 0 where none has any', () => {
    const rows = [{ row: rowWith({ cosine: 0.2, dice: 0 }) }, { row: rowWith({ cosine: 0.8, dice: 0 }) }];
    addRelativeFeatures(rows);
    expect(rows.map((r) => r.row[F.cosineRel])).toEqual([0.25, 1]);
    expect(rows.map((r) => r.row[F.diceRel])).toEqual([0, 0]);
  });

  it('scores by the model own feature order, and a name this code does not compute counts as 0', () => {
    const model = (features: string[], weights: number[]) => loadMatchingModel({ version: 't', features, weights, bias: -1, candidates: 5, thresholds: { possible: 0.1, strong: 0.5 } }).reranker;
    const row = rowWith({ cosine: 0.5, dice: 0.25 });
    const expected = 1 / (1 + Math.exp(-(-1 + 2 * 0.5 + 4 * 0.25)));
    expect(rerankScore(model(['dice', 'cosine'], [4, 2]), row)).toBeCloseTo(expected, 12);
    expect(rerankScore(model(['cosine', 'notAFeature', 'dice'], [2, 100, 4]), row)).toBeCloseTo(expected, 12);
  });
});
