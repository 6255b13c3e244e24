import fs from 'fs';
import path from 'path';
import { createContrastLexicon, type ContrastData, type ContrastLexicon } from '../../src/core/facts';

/** The shipped contrast lexicon (data/lexicons/contrasts.json), compiled, for benchmarks. */
export function readContrastLexicon(): ContrastLexicon {
  const file = path.resolve(__dirname, '../../data/lexicons/contrasts.json');
  return createContrastLexicon(JSON.parse(fs.readFileSync(file, 'utf8')) as ContrastData);
}
