import { readFileSync } from 'fs';
import { resolve } from 'path';
import { createContrastLexicon, type ContrastData } from '../../src/core/facts';
import { loadStanceModel, type StanceReader } from '../../src/core/stance';

let cached: StanceReader | null = null;

/** The shipped stance model and contrast lexicon, read once per test file. */
export function stanceReader(): StanceReader {
  if (cached) return cached;
  const data = (path: string): unknown => JSON.parse(readFileSync(resolve(__dirname, '../../data', path), 'utf8')) as unknown;
  cached = { model: loadStanceModel(data('models/stance.json')), lexicon: createContrastLexicon(data('lexicons/contrasts.json') as ContrastData) };
  return cached;
}
