/**
 * Fitting the reply-stance classifier: vocabulary pruning, sparse encoding, training and pruning
 * of the weights so the JSON stays small.
 */
import { stanceLogits, type ReplyStanceModel } from '../../src/core/scoring/reply-stance';
import { chooseOffsets } from './credibility-offsets';
import { stanceFeatures, type ReplyContext, type StanceCues, type StanceExtras } from '../../src/core/scoring/stance-features';
import type { ReplyStanceLabel } from '../../src/core/scoring/types';
import { balancedClassWeights, trainLogReg, type LogRegWeights, type SparseExample } from './credibility-logreg';
import { STANCE_CLASSES, type ReplyRow } from './credibility-data';

/** Word lists that each become one feature, so rare members share what the common ones learn. */
const LISTS: Record<string, string[]> = {
  agree: ['agree', 'agreed', 'well said', 'so true', 'exactly', 'yup', 'yep', 'yes', 'absolutely', 'definitely', 'of course', 'obviously', 'knew it', 'not surprised', 'no surprise', 'told you', 'this is true', 'thats true', "that's true", 'truth', 'precisely', 'spot on', 'indeed'],
  sympathy: ['sad', 'so sad', 'rip', 'prayers', 'praying', 'pray', 'thoughts', 'heartbreaking', 'horrible', 'terrible', 'tragic', 'condolences', 'awful', 'omg', 'wow', 'shocking', 'scary', 'terrifying'],
  insult: ['idiot', 'idiots', 'stupid', 'moron', 'morons', 'fuck', 'fucking', 'shit', 'ass', 'asshole', 'dumb', 'retard', 'retarded', 'clown', 'shut up', 'bitch', 'pathetic', 'disgusting', 'shame'],
  doubt: ['doubt', 'doubtful', 'unlikely', 'skeptical', 'sceptical', 'allegedly', 'supposedly', 'claims', 'claim', 'unconfirmed', 'speculation', 'conspiracy', 'propaganda', 'fake news', 'not sure', 'i doubt', 'if true', 'seems'],
};

export const STANCE_CUES: StanceCues = {
  deny: ['fake', 'false', 'not true', 'untrue', 'hoax', 'lie', 'lies', 'lying', 'liar', 'debunked', 'wrong', 'bullshit', 'bs', 'nonsense',
    'rumor', 'rumour', 'misinformation', 'not real', 'photoshopped', 'shopped', 'made up', 'no evidence', 'stop spreading', 'isn\'t true',
    'never happened', 'satire', 'not confirmed', 'denied', 'denies'],
  support: ['confirmed', 'true', 'yes', 'indeed', 'exactly', 'agree', 'correct', 'right', 'official', 'breaking', 'reports', 'reporting'],
  query: ['source', 'sources', 'proof', 'confirm', 'confirmed?', 'really', 'is it', 'is this', 'any', 'evidence', 'link', 'citation', 'who', 'why', 'how'],
  lists: LISTS,
};

export interface StanceFitOptions {
  minCount: number;
  l2: number;
  epochs: number;
  classWeightPower: number;
  learningRate: number;
  /**
   * Keep only the features whose weights differ most across classes; absent keeps every feature
   * seen `minCount` times. 6,000 were kept until 2026-12-06: a fit on 4/5 of train+dev has
   * ~7,400 such features and the cut cost 0.007–0.009 macro-F1 out of fold (three fold seeds,
   * README-credibility.md); on stance_train alone the vocabulary was below 6,000, so the
   * selection runs never saw it.
   */
  keepTop?: number;
  /** Feature kinds (prefix before ':') to leave out, e.g. ['ctx'] to fit without thread context. */
  dropKinds: string[];
  /** Value of a word n-gram feature (cues are 1): a smaller value is a stronger L2 on n-grams only. */
  ngramValue: number;
  /** One fit per seed (shuffle order); the weights are averaged, which steadies the rare n-grams. */
  seeds: number[];
  /** Feature groups beyond the 2026-11-29 set (chosen by grouped CV on stance_train, `--task stance --select`). */
  extras: StanceExtras;
}

/** The thread context of a reply row, from its source post's text and its parent id. */
export function replyContext(row: ReplyRow, sourceText: Map<string, string | null>): ReplyContext {
  return {
    sourceText: sourceText.get(row.source_id) ?? null,
    directReply: row.parent_id ? row.parent_id === row.source_id : null,
    platform: row.platform ?? null,
  };
}

