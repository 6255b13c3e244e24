/**
 * Per-class logit offsets chosen to maximise macro-F1 on out-of-fold predictions of the
 * training data. Class weights fix the prior; these offsets fix what the weights over- or
 * under-shoot, without touching the dev set.
 */
import { classificationScores } from './credibility-metrics';

function argmax(values: number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

export function predictWithOffsets(logits: number[][], offsets: number[]): number[] {
  return logits.map((z) => argmax(z.map((v, k) => v + (offsets[k] ?? 0))));
}

/** Coordinate ascent over a grid of offsets in [-range, range]; class 0 stays at 0 (only differences matter). */
export function chooseOffsets(logits: number[][], gold: number[], classes: number, range = 1.5, step = 0.1, rounds = 3): number[] {
  const names = Array.from({ length: classes }, (_, k) => String(k));
  const score = (o: number[]): number =>
    classificationScores(gold.map(String), predictWithOffsets(logits, o).map(String), names).macroF1;
  const offsets = new Array<number>(classes).fill(0);
  let best = score(offsets);
  for (let r = 0; r < rounds; r++) {
    for (let k = 1; k < classes; k++) {
      for (let v = -range; v <= range + 1e-9; v += step) {
        const trial = offsets.slice();
        trial[k] = Math.round(v * 100) / 100;
        const s = score(trial);
        if (s > best + 1e-9) {
          best = s;
          offsets[k] = trial[k] as number;
        }
      }
    }
  }
  return offsets;
}
