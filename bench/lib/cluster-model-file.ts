/** Reads the fitted pair model for the clustering benchmarks (the core never reads files). */
import fs from 'fs';
import path from 'path';
import type { PairModel } from '../../src/core/clustering/pair-model';

export function readClusterModel(): PairModel {
  const file = path.resolve(__dirname, '../../data/models/cluster-pair.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as PairModel;
}
