/**
 * The fitted matching model: reranker weights (data/models/reranker.json) and the relatedness
 * table (data/models/relatedness.json). The caller reads the files; this module only validates.
 */
export interface RerankerModel {
  version: string;
  /** Feature names, in the order of `weights`. */
  features: string[];
  weights: number[];
  bias: number;
  /** How many BM25 candidates the reranker rescores. */
  candidates: number;
  /** Default thresholds, chosen on the dev split (see data/models/README-matching.md). */
  thresholds: { possible: number; strong: number };
}

export interface MatchingModel {
  reranker: RerankerModel;
  /** stem → stems that mean nearly the same (WordNet synsets + hand-written groups). */
  related: ReadonlyMap<string, readonly string[]>;
  /**
   * claim stem → statement stems it predicts, with a weight in (0, 1]: learned from matched
   * (claim, statement) pairs, it reaches words that neither synonyms nor stems connect
   * ("sotu" → "state", "union").
   */
  associations: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

function fail(message: string): never {
  throw new Error(`invalid matching model: ${message}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Validates the parsed reranker JSON (and optionally the relatedness JSON) into a model.
 * Pure: the caller reads and parses the files. Throws an Error naming the bad field.
 *
 * @example
 * const model = loadMatchingModel(JSON.parse(readFileSync('data/models/reranker.json', 'utf8')),
 *   JSON.parse(readFileSync('data/models/relatedness.json', 'utf8')));
 */
export function loadMatchingModel(reranker: unknown, relatedness?: unknown): MatchingModel {
  if (!isRecord(reranker)) fail('reranker is not an object');
  const { version, features, weights, bias, candidates, thresholds } = reranker;
  if (typeof version !== 'string') fail('version must be a string');
  if (!Array.isArray(features) || !features.every((f) => typeof f === 'string')) fail('features must be strings');
  if (!Array.isArray(weights) || !weights.every(isNumber) || weights.length !== features.length) fail('weights must be numbers, one per feature');
  if (!isNumber(bias)) fail('bias must be a number');
  if (!isNumber(candidates) || candidates < 1) fail('candidates must be a positive number');
  const { possible, strong } = thresholdsOf(thresholds);
  return {
    reranker: {
      version,
      features: features as string[],
      weights: weights as number[],
      bias,
      candidates: Math.round(candidates),
      thresholds: { possible, strong },
    },
    related: relatedness === undefined ? new Map() : relatedMap(relatedness),
    associations: relatedness === undefined ? new Map() : associationMap(relatedness),
  };
}

/**
 * The two decision thresholds. A model fitted before the rename (issue 16) names them
 * `suggested` / `confirmed`; those names are still read so a department's own refit keeps working.
 */
function thresholdsOf(json: unknown): { possible: number; strong: number } {
  if (!isRecord(json)) fail('thresholds must hold possible and strong');
  const possible = json.possible ?? json.suggested;
  const strong = json.strong ?? json.confirmed;
  if (!isNumber(possible) || !isNumber(strong)) fail('thresholds must hold possible and strong');
  if (!(possible >= 0 && possible <= strong && strong <= 1)) fail('thresholds must satisfy 0 <= possible <= strong <= 1');
  return { possible, strong };
}

function relatedMap(json: unknown): Map<string, string[]> {
  if (!isRecord(json) || !Array.isArray(json.groups)) fail('relatedness must hold groups');
  const map = new Map<string, Set<string>>();
  for (const group of json.groups as unknown[]) {
    if (!Array.isArray(group) || !group.every((g) => typeof g === 'string')) fail('each relatedness group must be a list of strings');
    for (const a of group as string[]) {
      let set = map.get(a);
      if (!set) map.set(a, (set = new Set()));
      for (const b of group as string[]) if (b !== a) set.add(b);
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

/** The optional `associations` list of the relatedness JSON: `[claimTerm, statementTerm, weight]`. */
function associationMap(json: unknown): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  if (!isRecord(json) || json.associations === undefined) return map;
  if (!Array.isArray(json.associations)) fail('associations must be a list');
  for (const entry of json.associations as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || !isNumber(entry[2])) {
      fail('each association must be [claim term, statement term, weight]');
    }
    const [from, to, weight] = entry as [string, string, number];
    let targets = map.get(from);
    if (!targets) map.set(from, (targets = new Map()));
    targets.set(to, weight);
  }
  return map;
}
