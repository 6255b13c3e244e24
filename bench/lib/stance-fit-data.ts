/**
 * Feature rows for fitting the stance model: every pair of the five claim-vs-evidence sets in
 * ../shared/bench/stance, featurised once (evidence analyses cached by text: FNC-1 repeats each
 * article body on many pairs).
 */
import type { ContrastLexicon } from '../../src/core/facts';
import { prepareClaimSide, prepareStatementSide } from '../../src/core/stance/decide-stance';
import { stanceFeatures, type Alignment, type ClaimSide, type EvidenceSide } from '../../src/core/stance/stance-features';
import { STANCE_CLASSES, type StanceClass } from '../../src/core/stance/stance-model';
import type { StancePair } from './stance-data';

export interface FitRow {
  set: string;
  group: string;
  label: number;
  origLabel: string;
  values: Float64Array;
  /** What the product's verdict rules read besides the probabilities. */
  claim: ClaimSide;
  evidence: EvidenceSide;
  alignment: Alignment;
}

export function featurise(set: string, pairs: StancePair[], lexicon: ContrastLexicon): FitRow[] {
  const evidenceCache = new Map<string, EvidenceSide>();
  const rows: FitRow[] = [];
  for (const p of pairs) {
    let ev = evidenceCache.get(p.evidence);
    if (!ev) {
      ev = prepareStatementSide(p.evidence, lexicon);
      evidenceCache.set(p.evidence, ev);
    }
    const claim = prepareClaimSide(p.claim, lexicon);
    const { values, alignment } = stanceFeatures(claim, ev, lexicon);
    rows.push({ set, group: p.group ?? p.id, label: STANCE_CLASSES.indexOf(p.label as StanceClass), origLabel: p.origLabel ?? '', values, claim, evidence: ev, alignment });
  }
  return rows;
}
