import fs from 'fs';
import path from 'path';
import type { PairModel } from '../../../src/core/clustering/pair-model';

/** The committed fitted model (data/models, part of the repo; no benchmark data needed). */
export function fittedModel(): PairModel {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../data/models/cluster-pair.json'), 'utf8')) as PairModel;
}

export function counter(start = 100): () => number {
  let next = start;
  return () => next++;
}
