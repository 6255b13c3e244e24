/**
 * Credibility benchmark: RumourEval 2019 reply stance (dev), veracity (dev) and PHEME
 * leave-one-event-out veracity, each with the majority-class baseline from the same run.
 *
 *   npm run bench:credibility
 *   npm run bench:credibility -- --task veracity --input FILE [--replies FILE] --pred-out FILE
 *   npm run bench:credibility -- --task stance --input FILE [--replies SOURCES_FILE] --pred-out FILE
 *   npm run bench:credibility -- --demo [--verbose]      (triage queue on data/demo)
 *
 * The prediction mode never reads `label` or `source_stance`.
 */
import fs from 'fs';
import { scoreCluster } from '../src/core/scoring/credibility';
import { classifyReplyStance } from '../src/core/scoring/reply-stance';
import { readJsonl, repliesBySource, STANCE_CLASSES, VERACITY_CLASSES, type ReplyRow, type SourcePostRow } from './lib/credibility-data';
import { loadCorpus, labelled } from './lib/credibility-corpus';
import { loadCredibilityModel, loadLexicons, loadReplyStanceModel } from './lib/credibility-files';
import { bootstrapMacroF1, classificationScores, majorityLabel, type Scores } from './lib/credibility-metrics';
import { VERACITY_OPTIONS } from './lib/credibility-options';
import { replyContext } from './lib/credibility-stance-fit';
import { fitVeracity } from './lib/credibility-veracity-fit';
import { predictedCrowd, rowEvidence, rowNow } from './lib/credibility-veracity-rows';
import { demoQueue } from './lib/credibility-demo';

/** Product labels to the benchmark's three classes. */
function veracityOf(label: string): 'true' | 'false' | 'unverified' {
  if (label === 'confirmed' || label === 'likely_true') return 'true';
  if (label === 'false' || label === 'likely_false') return 'false';
  return 'unverified';
}

function line(name: string, s: Scores, extra = ''): string {
  const per = Object.entries(s.perClassF1).map(([c, f]) => `${c} ${f.toFixed(3)}`).join(', ');
  return `${name.padEnd(44)} macro-F1 ${s.macroF1.toFixed(3)}  accuracy ${s.accuracy.toFixed(3)}  n=${s.n}${extra}  [${per}]`;
}

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
      const result = scoreCluster(rowEvidence(r, predictedCrowd(r, replies.get(r.id), stance)), model, lexicons, rowNow(r));
      lines.push(`${csvField(r.id)},${veracityOf(result.label)},${result.score}`);
    }
  } else {
    throw new Error(`--task must be veracity or stance, not ${task}`);
  }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length - 1} predictions to ${out}`);
}

function benchmark(): void {
  const corpus = loadCorpus();
  const stance = loadReplyStanceModel();
  const model = loadCredibilityModel();
  const lexicons = loadLexicons();
  console.log(`models: ${stance.version}, ${model.version}`);

  // Reply stance, RumourEval 2019 dev.
  const sGold = corpus.stanceDev.map((r) => r.label as string);
  const sPred = corpus.stanceDev.map((r) => classifyReplyStance(r.text, stance, replyContext(r, corpus.sourceText)).label);
  const sMajority = majorityLabel(corpus.stanceTrain.map((r) => r.label as string), STANCE_CLASSES);
  const [slo, shi] = bootstrapMacroF1(sGold, sPred, STANCE_CLASSES);
  console.log(line('RumourEval-2019 stance dev: classifier', classificationScores(sGold, sPred, STANCE_CLASSES), `  95% CI [${slo.toFixed(3)}, ${shi.toFixed(3)}]`));
  console.log(line(`RumourEval-2019 stance dev: majority (${sMajority})`, classificationScores(sGold, sGold.map(() => sMajority), STANCE_CLASSES)));

  // Veracity, RumourEval 2019 dev, with the shipped model (fitted without any dev post).
  const vGold = corpus.veracityDev.map((r) => r.label as string);
  const vPred = corpus.veracityDev.map((r) => veracityOf(scoreCluster(labelled(r, corpus, stance).evidence, model, lexicons, rowNow(r)).label));
  const vMajority = majorityLabel(corpus.veracityTrain.map((r) => r.label as string), VERACITY_CLASSES);
  const [vlo, vhi] = bootstrapMacroF1(vGold, vPred, VERACITY_CLASSES);
  console.log(line('RumourEval-2019 veracity dev: scorer', classificationScores(vGold, vPred, VERACITY_CLASSES), `  95% CI [${vlo.toFixed(3)}, ${vhi.toFixed(3)}]`));
  console.log(line(`RumourEval-2019 veracity dev: majority (${vMajority})`, classificationScores(vGold, vGold.map(() => vMajority), VERACITY_CLASSES)));

  // PHEME leave-one-event-out: refit without the held-out event (PHEME and RumourEval train rows).
  const phemeIds = new Set(corpus.pheme.map((p) => p.id));
  const events = [...new Set(corpus.pheme.map((p) => p.event as string))].sort();
  const gold: string[] = [];
  const pred: string[] = [];
  const majority: string[] = [];
  const perEvent: string[] = [];
  for (const event of events) {
    const held = corpus.pheme.filter((p) => p.event === event);
    const train = [...corpus.pheme.filter((p) => p.event !== event), ...corpus.veracityTrain.filter((r) => !phemeIds.has(r.id) && r.event !== event)];
    const fold = fitVeracity(train.map((r) => labelled(r, corpus, stance)), lexicons, VERACITY_OPTIONS, 'loeo');
    const foldMajority = majorityLabel(train.map((r) => r.label as string), VERACITY_CLASSES);
    const p = held.map((r) => veracityOf(scoreCluster(labelled(r, corpus, stance).evidence, fold, lexicons, rowNow(r)).label));
    gold.push(...held.map((r) => r.label as string));
    pred.push(...p);
    majority.push(...held.map(() => foldMajority));
    perEvent.push(`${event} ${classificationScores(held.map((r) => r.label as string), p, VERACITY_CLASSES).accuracy.toFixed(2)}`);
  }
  const [plo, phi] = bootstrapMacroF1(gold, pred, VERACITY_CLASSES);
  console.log(line('PHEME-9 leave-one-event-out (pooled): scorer', classificationScores(gold, pred, VERACITY_CLASSES), `  95% CI [${plo.toFixed(3)}, ${phi.toFixed(3)}]`));
  console.log(line('PHEME-9 leave-one-event-out: majority of folds', classificationScores(gold, majority, VERACITY_CLASSES)));
  console.log(`  per-event accuracy: ${perEvent.join(' · ')}`);
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
} else if (task) {
  const input = arg('input');
  const out = arg('pred-out');
  if (!input || !out) throw new Error('--task needs --input FILE and --pred-out FILE');
  predictMode(task, input, out);
} else {
  benchmark();
}
