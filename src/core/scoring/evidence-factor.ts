import type { CredibilityLabel } from '../types';
import type { CredibilityFactor, DepartmentEvidence } from './types';

export interface EvidenceEffect {
  factor: CredibilityFactor;
  /** Bounds the final score must respect, so the department's word dominates every other signal. */
  scoreCap: number | null;
  scoreFloor: number | null;
  label: CredibilityLabel | null;
  confidence: number | null;
}

function title(e: DepartmentEvidence): string {
  return e.statementTitle ? ` '${e.statementTitle}'` : '';
}

function match(e: DepartmentEvidence): string {
  return typeof e.score === 'number' && Number.isFinite(e.score) ? ` (match ${e.score.toFixed(2)})` : '';
}

/**
 * The department-evidence factor. A confirmed contradiction caps the score at 10 and labels the
 * claim false; a suggested one caps at 30 (likely_false). Support mirrors this. The factor's
 * points are the distance the cap or floor moved the score, at least 40 (20 for suggested).
 *
 * @example evidenceEffect({ decision: 'confirmed', stance: 'contradicts', statementTitle: 'Bridge open' }, 60).label // 'false'
 */
export function evidenceEffect(evidence: DepartmentEvidence | null | undefined, scoreWithoutEvidence: number): EvidenceEffect | null {
  if (!evidence || evidence.decision === 'none') return null;
  const confirmed = evidence.decision === 'confirmed';
  const minimum = confirmed ? 40 : 20;
  if (evidence.stance === 'contradicts') {
    const cap = confirmed ? 10 : 30;
    const points = -Math.max(minimum, scoreWithoutEvidence - cap);
    const sentence = confirmed
      ? `Contradicted by the department's statement${title(evidence)}${match(evidence)}.`
      : `Probably contradicted by the department's statement${title(evidence)}${match(evidence)}; the match needs an officer's check.`;
    return { factor: { key: 'evidence_statement', group: 'evidence', contribution: points, sentence }, scoreCap: cap, scoreFloor: null, label: confirmed ? 'false' : 'likely_false', confidence: confirmed ? 0.95 : 0.7 };
  }
  if (evidence.stance === 'supports') {
    const floor = confirmed ? 90 : 70;
    const points = Math.max(minimum, floor - scoreWithoutEvidence);
    const sentence = confirmed
      ? `Confirmed by the department's statement${title(evidence)}${match(evidence)}.`
      : `Probably supported by the department's statement${title(evidence)}${match(evidence)}; the match needs an officer's check.`;
    return { factor: { key: 'evidence_statement', group: 'evidence', contribution: points, sentence }, scoreCap: null, scoreFloor: floor, label: confirmed ? 'confirmed' : 'likely_true', confidence: confirmed ? 0.95 : 0.7 };
  }
  const sentence = `The department's statement${title(evidence)} covers this topic but does not address the claim itself${match(evidence)}.`;
  return { factor: { key: 'evidence_statement', group: 'evidence', contribution: 0, sentence }, scoreCap: null, scoreFloor: null, label: null, confidence: null };
}
