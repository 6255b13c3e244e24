/**
 * Readers for the claim-vs-evidence stance sets in ../shared/bench/stance (see its README): one
 * JSON object per line, FNC-1's files gzipped. Held-out test files have the same format but may
 * carry only `id`, `claim` and `evidence`.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gunzipSync } from 'zlib';
import { BENCH_DIR } from './checkthat';

export type GoldStance = 'supports' | 'contradicts' | 'not_addressed';

export interface StancePair {
  id: string;
  claim: string;
  evidence: string;
  label?: GoldStance;
  /** The data set's own label (FNC-1: agree / disagree / discuss / unrelated). */
  origLabel?: string;
  /** Claim or story the pair belongs to; no group spans two splits. */
  group?: string;
}

export const STANCE_SETS = ['fnc1', 'emergent', 'covidfact', 'climate_fever', 'healthver'] as const;
export type StanceSetName = (typeof STANCE_SETS)[number];
export type StanceSplit = 'train' | 'dev';

export const STANCE_DIR = join(BENCH_DIR, 'stance');
const GOLD: ReadonlySet<string> = new Set<GoldStance>(['supports', 'contradicts', 'not_addressed']);

/** Whether `name` is one of the five set names. */
export function isStanceSet(name: string): name is StanceSetName {
  return (STANCE_SETS as readonly string[]).includes(name);
}

/**
 * Pairs of one line-per-pair JSON file (gunzipped when the name ends in `.gz`). Throws with the
 * file and line number on a malformed line, so a broken input is never scored silently.
 *
 * @example loadStanceFile('heldout/stance/emergent/test.jsonl')[0] // { id: 'emergent-…', claim: '…', evidence: '…' }
 */
export function loadStanceFile(path: string): StancePair[] {
  if (!existsSync(path)) throw new Error(`Missing ${path}`);
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const pairs: StancePair[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${path}:${i + 1}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${where}: not a JSON object`);
    }
    if (typeof o.id !== 'string' || typeof o.claim !== 'string' || typeof o.evidence !== 'string') {
      throw new Error(`${where}: needs string fields id, claim and evidence`);
    }
    const pair: StancePair = { id: o.id, claim: o.claim, evidence: o.evidence };
    if (o.label !== undefined && o.label !== null) {
      if (typeof o.label !== 'string' || !GOLD.has(o.label)) throw new Error(`${where}: label must be supports, contradicts or not_addressed, not ${JSON.stringify(o.label)}`);
      pair.label = o.label as GoldStance;
    }
    if (typeof o.orig_label === 'string') pair.origLabel = o.orig_label;
    if (typeof o.group === 'string') pair.group = o.group;
    pairs.push(pair);
  });
  return pairs;
}

/** Path of a set's split: FNC-1's are gzipped, the others plain. */
export function stanceSetPath(name: StanceSetName, split: StanceSplit): string {
  return join(STANCE_DIR, name, `${split}.jsonl${name === 'fnc1' ? '.gz' : ''}`);
}

/**
 * One split of a named set from ../shared/bench/stance (or $RUMORDESK_BENCH_DIR/stance).
 *
 * @example loadStanceSet('emergent', 'dev').length // 356
 */
export function loadStanceSet(name: string, split: StanceSplit): StancePair[] {
  if (!isStanceSet(name)) throw new Error(`Unknown stance set "${name}"; sets: ${STANCE_SETS.join(', ')}`);
  const path = stanceSetPath(name, split);
  if (!existsSync(path)) throw new Error(`Missing ${path}: stance benchmarks read ../shared/bench/stance (or $RUMORDESK_BENCH_DIR/stance).`);
  return loadStanceFile(path);
}
