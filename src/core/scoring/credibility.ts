import { extractUrls } from '../text/urls';
import type { CredibilityLabel } from '../types';
import { contentFeatures } from './content-features';
import { calibratedCall, evaluateModel, verdictBar, type CredibilityModel, type VeracityClass } from './credibility-model';
import { crowdFeatures } from './crowd-features';
import { evidenceEffect } from './evidence-factor';
import type { FeatureValue } from './feature';
import type { ScoringLexicons } from './lexicons';
import { linkFeatures } from './link-features';
import { sourceFeatures } from './source-features';
import { spreadFeatures } from './spread-features';
import { WORD_PREFIX, wordingFeatures } from './wording-features';
import type { ClaimEvidence, ClusterEvidence, CredibilityFactor, CredibilityResult } from './types';

/** How far true or false must lead unverified before the model's call is more than 'unverified'. */
const UNVERIFIED_MARGIN = 0.03;

const MODEL_LABEL: Record<VeracityClass, CredibilityLabel> = { true: 'likely_true', false: 'likely_false', unverified: 'unverified' };

/** Every measured signal of a claim (content, source, links); the fitting script uses the same list. */
export function claimFeatures(claim: ClaimEvidence, lexicons: ScoringLexicons, now: Date): FeatureValue[] {
  const links = [...new Set([...(claim.links ?? []), ...extractUrls(claim.text ?? '')])];
  return [
    ...contentFeatures(claim.text ?? '', lexicons.content),
    ...wordingFeatures(claim.text ?? ''),
    ...sourceFeatures(claim.author, claim.authorHistory, claim.postedAt, now),
    ...linkFeatures(links, lexicons.domains),
  ];
}

/**
 * The model's own call. Calibrated models say true or false only when that probability reaches
 * its verdict's bar (chosen so that at least 7 in 10 such calls were right out of fold); older models
 * fall back to the most probable class with a small margin over unverified.
 */
function modelCall(probs: Record<VeracityClass, number>, model: CredibilityModel): VeracityClass {
  const lead: VeracityClass = probs.true >= probs.false ? 'true' : 'false';
  if (model.calibration) return calibratedCall(probs, model.calibration);
  const likeliest = probs.unverified > probs[lead] ? 'unverified' : lead;
  // A claim whose text barely tips the model towards true or false is, honestly, unverified.
  return likeliest !== 'unverified' && probs[likeliest] - probs.unverified < UNVERIFIED_MARGIN ? 'unverified' : likeliest;
}

/**
 * "How sure" in words from calibrated probabilities: the leading verdict as n in 10.
 *
 * @example describeSureness({ true: 0.2, false: 0.7, unverified: 0.1 }, 0.7) // '7 in 10 claims like this turned out false.'
 */
export function describeSureness(probs: Record<VeracityClass, number>, bar: number): string {
  const lead: VeracityClass = probs.true >= probs.false ? 'true' : 'false';
  const n = Math.round(probs[lead] * 10);
  const said = `${n} in 10 claims like this turned out ${lead}`;
  if (probs[lead] >= bar) return `${said}.`;
  return `Only ${said}: too few to call it, so it stays unverified.`;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** All word weights as one factor, naming the words that pushed hardest. */
function describeWording(words: { word: string; points: number }[]): CredibilityFactor | null {
  const total = words.reduce((s, w) => s + w.points, 0);
  if (Math.abs(total) < 0.5) return null;
  const drivers = words
    .filter((w) => Math.sign(w.points) === Math.sign(total))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, 3)
    .map((w) => `"${w.word === '_url_' ? 'a link' : w.word}"`);
  const sentence = total < 0
    ? `Its wording resembles rumors that turned out false or stayed unverified (${drivers.join(', ')}).`
    : `Its wording resembles reports that turned out true (${drivers.join(', ')}).`;
  return { key: 'content_wording', group: 'content', contribution: round1(total), sentence };
}

/**
 * Turns signals into the result: model points, then the department evidence on top, which may
 * cap or floor the score. Factors with no effect are kept only when they say something is unknown.
 */
