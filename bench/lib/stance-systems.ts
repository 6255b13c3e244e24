/**
 * Stance systems the benchmark can run, by name. A system answers for one (claim, evidence)
 * pair; `related` is its own related-vs-unrelated call, used only for FNC-1's 4-way score.
 * Adding a system is one line in SYSTEMS.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContrastLexicon } from '../../src/core/facts';
import { decideStance, loadStanceModel, prepareClaimSide, prepareStatementSide, type EvidenceSide, type StanceReader } from '../../src/core/stance';
import type { Predicted } from './stance-metrics';

export interface StanceSystem {
  name: string;
  classify(claim: string, evidence: string): { label: Predicted; related: boolean };
}

function readDataJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(__dirname, '../../data', path), 'utf8')) as unknown;
}

// FNC-1's 4-way score needs related vs unrelated; the product leaves that to the matcher. Here a
// pair is related when the aligned sentences hold at least this share of the claim's words.
const RELATED_COVERAGE = 0.3;

/**
 * The product's stance decision (src/core/stance) with the shipped model and lexicon, every pair
 * treated as a match to a statement whose text is the evidence; one analysed statement per
 * distinct evidence text, as the product keeps one per statement.
 */
function model(): StanceSystem {
  const reader: StanceReader = {
    model: loadStanceModel(readDataJson('models/stance.json')),
    lexicon: createContrastLexicon(readDataJson('lexicons/contrasts.json') as Parameters<typeof createContrastLexicon>[0]),
  };
  const statements = new Map<string, EvidenceSide>();
  return {
    name: 'model',
    classify(claim, evidence) {
      let statement = statements.get(evidence);
      if (!statement) {
        statement = prepareStatementSide(evidence, reader.lexicon);
        statements.set(evidence, statement);
      }
      const verdict = decideStance(prepareClaimSide(claim, reader.lexicon), statement, reader);
      return { label: verdict.stance, related: verdict.stance !== 'not_addressed' || verdict.coverage >= RELATED_COVERAGE };
    },
  };
}

/**
 * The speed baseline timed in the same run: the share of the claim's words found in the evidence,
 * `supports` from half of them. One pass over each text, no analysis kept: what any stance reading
 * costs at least.
 */
function overlap(): StanceSystem {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  return {
    name: 'overlap',
    classify(claim, evidence) {
      const c = words(claim);
      const e = words(evidence);
      let shared = 0;
      for (const w of c) if (e.has(w)) shared++;
      const share = c.size ? shared / c.size : 0;
      return { label: share >= 0.5 ? 'supports' : 'not_addressed', related: share >= RELATED_COVERAGE };
    },
  };
}

export const SYSTEMS: Readonly<Record<string, () => StanceSystem>> = {
  model,
  overlap,
};
