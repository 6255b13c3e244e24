import type { MatchDecision, RecommendedAction, Stance } from '../types';
import { clamp, knownCount, plural } from './feature';
import { detectHarm } from './harm';
import type { ScoringLexicons } from './lexicons';
import type { CredibilityResult, TriageResult } from './types';

export interface TriageInput {
  credibility: CredibilityResult;
  /** The cluster's representative text and a few member texts, for harm detection. */
  texts: string[];
  postCount: number;
  uniqueAuthors?: number | null;
  /** Likes + reposts + replies (+ views when known) over the cluster. */
  totalEngagement?: number | null;
  postsLastHour?: number | null;
  /** Posts in the three hours before the last one; with postsLastHour gives the trend. */
  postsPrevHours?: number | null;
  evidence?: { decision: MatchDecision; stance: Stance } | null;
  status?: 'open' | 'merged' | 'closed' | null;
}

/** Reach 0..1 on a log scale: ~1 at 200 posts or 50,000 engagements. */
function reachOf(input: TriageInput): number {
  const posts = knownCount(input.postCount) ?? 0;
  const authors = knownCount(input.uniqueAuthors) ?? posts;
  const engagement = knownCount(input.totalEngagement) ?? 0;
  const byPosts = Math.log10(1 + Math.max(posts, authors)) / Math.log10(201);
  const byEngagement = Math.log10(1 + engagement) / Math.log10(50_001);
  return clamp(Math.max(byPosts, byEngagement), 0, 1);
}

/** Velocity 0..1: posts in the last hour on a log scale, boosted when the trend is rising. */
function velocityOf(input: TriageInput): { value: number; rising: boolean } {
  const last = knownCount(input.postsLastHour);
  if (last === null) return { value: 0, rising: false };
  const prev = knownCount(input.postsPrevHours);
  const rising = prev !== null ? last > prev / 3 + 1 : last >= 3;
  const value = clamp((Math.log10(1 + last) / Math.log10(31)) * (rising ? 1 : 0.7), 0, 1);
  return { value, rising };
}

/** Doubt 0..1: how far the claim is from being true; a claim labelled false is full doubt. */
function doubtOf(credibility: CredibilityResult): number {
  if (credibility.label === 'false') return 1;
  if (credibility.label === 'confirmed') return 0.05;
  return clamp((100 - credibility.score) / 100, 0, 1);
}

/** Only a strong match whose statement supports the claim settles it as true (issue 16). */
function backedByDepartment(evidence: TriageInput['evidence']): boolean {
  return evidence?.stance === 'supports' && evidence.decision === 'strong';
}

