/** Printing the credibility benchmark: one figure with its interval, reliability and label shares. */
import { chooseBars, decideWithBars, fitTemperature, reliability, withTemperature, type Bars, type Probs } from './credibility-calibration';
import { VERACITY_CLASSES, type Veracity } from './credibility-data';
import type { VeracityOutOfFold } from './credibility-cv';
import { groupBootstrapMacroF1 } from './credibility-groups';
import { classificationScores, type Scores } from './credibility-metrics';

export function scoreLine(name: string, s: Scores, ci?: [number, number]): string {
  const per = Object.entries(s.perClassF1).map(([c, f]) => `${c} ${f.toFixed(3)}`).join(', ');
  const interval = ci ? `  95% CI [${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]` : '';
  return `${name.padEnd(46)} macro-F1 ${s.macroF1.toFixed(3)}${interval}  accuracy ${s.accuracy.toFixed(3)}  n=${s.n}  [${per}]`;
}

export function argmax(p: Probs): Veracity {
  return VERACITY_CLASSES.reduce((a, b) => (p[b] > p[a] ? b : a));
}

export interface Calibrated {
  probs: Probs[];
  labels: Veracity[];
  temperatures: number[];
  bars: Bars[];
}

/**
 * Cross-fitted calibration: each fold's temperature and bar are chosen on the other folds'
 * out-of-fold predictions, so no prediction is calibrated on itself.
 */
export function crossFitCalibration(oof: VeracityOutOfFold): Calibrated {
  const folds = [...new Set(oof.fold)];
  const out: Calibrated = { probs: oof.probs.slice(), labels: oof.gold.slice(), temperatures: [], bars: [] };
  for (const k of folds) {
    const others = oof.probs.map((_, i) => i).filter((i) => oof.fold[i] !== k);
    const t = fitTemperature(others.map((i) => oof.probs[i] as Probs), others.map((i) => oof.gold[i] as Veracity));
    const bars = chooseBars(others.map((i) => withTemperature(oof.probs[i] as Probs, t)), others.map((i) => oof.gold[i] as Veracity));
    out.temperatures.push(t);
    out.bars.push(bars);
    oof.probs.forEach((p, i) => {
      if (oof.fold[i] !== k) return;
      out.probs[i] = withTemperature(p, t);
      out.labels[i] = decideWithBars(out.probs[i] as Probs, bars);
    });
  }
  return out;
}

/** Lines for one veracity task: raw argmax, calibrated + bar, reliability table, ECE, shares. */
export function veracityReport(name: string, oof: VeracityOutOfFold): { lines: string[]; macroF1: number; barMacroF1: number; ece: number } {
  const lines: string[] = [];
  const raw = oof.probs.map(argmax);
  const rawScores = classificationScores(oof.gold, raw, VERACITY_CLASSES);
  lines.push(scoreLine(`${name}: most probable class`, rawScores, groupBootstrapMacroF1(oof.gold, raw, oof.groups, VERACITY_CLASSES)));
  const confusion = VERACITY_CLASSES.map((g) => `${g} → ${VERACITY_CLASSES.map((c) => oof.gold.filter((x, i) => x === g && raw[i] === c).length).join('/')}`);
  lines.push(`  confusion (gold → predicted true/false/unverified): ${confusion.join(' · ')}`);
  const cal = crossFitCalibration(oof);
  const barScores = classificationScores(oof.gold, cal.labels, VERACITY_CLASSES);
  lines.push(scoreLine(`${name}: calibrated, shown only above the bar`, barScores, groupBootstrapMacroF1(oof.gold, cal.labels, oof.groups, VERACITY_CLASSES)));
  const shown = cal.labels.map((l, i) => ({ l, g: oof.gold[i] })).filter((x) => x.l !== 'unverified');
  const right = shown.filter((x) => x.l === x.g).length;
  const unverifiedShare = 1 - shown.length / cal.labels.length;
  lines.push(`  temperature per fold ${[...new Set(cal.temperatures)].join('/')}  bars per fold true ${cal.bars.map((b) => b.true).join('/')} false ${cal.bars.map((b) => b.false).join('/')}  ·  labelled unverified ${(100 * unverifiedShare).toFixed(1)}% (gold ${(100 * oof.gold.filter((g) => g === 'unverified').length / oof.gold.length).toFixed(1)}%)  ·  likely_true/likely_false correct ${right}/${shown.length} = ${shown.length ? ((100 * right) / shown.length).toFixed(1) : '–'}% (${(['true', 'false'] as const).map((c) => `likely_${c} ${shown.filter((x) => x.l === c && x.g === c).length}/${shown.filter((x) => x.l === c).length}`).join(', ')})`);
  const before = reliability(oof.probs, oof.gold);
  const after = reliability(cal.probs, oof.gold);
  lines.push(`  ECE (top label, 10 bins): raw ${before.ece.toFixed(3)} → calibrated ${after.ece.toFixed(3)}`);
  lines.push('  reliability (calibrated): ' + after.table.filter((b) => b.n > 0).map((b) => `${b.from.toFixed(1)}–${b.to.toFixed(1)} n=${b.n} conf ${b.meanConfidence.toFixed(2)} acc ${b.accuracy.toFixed(2)}`).join(' · '));
  return { lines, macroF1: rawScores.macroF1, barMacroF1: barScores.macroF1, ece: after.ece };
}