function assemble(features: FeatureValue[], claim: ClaimEvidence, model: CredibilityModel): CredibilityResult {
  const evaluation = evaluateModel(features, model);
  const factors: CredibilityFactor[] = [];
  let raw = evaluation.base;
  const wording: { word: string; points: number }[] = [];
  for (const f of features) {
    const points = evaluation.contributions.get(f.key) ?? 0;
    raw += points;
    if (f.key.startsWith(WORD_PREFIX)) {
      if (points !== 0) wording.push({ word: f.key.slice(WORD_PREFIX.length), points });
      continue;
    }
    const unknown = f.sentence.includes('unknown');
    if (Math.abs(points) >= 0.5 || unknown || f.notable === true) factors.push({ key: f.key, group: f.group, contribution: round1(points), sentence: f.sentence, ...(f.refs ? { refs: f.refs } : {}) });
  }
  const wordingFactor = describeWording(wording);
  if (wordingFactor) factors.push(wordingFactor);
  let score = Math.min(100, Math.max(0, raw));
  const probs = evaluation.probabilities;
  const best = modelCall(probs, model);
  let label: CredibilityLabel = MODEL_LABEL[best];
  const calibration = model.calibration;
  let howSure = calibration ? describeSureness(probs, verdictBar(calibration, probs.true >= probs.false ? 'true' : 'false')) : undefined;
  // Known metadata makes the model's call firmer; a claim with nothing but text is less certain.
  const unknownCount = factors.filter((f) => f.sentence.includes('unknown')).length;
  let confidence = probs[best] * (1 - 0.08 * unknownCount);
  const effect = evidenceEffect(claim.evidence, score);
  if (effect) {
    factors.unshift(effect.factor);
    score += effect.factor.contribution;
    if (effect.scoreCap !== null) score = Math.min(score, effect.scoreCap);
    if (effect.scoreFloor !== null) score = Math.max(score, effect.scoreFloor);
    if (effect.label) {
      label = effect.label;
      howSure = `Set by the department's statement, not by the model${howSure ? `; the model alone: ${howSure.charAt(0).toLowerCase()}${howSure.slice(1)}` : '.'}`;
    }
    if (effect.confidence !== null) confidence = Math.max(confidence, effect.confidence);
  }
  factors.sort((a, b) => (a.group === 'evidence' ? -1 : b.group === 'evidence' ? 1 : Math.abs(b.contribution) - Math.abs(a.contribution)));
  return {
    score: Math.round(Math.min(100, Math.max(0, Number.isFinite(score) ? score : 50))),
    label,
    confidence: Math.round(Math.min(1, Math.max(0, Number.isFinite(confidence) ? confidence : 0)) * 100) / 100,
    factors,
    modelVersion: model.version,
    ...(howSure ? { howSure } : {}),
  };
}

/**
 * Credibility of one claim (a single post) with the factors that made it.
 *
 * @example
 * scoreClaim({ text: 'Bridge collapsed!!', evidence: { decision: 'strong', stance: 'contradicts', statementTitle: 'Elm St bridge reopened', score: 0.91 } }, model, lexicons, new Date()).label // 'false'
 */
export function scoreClaim(claim: ClaimEvidence, model: CredibilityModel, lexicons: ScoringLexicons, now: Date): CredibilityResult {
  return assemble(claimFeatures(claim, lexicons, now), claim, model);
}

/**
 * Credibility of a cluster: its representative claim plus the crowd's replies and the way it spreads.
 *
 * @example scoreCluster({ representative: { text: 'x' }, crowd: { support: 0, deny: 5, query: 2, comment: 3 } }, model, lexicons, now).factors[0]?.group // 'crowd'
 */
export function scoreCluster(cluster: ClusterEvidence, model: CredibilityModel, lexicons: ScoringLexicons, now: Date): CredibilityResult {
  const features = [
    ...claimFeatures(cluster.representative, lexicons, now),
    ...crowdFeatures(cluster.crowd),
    ...spreadFeatures(cluster.spread),
  ];
  return assemble(features, cluster.representative, model);
}
