/**
 * Readers for the CLEF CheckThat! 2020 task 2 files in ../shared/bench/checkthat2020 (see its
 * README): TSVs written by pandas, so a real CSV parser with tab delimiter is needed (14 claim
 * rows contain quoted newlines).
 */
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { parse } from 'csv-parse/sync';

export const BENCH_DIR = process.env.RUMORDESK_BENCH_DIR ?? resolve(__dirname, '../../../shared/bench');

export interface VerifiedClaim {
  id: number;
  claim: string;
  title: string;
}

export interface Query {
  id: string;
  text: string;
}

function readTsv(path: string): string[][] {
  if (!existsSync(path)) throw new Error(`Missing ${path}: benchmarks read ../shared/bench (or $RUMORDESK_BENCH_DIR).`);
  return parse(readFileSync(path), { delimiter: '\t', relax_quotes: true, from_line: 2 }) as string[][];
}

export function readClaims(path = join(BENCH_DIR, 'checkthat2020/verified_claims.docs.tsv')): VerifiedClaim[] {
  return readTsv(path).map(([id, claim, title]) => ({ id: Number(id), claim: claim ?? '', title: title ?? '' }));
}

export function readQueries(path: string): Query[] {
  return readTsv(path).map(([id, text]) => ({ id: String(id), text: text ?? '' }));
}

/** qrels: `query 0 claim 1`, positives only; duplicate rows are dropped (see the README). */
export function readQrels(path: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [q, , c] = line.trim().split(/\s+/);
    if (!q || c === undefined) continue;
    const set = out.get(q) ?? new Set<number>();
    set.add(Number(c));
    out.set(q, set);
  }
  return out;
}

export function splitPaths(split: 'train' | 'dev'): { queries: string; qrels: string } {
  return {
    queries: join(BENCH_DIR, `checkthat2020/${split}/tweets.queries.tsv`),
    qrels: join(BENCH_DIR, `checkthat2020/${split}/tweet-vclaim-pairs.qrels`),
  };
}

/**
 * AP@k as the CheckThat! scorer computes it: precision at each gold hit within the top k,
 * summed and divided by the number of gold claims (not capped at k).
 */
export function averagePrecisionAt(ranking: number[], gold: Set<number>, k: number): number {
  if (!gold.size) return 0;
  let hits = 0;
  let sum = 0;
  ranking.slice(0, k).forEach((id, i) => {
    if (gold.has(id)) {
      hits += 1;
      sum += hits / (i + 1);
    }
  });
  return sum / gold.size;
}

export function reciprocalRankAt(ranking: number[], gold: Set<number>, k: number): number {
  const i = ranking.slice(0, k).findIndex((id) => gold.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}
