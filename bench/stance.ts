/**
 * npm run bench:stance — claim-vs-evidence stance on the five public sets in
 * ../shared/bench/stance (FNC-1, Emergent, COVID-Fact, Climate-FEVER, HealthVer). One JSON line
 * per set: macro-F1 over the labels present in gold, accuracy, per-class F1, confusion matrix
 * (gold × predicted, `unclear` its own column, scored as not_addressed), the dangerous count
 * (`supports` for a gold `contradicts`), the unclear rate, FNC-1's weighted score, and ms per pair.
 *
 *   --system NAME      a system of bench/lib/stance-systems.ts (default: model if registered, else legacy)
 *   --sets a,b         which sets (default all five)
 *   --split dev|train  (default dev)
 *   --limit N          first N pairs of each set (file order; FNC-1's is grouped by article)
 *   --input FILE --pred-out FILE
 *                      any file of the same format (lines may carry only id, claim, evidence):
 *                      writes CSV id,label,orig_label for tools/stance-bench/score.py, where
 *                      label is the scored label (unclear written as not_addressed) and orig_label
 *                      the FNC-1 4-way stance; prints the figures too when the file has gold labels.
 *
 * msPerPair is the wall time of classify over the set divided by its pairs, measured on a fresh
 * system instance after an untimed warm-up on another instance (so per-statement caches start
 * empty, as for a statement the product sees for the first time).
 */
import { writeFileSync } from 'fs';
import { loadStanceFile, loadStanceSet, STANCE_SETS, type GoldStance, type StancePair } from './lib/stance-data';
import { fncLabel, fncScore, stanceScores, type Fnc4, type Predicted } from './lib/stance-metrics';
import { SYSTEMS, type StanceSystem } from './lib/stance-systems';

const WARMUP_PAIRS = 50;
const FNC_LABELS: ReadonlySet<string> = new Set(['agree', 'disagree', 'discuss', 'unrelated']);

const args = process.argv.slice(2);
function opt(name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

function systemFactory(name: string | undefined): () => StanceSystem {
  const chosen = name ?? (SYSTEMS.model ? 'model' : 'legacy');
  const factory = SYSTEMS[chosen];
  if (!factory) throw new Error(`Unknown system "${chosen}"; systems: ${Object.keys(SYSTEMS).join(', ')}`);
  return factory;
}

interface Run {
  labels: Predicted[];
  fnc: Fnc4[];
  msPerPair: number;
}

function run(factory: () => StanceSystem, pairs: StancePair[]): Run {
  const warm = factory();
  for (const p of pairs.slice(0, WARMUP_PAIRS)) warm.classify(p.claim, p.evidence);
  const system = factory();
  const labels: Predicted[] = [];
  const fnc: Fnc4[] = [];
  const start = process.hrtime.bigint();
  for (const p of pairs) {
    const answer = system.classify(p.claim, p.evidence);
    labels.push(answer.label);
    fnc.push(fncLabel(answer.label, answer.related));
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { labels, fnc, msPerPair: pairs.length ? ms / pairs.length : 0 };
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** The JSON line for one set, or null when the pairs carry no gold label. */
function report(set: string, split: string, system: string, pairs: StancePair[], result: Run): Record<string, unknown> | null {
  if (!pairs.length || pairs.some((p) => p.label === undefined)) return null;
  const scores = stanceScores(pairs.map((p) => p.label as GoldStance), result.labels);
  const line: Record<string, unknown> = {
    set,
    split,
    system,
    pairs: pairs.length,
    macroF1: round(scores.macroF1),
    accuracy: round(scores.accuracy),
    f1: Object.fromEntries(Object.entries(scores.perClass).map(([c, s]) => [c, round(s.f1)])),
    confusion: scores.confusion,
    dangerous: { count: scores.dangerous.count, share: scores.dangerous.share === null ? null : round(scores.dangerous.share) },
    unclearRate: round(scores.unclearRate),
  };
  if (pairs.every((p) => p.origLabel !== undefined && FNC_LABELS.has(p.origLabel))) {
    line.fncScore = round(fncScore(pairs.map((p) => p.origLabel as string), result.fnc).percent, 2);
  }
  line.msPerPair = round(result.msPerPair, 3);
  return line;
}

function csvField(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function limited(pairs: StancePair[]): StancePair[] {
  const raw = opt('limit');
  if (raw === undefined) return pairs;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--limit must be a positive integer, not ${raw}`);
  return pairs.slice(0, n);
}

function main(): void {
  const factory = systemFactory(opt('system'));
  const systemName = factory().name;
  const input = opt('input');
  const predOut = opt('pred-out');
  if (input || predOut) {
    if (!input || !predOut) throw new Error('--input FILE and --pred-out FILE go together');
    const pairs = limited(loadStanceFile(input));
    const result = run(factory, pairs);
    const rows = pairs.map((p, i) => {
      const label = result.labels[i] === 'unclear' ? 'not_addressed' : (result.labels[i] as string);
      return `${csvField(p.id)},${label},${result.fnc[i]}`;
    });
    writeFileSync(predOut, ['id,label,orig_label', ...rows].join('\n') + '\n');
    console.error(`wrote ${rows.length} predictions to ${predOut}`);
    const line = report(input, 'file', systemName, pairs, result);
    if (line) console.log(JSON.stringify(line));
    return;
  }
  const split = opt('split') ?? 'dev';
  if (split !== 'dev' && split !== 'train') throw new Error(`--split must be dev or train, not ${split}`);
  const sets = (opt('sets') ?? STANCE_SETS.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const set of sets) {
    const pairs = limited(loadStanceSet(set, split));
    const result = run(factory, pairs);
    const line = report(set, split, systemName, pairs, result);
    // Speed as a ratio to the word-overlap baseline timed on the same pairs in the same run:
    // the machines are shared, so a bare ms figure moves with the neighbours.
    if (line && systemName !== 'overlap' && SYSTEMS.overlap) {
      const baseline = run(SYSTEMS.overlap, pairs);
      line.msPerPairOverlap = round(baseline.msPerPair, 4);
      line.timesOverlap = round(result.msPerPair / Math.max(baseline.msPerPair, 1e-6), 1);
    }
    console.log(JSON.stringify(line ?? { set, split, pairs: pairs.length, note: 'no gold labels' }));
  }
}

try {
  main();
} catch (err) {
  console.error(`bench:stance: ${(err as Error).message}`);
  process.exitCode = 1;
}