function averageFits(fits: LogRegWeights[]): LogRegWeights {
  const n = fits.length;
  const first = fits[0] as LogRegWeights;
  return {
    bias: first.bias.map((_, k) => fits.reduce((sum, f) => sum + (f.bias[k] as number), 0) / n),
    weights: first.weights.map((w, i) => w.map((_, k) => fits.reduce((sum, f) => sum + ((f.weights[i] as Float64Array)[k] as number), 0) / n)),
  };
}

/** One fit without offsets. */
export function fitReplyStanceOnce(train: ReplyRow[], sourceText: Map<string, string | null>, o: StanceFitOptions, version: string): ReplyStanceModel {
  const classes = [...STANCE_CLASSES] as ReplyStanceLabel[];
  const labelled = train.filter((r) => r.label !== undefined);
  const drop = new Set(o.dropKinds);
  const featureSets = labelled.map((r) => {
    const all = stanceFeatures(r.text, STANCE_CUES, replyContext(r, sourceText), o.ngramValue, o.extras);
    for (const f of [...all.keys()]) if (drop.has(f.slice(0, f.indexOf(':')))) all.delete(f);
    return all;
  });
  const counts = new Map<string, number>();
  for (const fs of featureSets) for (const f of fs.keys()) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, c]) => c >= o.minCount).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const labels = labelled.map((r) => classes.indexOf(r.label as ReplyStanceLabel));
  const cw = balancedClassWeights(labels, classes.length, o.classWeightPower);
  const examples: SparseExample[] = featureSets.map((fs, i) => {
    const indices: number[] = [];
    const values: number[] = [];
    for (const [f, v] of fs) {
      const at = index.get(f);
      if (at !== undefined && f !== 'bias') {
        indices.push(at);
        values.push(v);
      }
    }
    const label = labels[i] as number;
    return { indices, values, label, weight: cw[label] as number };
  });
  const fits = o.seeds.map((seed) => trainLogReg(examples, vocab.length, { classes: classes.length, l2: o.l2, epochs: o.epochs, learningRate: o.learningRate, seed }));
  const fitted = averageFits(fits);
  // Keep the features whose weights differ most across classes; the rest barely move a decision.
  const spread = vocab.map((f, i) => {
    const w = fitted.weights[i] as Float64Array;
    return { f, w, range: Math.max(...w) - Math.min(...w) };
  });
  spread.sort((a, b) => b.range - a.range);
  const weights: Record<string, number[]> = {};
  for (const { f, w } of spread.slice(0, o.keepTop ?? spread.length)) weights[f] = Array.from(w, (x) => Math.round(x * 1000) / 1000);
  return {
    version,
    classes,
    cues: STANCE_CUES,
    ngramValue: o.ngramValue,
    extras: o.extras,
    bias: fitted.bias.map((b) => Math.round(b * 1000) / 1000),
    weights,
  };
}

/**
 * Fit with per-class offsets chosen on 4-fold out-of-fold predictions over the training
 * threads (folds by thread, so a thread's replies never inform their own offsets).
 */
export function fitReplyStance(train: ReplyRow[], sourceText: Map<string, string | null>, o: StanceFitOptions, version: string): ReplyStanceModel {
  const labelled = train.filter((r) => r.label !== undefined);
  const classes = [...STANCE_CLASSES] as ReplyStanceLabel[];
  const threads = [...new Set(labelled.map((r) => r.source_id))].sort();
  const foldOf = new Map(threads.map((t, i) => [t, i % 4]));
  const logits: number[][] = [];
  const gold: number[] = [];
  for (let fold = 0; fold < 4; fold++) {
    const fitPart = labelled.filter((r) => foldOf.get(r.source_id) !== fold);
    const held = labelled.filter((r) => foldOf.get(r.source_id) === fold);
    const model = fitReplyStanceOnce(fitPart, sourceText, o, version);
    for (const r of held) {
      logits.push(stanceLogits(r.text, model, replyContext(r, sourceText)));
      gold.push(classes.indexOf(r.label as ReplyStanceLabel));
    }
  }
  const offsets = chooseOffsets(logits, gold, classes.length);
  const full = fitReplyStanceOnce(labelled, sourceText, o, version);
  return { ...full, bias: full.bias.map((b, k) => Math.round((b + (offsets[k] ?? 0)) * 1000) / 1000) };
}
