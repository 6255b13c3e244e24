/**
 * Credibility benchmark: RumourEval 2019 reply stance (dev), veracity (dev) and PHEME
 * leave-one-event-out veracity, each with the majority-class baseline from the same run.
 *
 *   npm run bench:credibility
 *   npm run bench:credibility -- --task veracity --input FILE [--replies FILE] --pred-out FILE
 *   npm run bench:credibility -- --task stance --input FILE [--replies SOURCES_FILE] --pred-out FILE
 *   npm run bench:credibility -- --task stance [--select] [--old-model FILE]   (reply stance only:
 *     CV figure, dev once, µs per reply against the older model)
 *   npm run bench:credibility -- --demo [--verbose]      (triage queue on data/demo)
 *
 * The prediction mode never reads `label` or `source_stance`.
 */
import fs from 'fs';
import { scoreCluster } from '../src/core/scoring/credibility';
import { classifyReplyStance } from '../src/core/scoring/reply-stance';
import { readJsonl, repliesBySource, STANCE_CLASSES, VERACITY_CLASSES, type ReplyRow, type SourcePostRow } from './lib/credibility-data';
import { loadCorpus, type Corpus } from './lib/credibility-corpus';
import { loadCredibilityModel, loadLexicons, loadReplyStanceModel } from './lib/credibility-files';
import { classificationScores } from './lib/credibility-metrics';
import { STANCE_CANDIDATES, STANCE_OPTIONS, VERACITY_GRID, VERACITY_OPTIONS } from './lib/credibility-options';
import { selectStanceOptions, stanceFigures, stanceTiming } from './lib/credibility-stance-bench';
import { replyContext } from './lib/credibility-stance-fit';
import { fitVeracity, type VeracityFitOptions } from './lib/credibility-veracity-fit';
import { predictedCrowd, rowEvidence, rowNow } from './lib/credibility-veracity-rows';
import { chooseBars, decideWithBars, fitTemperature, withTemperature, type Probs } from './lib/credibility-calibration';
import { crowdLabeller, modelProbs, outOfFoldStance, veracityOutOfFold, veracityPool, type VeracityOutOfFold, type VeracityPool } from './lib/credibility-cv';
import { groupBootstrapMacroF1 } from './lib/credibility-groups';
import { argmax, scoreLine, veracityReport } from './lib/credibility-report';
import { demoQueue } from './lib/credibility-demo';

function csvField(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function predictMode(task: string, input: string, out: string): void {
  const stance = loadReplyStanceModel();
  const lines: string[] = ['id,label,score'];
  if (task === 'stance') {
    const rows = readJsonl<ReplyRow>(input);
    const repliesFile = arg('replies');
    const sources = new Map<string, string | null>();
    if (repliesFile) for (const s of readJsonl<SourcePostRow>(repliesFile)) sources.set(s.id, s.text);
    for (const r of rows) {
      const res = classifyReplyStance(r.text, stance, replyContext(r, sources));
      lines.push(`${csvField(r.id)},${res.label},${res.probabilities[res.label].toFixed(4)}`);
    }
  } else if (task === 'veracity') {
    const model = loadCredibilityModel();
    const lexicons = loadLexicons();
    const rows = readJsonl<SourcePostRow>(input);
    const repliesFile = arg('replies');
    const replies = repliesFile ? repliesBySource(readJsonl<ReplyRow>(repliesFile)) : new Map<string, ReplyRow[]>();
    for (const r of rows) {
      const evidence = rowEvidence(r, predictedCrowd(r, replies.get(r.id), stance), replies.get(r.id));
      const result = scoreCluster(evidence, model, lexicons, rowNow(r));
      // The three-class task asks for the most probable class; the product shows likely_true /
      // likely_false only above the calibrated bar (result.label), which would call almost
      // everything unverified and is reported separately by the benchmark.
      const probs = modelProbs({ evidence, now: rowNow(r), label: 'unverified', event: '' }, model, lexicons);
      lines.push(`${csvField(r.id)},${argmax(probs)},${result.score}`);
    }
  } else {
    throw new Error(`--task must be veracity or stance, not ${task}`);
  }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length - 1} predictions to ${out}`);
}

function benchmark(): void {
  const corpus = loadCorpus();
  const shipped = loadReplyStanceModel();
  const lexicons = loadLexicons();
  const o = VERACITY_OPTIONS;
  console.log(`models: ${shipped.version}, ${loadCredibilityModel().version}; veracity options ${JSON.stringify({ power: o.classWeightPower, l2: o.l2 })}`);
  console.log('All figures are out of fold on the training data; intervals resample whole events (PHEME) or threads (RumourEval).');

  // Reply stance: 5 folds grouped by thread over train+dev. The same out-of-fold labels feed the
  // veracity crowd factors, so no thread's crowd comes from a model that learnt its replies.
  const stance = outOfFoldStance(corpus, STANCE_OPTIONS);
  console.log(scoreLine('RumourEval-2019 reply stance, 5-fold by thread', classificationScores(stance.gold, stance.pred, STANCE_CLASSES), groupBootstrapMacroF1(stance.gold, stance.pred, stance.groups, STANCE_CLASSES)));
  const labelOf = crowdLabeller(corpus, stance.byId, shipped);
  const pool = veracityPool(corpus, labelOf);

  const selecting = process.argv.includes('--select');
  const grid = selecting ? VERACITY_GRID : [o];
  // Issue 18 sets a target on each task, so an option is only as good as its weaker task (the
  // mean breaks ties). Until 2026-12-06 the mean alone chose, which favoured RumourEval's 365 posts.
  let best: { o: VeracityFitOptions; min: number; mean: number } | null = null;
  for (const options of grid) {
    const { pheme, rumoureval, events } = veracityOutOfFold(corpus, pool, lexicons, options);
    const a = veracityReport('PHEME-9 veracity, leave one event out', pheme);
    const b = veracityReport('RumourEval-2019 veracity, 5-fold by thread', rumoureval);
    const mean = (a.macroF1 + b.macroF1) / 2;
    if (selecting) console.log(`  options power ${options.classWeightPower} l2 ${options.l2}: PHEME ${a.macroF1.toFixed(3)} / shown ${a.barMacroF1.toFixed(3)} ECE ${a.ece.toFixed(3)} · RE ${b.macroF1.toFixed(3)} / shown ${b.barMacroF1.toFixed(3)} ECE ${b.ece.toFixed(3)} · weaker ${Math.min(a.macroF1, b.macroF1).toFixed(3)} mean ${mean.toFixed(3)}`);
    else for (const l of [...a.lines, ...b.lines]) console.log(l);
    if (options === o && !selecting) {
      const perEvent = events.map((e) => {
        const idx = pheme.groups.map((g, i) => (g === e ? i : -1)).filter((i) => i >= 0);
        return `${e} ${classificationScores(idx.map((i) => pheme.gold[i] as string), idx.map((i) => argmax(pheme.probs[i] as Probs)), VERACITY_CLASSES).accuracy.toFixed(2)}`;
      });
      console.log(`  PHEME per-event accuracy (most probable class): ${perEvent.join(' · ')}`);
      devFigure(corpus, pool, lexicons, options, rumoureval);
    }
    const min = Math.min(a.macroF1, b.macroF1);
    if (!best || min > best.min + 1e-9 || (Math.abs(min - best.min) <= 1e-9 && mean > best.mean)) best = { o: options, min, mean };
  }
  if (selecting && best) console.log(`chosen by the weaker task's out-of-fold macro-F1 (most probable class), then the mean: power ${best.o.classWeightPower} l2 ${best.o.l2}`);
}