function chooseAction(input: TriageInput, harm: number, doubt: number, priority: number): RecommendedAction {
  if (input.status === 'closed') return 'no_action';
  const label = input.credibility.label;
  const settledFalse = label === 'false' || (input.evidence?.stance === 'contradicts' && input.evidence.decision === 'strong');
  // Rebutting needs something to rebut with: a department contradiction from a strong match. It
  // is worth the officer's time only for harmful rumors with real reach or speed (priority 30+).
  if (settledFalse && harm >= 0.5 && priority >= 30) return 'rebut_now';
  // Leaving a claim alone as true needs the department's support from a strong match, or the
  // model's own 'likely true'; a 'confirmed' label that arrives without that support is weighed
  // like any other claim, so a support the desk is unsure of never closes a rumor by itself.
  if (backedByDepartment(input.evidence) || label === 'likely_true') return priority >= 25 && harm >= 0.5 ? 'monitor' : 'no_action';
  // Doubtful with no settled answer (or a statement that only probably applies), already
  // spreading: say what is known instead of a rebuttal.
  if (!settledFalse && doubt >= 0.5 && priority >= 15) return 'clarify';
  if (priority >= 8 || (harm >= 0.5 && doubt >= 0.5)) return 'monitor';
  return 'no_action';
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** What the department's statement adds to the reason, in words. */
function evidenceWords(evidence: TriageInput['evidence']): string {
  if (!evidence || evidence.decision === 'none') return '';
  const strong = evidence.decision === 'strong';
  switch (evidence.stance) {
    case 'contradicts':
      return strong ? ' and the department has said otherwise' : ' and a department statement probably says otherwise';
    case 'supports':
      return strong ? ' and the department has confirmed it' : ' and a department statement may back it (a possible match to check)';
    case 'unclear':
    case 'not_addressed':
      return '';
  }
}

function describe(action: RecommendedAction, input: TriageInput, harmLabel: string | null, reach: number, velocity: number, rising: boolean, priority: number): string {
  const label = input.credibility.label.replace('_', ' ');
  const posts = plural(knownCount(input.postCount) ?? 0, 'post');
  const about = harmLabel ? `${article(harmLabel)} ${harmLabel} rumor` : 'a rumor with no public-safety harm words';
  const engagement = knownCount(input.totalEngagement);
  const spreading = `${posts}${engagement ? `, ${engagement.toLocaleString('en-US')} engagements` : ''}${knownCount(input.postsLastHour) !== null ? `, ${input.postsLastHour} in the hour of its latest post${rising ? ' and rising' : ''}` : ''}`;
  const evidence = evidenceWords(input.evidence);
  const reason = reasonFor(action, input, { about, label, evidence, spreading, reach, velocity, priority });
  // An abstaining stance is treated like 'not addressed', but the officer is told where to look.
  const unclear = input.status !== 'closed' && input.evidence?.decision !== 'none' && input.evidence?.stance === 'unclear';
  return unclear ? `${reason} Read the department's statement: the desk cannot tell whether it backs or contradicts the claim.` : reason;
}

interface ReasonParts {
  about: string;
  label: string;
  evidence: string;
  spreading: string;
  reach: number;
  velocity: number;
  priority: number;
}

function reasonFor(action: RecommendedAction, input: TriageInput, { about, label, evidence, spreading, reach, velocity, priority }: ReasonParts): string {
  switch (action) {
    case 'rebut_now':
      return `Rebut now: ${about}, rated ${label}${evidence}, ${velocity >= 0.35 ? 'spreading fast' : reach >= 0.5 ? 'already widely seen' : 'reaching people'} (${spreading}).`;
    case 'clarify':
      return `Clarify: ${about}, rated ${label}${evidence}, with ${reach >= 0.5 ? 'wide' : 'growing'} reach (${spreading}); a short clarification should do.`;
    case 'monitor':
      return `Monitor: ${about}, rated ${label}${evidence}; ${priority >= 30 ? 'watch for it to grow' : 'reach is still limited'} (${spreading}).`;
    default:
      return input.status === 'closed' ? 'No action: the cluster is closed.' : `No action: ${about}, rated ${label}${evidence} (${spreading}).`;
  }
}

/**
 * Where a cluster belongs in the triage queue. Priority = 100 × harm × spread × doubt, where
 * spread blends reach and velocity and a harmless rumor still keeps a small harm floor (0.15)
 * so large harmless ones rank above tiny ones.
 *
 * @example triagePriority({ credibility, texts: ['Shooter at the mall!!'], postCount: 120, postsLastHour: 40 }, lexicons).action // 'rebut_now' when credibility is false
 */
export function triagePriority(input: TriageInput, lexicons: ScoringLexicons): TriageResult {
  const harmMatch = detectHarm(input.texts, lexicons.harm.categories);
  const harm = Math.max(0.15, harmMatch.weight);
  const reach = reachOf(input);
  const { value: velocity, rising } = velocityOf(input);
  const doubt = doubtOf(input.credibility);
  const spread = clamp(0.6 * reach + 0.4 * velocity, 0, 1);
  const raw = 100 * harm * spread * doubt;
  const priority = input.status === 'closed' ? 0 : Math.round(clamp(raw, 0, 100, 0));
  const action = chooseAction(input, harmMatch.weight, doubt, priority);
  const harmLabel = harmMatch.category ? (lexicons.harm.categories.find((c) => c.key === harmMatch.category)?.label ?? harmMatch.category) : null;
  return {
    priority,
    harm: harmMatch,
    action,
    reason: describe(action, input, harmLabel, reach, velocity, rising, priority),
    components: {
      harm: Math.round(harm * 100) / 100,
      reach: Math.round(reach * 100) / 100,
      velocity: Math.round(velocity * 100) / 100,
      doubt: Math.round(doubt * 100) / 100,
    },
  };
}
