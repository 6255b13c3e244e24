import { clamp, knownCount, plural, type FeatureValue } from './feature';
import type { CrowdEvidence } from './types';

/** "14 of 52 replies deny the claim, 6 of them from established accounts (ids …)." */
function denySentence(deny: number, total: number, crowd: CrowdEvidence): string {
  const established = knownCount(crowd.establishedDeny);
  const who = established !== null && deny > 0 ? `, ${Math.min(established, deny)} of them from verified accounts or accounts with 1,000+ followers` : '';
  const ids = (crowd.denyIds ?? []).slice(0, 3);
  const which = ids.length > 0 ? ` (replies ${ids.join(', ')}${deny > ids.length ? ', …' : ''})` : '';
  return `${deny} of ${plural(total, 'reply', 'replies')} deny the claim${who}${which}.`;
}

/**
 * Crowd reaction: the share of replies that deny, question or support the claim, and
 * corrections already posted. With no replies the crowd is unknown, not neutral evidence.
 *
 * @example crowdFeatures({ support: 0, deny: 3, query: 1, comment: 7 })[0]?.sentence // '3 of 11 replies deny the claim.'
 */
export function crowdFeatures(crowd: CrowdEvidence | null | undefined): FeatureValue[] {
  if (!crowd) return [];
  const support = knownCount(crowd.support) ?? 0;
  const deny = knownCount(crowd.deny) ?? 0;
  const query = knownCount(crowd.query) ?? 0;
  const comment = knownCount(crowd.comment) ?? 0;
  const total = support + deny + query + comment;
  const out: FeatureValue[] = [];
  if (total > 0) {
    // Shares shrink towards zero for tiny threads: one denial out of one reply is weak evidence.
    const confidence = clamp(total / (total + 3), 0, 1);
    out.push({ key: 'crowd_deny', group: 'crowd', value: (deny / total) * confidence, sentence: denySentence(deny, total, crowd) });
    const established = knownCount(crowd.establishedDeny);
    if (established !== null) out.push({ key: 'crowd_deny_established', group: 'crowd', value: (Math.min(established, deny) / total) * confidence, sentence: `${Math.min(established, deny)} of ${plural(total, 'reply', 'replies')} deny the claim from verified accounts or accounts with 1,000+ followers.` });
    const early = knownCount(crowd.early);
    const earlyDoubt = knownCount(crowd.earlyDoubt);
    if (early !== null && early > 0 && earlyDoubt !== null) {
      out.push({ key: 'crowd_early_doubt', group: 'crowd', value: (Math.min(earlyDoubt, early) / early) * clamp(early / (early + 3), 0, 1), sentence: `${Math.min(earlyDoubt, early)} of the ${plural(early, 'reply', 'replies')} in the first hour deny or question the claim.` });
    }
    out.push({ key: 'crowd_query', group: 'crowd', value: (query / total) * confidence, sentence: `${query} of ${plural(total, 'reply', 'replies')} question the claim or ask for a source.` });
    out.push({ key: 'crowd_support', group: 'crowd', value: (support / total) * confidence, sentence: `${support} of ${plural(total, 'reply', 'replies')} back the claim.` });
  } else {
    out.push({ key: 'crowd_deny', group: 'crowd', value: 0, sentence: 'No replies yet, so the crowd reaction is unknown.' });
  }
  const corrections = knownCount(crowd.corrections);
  if (corrections !== null && corrections > 0) {
    out.push({ key: 'crowd_corrections', group: 'crowd', value: clamp(Math.log2(corrections + 1) / 3, 0, 1), sentence: `${plural(corrections, 'correction')} already posted in the cluster.` });
  }
  return out;
}