/**
 * The RumourEval dev figure, looked at once: a model fitted without any dev post, calibrated
 * with the temperature and bar chosen on the RumourEval out-of-fold predictions.
 */
function devFigure(corpus: Corpus, pool: VeracityPool, lexicons: ReturnType<typeof loadLexicons>, o: VeracityFitOptions, oof: VeracityOutOfFold): void {
  const dev = new Set(corpus.veracityDev.map((r) => r.id));
  const model = fitVeracity(pool.rows.filter((_, i) => !dev.has(pool.ids[i] as string)), lexicons, o, 'dev');
  const t = fitTemperature(oof.probs, oof.gold);
  const bars = chooseBars(oof.probs.map((p) => withTemperature(p, t)), oof.gold);
  const rows = pool.rows.filter((_, i) => dev.has(pool.ids[i] as string));
  const gold = rows.map((r) => r.label);
  const probs = rows.map((r) => withTemperature(modelProbs(r, model, lexicons), t));
  const pred = probs.map((p) => decideWithBars(p, bars));
  const top = probs.map(argmax);
  const groups = rows.map((_, i) => String(i));
  console.log(scoreLine('RumourEval-2019 veracity dev (once): most probable class', classificationScores(gold, top, VERACITY_CLASSES), groupBootstrapMacroF1(gold, top, groups, VERACITY_CLASSES)));
  console.log(scoreLine(`RumourEval-2019 veracity dev (once): shown (T ${t}, bars true ${bars.true} false ${bars.false})`, classificationScores(gold, pred, VERACITY_CLASSES), groupBootstrapMacroF1(gold, pred, groups, VERACITY_CLASSES)));
}

/** `--task stance` without `--input`: the reply-stance figures alone. */
function stanceBenchmark(): void {
  const corpus = loadCorpus();
  const shipped = loadReplyStanceModel();
  console.log(`model: ${shipped.version}; options ${JSON.stringify({ ...STANCE_OPTIONS, seeds: undefined })}`);
  if (process.argv.includes('--select')) {
    const chosen = selectStanceOptions(corpus, STANCE_CANDIDATES);
    if (JSON.stringify(chosen.options) !== JSON.stringify(STANCE_OPTIONS) || chosen.offsets) console.log('note: STANCE_OPTIONS is not the chosen candidate');
  }
  stanceFigures(corpus, STANCE_OPTIONS);
  const oldFile = arg('old-model');
  const baseline = oldFile ? loadReplyStanceModel(oldFile) : { ...shipped, extras: {} };
  console.log(stanceTiming(corpus, shipped, baseline, oldFile ? baseline.version : 'same weights, 2026-11-29 features'));
}

function demo(): void {
  const queue = demoQueue(loadCredibilityModel(), loadReplyStanceModel(), loadLexicons());
  console.log('Demo triage queue (each rumor seen 3 h after its first post):');
  for (const q of queue) {
    console.log(`${String(q.triage.priority).padStart(3)} ${q.triage.action.padEnd(9)} ${q.key.padEnd(28)} truth=${q.truth.padEnd(11)} ${q.credibility.label}/${q.credibility.score}  ${q.triage.reason}`);
    if (process.argv.includes('--verbose')) for (const f of q.credibility.factors) console.log(`      ${f.contribution >= 0 ? '+' : ''}${f.contribution} ${f.sentence}`);
  }
}

const task = arg('task');
if (process.argv.includes('--demo')) {
  demo();
} else if (task === 'stance' && !arg('input')) {
  stanceBenchmark();
} else if (task) {
  const input = arg('input');
  const out = arg('pred-out');
  if (!input || !out) throw new Error('--task needs --input FILE and --pred-out FILE');
  predictMode(task, input, out);
} else {
  benchmark();
}
