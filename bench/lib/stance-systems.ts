/**
 * Stance systems the benchmark can run, by name. A system answers for one (claim, evidence)
 * pair; `related` is its own related-vs-unrelated call, used only for FNC-1's 4-way score.
 * Adding a system is one line in SYSTEMS.
 */
import { detectStance as detectStanceByReader } from '../../src/core/matching/stance';
import { detectStance as detectStanceByRules } from '../../src/core/matching/stance-rules';
import type { Predicted } from './stance-metrics';

export interface StanceSystem {
  name: string;
  classify(claim: string, evidence: string): { label: Predicted; related: boolean };
}

/**
 * Today's two readers combined as src/composition/matching-engine.ts combines them, every pair
 * treated as a match to a statement whose body is the evidence (no title, no link): the
 * sentence-level rules first, the index's reader when the rules say not_addressed or agree.
 * One statement object per distinct evidence text, as the product keeps one per statement
 * (both readers cache their analysis of a statement per object).
 */
function legacy(): StanceSystem {
  const statements = new Map<string, { title: string; body: string }>();
  return {
    name: 'legacy',
    classify(claim, evidence) {
      let statement = statements.get(evidence);
      if (!statement) {
        statement = { title: '', body: evidence };
        statements.set(evidence, statement);
      }
      const byRules = detectStanceByRules(claim, statement, { linksToStatement: false });
      const byReader = detectStanceByReader(claim, statement);
      const label = byRules.stance === 'not_addressed' || byRules.stance === byReader.stance ? byReader.stance : byRules.stance;
      return { label, related: true };
    },
  };
}

export const SYSTEMS: Readonly<Record<string, () => StanceSystem>> = {
  legacy,
};
