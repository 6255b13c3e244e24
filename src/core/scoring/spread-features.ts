import { NEW_ACCOUNT_DAYS } from '../post-rules/new-account';
import { clamp, knownCount, namedIds, plural, type FeatureValue } from './feature';
import { replySpreadFeatures } from './reply-spread-features';
import type { FactorRef, SpreadEvidence } from './types';

/** Share of a cluster's posts from new accounts from which the factor is shown. */
const NEW_ACCOUNT_SHARE = 0.2;
/** Copy-paste is shown from this many copies making up this share of the posts. */
const COPIES_MIN = 3;
const COPY_SHARE = 0.3;

/**
 * Which spread factors will name posts, so the caller reads examples only for those (a read per
 * cluster otherwise, on every re-score).
 *
 * @example spreadExamplesWanted({ postCount: 10, copyPosts: 5 }) // { copies: true, newAccounts: false }
 */
export function spreadExamplesWanted(spread: SpreadEvidence): { copies: boolean; newAccounts: boolean } {
  const posts = knownCount(spread.postCount) ?? 0;
  const fresh = knownCount(spread.newAccountPosts);
  const copies = knownCount(spread.copyPosts);
  const identical = knownCount(spread.identicalTextAuthors);
  return {
    newAccounts: posts >= 3 && fresh !== null && fresh / posts >= NEW_ACCOUNT_SHARE,
    copies: posts >= 3 && !(identical !== null && identical >= 3) && copies !== null && copies >= COPIES_MIN && copies / posts >= COPY_SHARE,
  };
}

function named(examples: readonly FactorRef[] | undefined, count: number): { suffix: string; refs?: FactorRef[] } {
  if (!examples || examples.length === 0) return { suffix: '' };
  return { suffix: namedIds(examples.map((e) => e.id), count, 'post'), refs: [...examples] };
}

/**
 * How the claim spreads: copies from new accounts and identical text from many authors suggest
 * coordination, which lowers credibility (expert priors). Speed of posting alone does not (true
 * news spreads fast too); it matters for triage, not here. The shape of the reply thread
 * (`replySpreadFeatures`) is fitted on the benchmark threads.
 *
 * @example spreadFeatures({ postCount: 20, newAccountPosts: 12 })[0]?.key // 'spread_new_accounts'
 */
export function spreadFeatures(spread: SpreadEvidence | null | undefined): FeatureValue[] {
  if (!spread) return [];
  const posts = knownCount(spread.postCount) ?? 0;
  const out: FeatureValue[] = replySpreadFeatures(spread);
  if (posts < 3) return out;
  const fresh = knownCount(spread.newAccountPosts);
  if (fresh !== null) {
    const share = clamp(fresh / posts, 0, 1);
    if (share >= NEW_ACCOUNT_SHARE) {
      const { suffix, refs } = named(spread.newAccountExamples, fresh);
      out.push({ key: 'spread_new_accounts', group: 'spread', value: share, sentence: `${fresh} of ${plural(posts, 'post')} come from accounts less than ${NEW_ACCOUNT_DAYS} days old${suffix}.`, ...(refs ? { refs } : {}) });
    }
  }
  const identical = knownCount(spread.identicalTextAuthors);
  const copies = knownCount(spread.copyPosts);
  if (identical !== null && identical >= 3) {
    out.push({ key: 'spread_coordination', group: 'spread', value: clamp((identical - 2) / 8, 0, 1), sentence: `${identical} different accounts posted identical text, a sign of coordination.` });
  } else if (copies !== null && copies >= COPIES_MIN && copies / posts >= COPY_SHARE) {
    const { suffix, refs } = named(spread.copyExamples, copies);
    out.push({ key: 'spread_coordination', group: 'spread', value: clamp((copies / posts) * clamp((copies - 2) / 8, 0, 1), 0, 1), sentence: `${copies} of ${plural(posts, 'post')} are copy-pasted identical text${suffix}.`, ...(refs ? { refs } : {}) });
  }
  const lastHour = knownCount(spread.postsLastHour);
  const peak = knownCount(spread.postsPerHourPeak);
  const prev = knownCount(spread.postsPrevHours);
  if (lastHour !== null && peak !== null && fresh !== null && fresh / posts >= NEW_ACCOUNT_SHARE && peak >= 5) {
    // A sudden burst carried by fresh accounts is the shape of an amplification campaign.
    const burst = prev !== null && prev > 0 ? lastHour / (prev / 3) : lastHour;
    if (burst >= 3) out.push({ key: 'spread_burst', group: 'spread', value: clamp(burst / 10, 0, 1), sentence: `A burst of ${lastHour} posts in the hour of its latest post, mostly from new accounts.` });
  }
  return out;
}
