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

/** A factor that says something without moving the score. */
function note(sentence: string): EvidenceEffect {
  return { factor: { key: 'evidence_statement', group: 'evidence', contribution: 0, sentence }, scoreCap: null, scoreFloor: null, label: null, confidence: null };
}

/**
 * The department-evidence factor. A contradiction from a strong match caps the score at 10 and
 * labels the claim false; from a possible match it caps at 30 (likely_false). Support floors the
 * score at 90 (`confirmed`) only when the match is strong: a claim the desk wrongly backs is left
 * alone by triage and never corrected (issue 16: 11 of 33 false rumors were reported supported),
 * while a wrongly doubted true claim costs at most a clarification. So a support from a possible
 * match, and an `unclear` stance, only say a statement exists and must be read. The factor's
 * points are the distance the cap or floor moved the score, at least 40 (20 for a possible match).
 *
 * @example evidenceEffect({ decision: 'strong', stance: 'contradicts', statementTitle: 'Bridge open' }, 60).label // 'false'
 */
export function evidenceEffect(evidence: DepartmentEvidence | null | undefined, scoreWithoutEvidence: number): EvidenceEffect | null {
  if (!evidence || evidence.decision === 'none') return null;
  const strong = evidence.decision === 'strong';
  const minimum = strong ? 40 : 20;
  switch (evidence.stance) {
    case 'contradicts': {
      const cap = strong ? 10 : 30;
      const points = -Math.max(minimum, scoreWithoutEvidence - cap);
      const sentence = strong
        ? `Contradicted by the department's statement${title(evidence)}${match(evidence)}.`
        : `Probably contradicted by the department's statement${title(evidence)}${match(evidence)}; the match needs an officer's check.`;
      return { factor: { key: 'evidence_statement', group: 'evidence', contribution: points, sentence }, scoreCap: cap, scoreFloor: null, label: strong ? 'false' : 'likely_false', confidence: strong ? 0.95 : 0.7 };
    }
    case 'supports': {
      if (!strong) return note(`The department's statement${title(evidence)} may back this claim, but it is only a possible match${match(evidence)}; an officer must check it before relying on it.`);
      const floor = 90;
      const points = Math.max(minimum, floor - scoreWithoutEvidence);
      const sentence = `Confirmed by the department's statement${title(evidence)}${match(evidence)}.`;
      return { factor: { key: 'evidence_statement', group: 'evidence', contribution: points, sentence }, scoreCap: null, scoreFloor: floor, label: 'confirmed', confidence: 0.95 };
    }
    case 'unclear':
      return note(`The department's statement${title(evidence)} is on this topic, but whether it backs or contradicts the claim is unclear; read the statement${match(evidence)}.`);
    case 'not_addressed':
      return note(`The department's statement${title(evidence)} covers this topic but does not address the claim itself${match(evidence)}.`);
  }
}
