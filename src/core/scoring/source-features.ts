import { NEW_ACCOUNT_DAYS } from '../post-rules/new-account';
import { AUTHOR_HISTORY_WINDOW } from '../post-rules/author-history';
import { clamp, knownCount, plural, type FeatureValue } from './feature';
import type { AuthorEvidence } from './types';

const DAY_MS = 86_400_000;

/**
 * Author signals. Unknown metadata yields a zero-valued feature whose sentence says it is
 * unknown, so the officer sees what the score could not use.
 *
 * @example sourceFeatures({ verified: true }, null, null).find((f) => f.key === 'source_verified')?.value // 1
 */
export function sourceFeatures(
  author: AuthorEvidence | null | undefined,
  history: { priorClaims: number; priorContradicted: number } | null | undefined,
  postedAt: string | null | undefined,
  now: Date,
): FeatureValue[] {
  const out: FeatureValue[] = [];
  const a = author ?? {};
  if (a.verified === true) out.push({ key: 'source_verified', group: 'source', value: 1, sentence: 'The author is a verified account.' });
  else if (a.verified === false) out.push({ key: 'source_verified', group: 'source', value: 0, sentence: 'The author is not a verified account.' });
  else out.push({ key: 'source_verified', group: 'source', value: 0, sentence: 'Whether the author is verified is unknown.' });

  const followers = knownCount(a.followers);
  const following = knownCount(a.following);
  if (followers === null) {
    out.push({ key: 'source_followers', group: 'source', value: 0, sentence: "The author's follower count is unknown." });
  } else {
    out.push({ key: 'source_followers', group: 'source', value: clamp((Math.log10(followers + 1) - 3) / 2, -1.5, 2), sentence: `The author has ${plural(followers, 'follower')}.` });
    // Reach is not linear in trust: newsroom-sized audiences and tiny ones each get their own weight.
    if (followers >= 500_000) out.push({ key: 'source_large_audience', group: 'source', value: 1, sentence: `The author has a newsroom-sized audience (${plural(followers, 'follower')}).` });
    if (followers < 200) out.push({ key: 'source_small_audience', group: 'source', value: 1, sentence: `The author has a small audience (${plural(followers, 'follower')}).` });
    if (following !== null) {
      const ratio = Math.log10((followers + 1) / (following + 1));
      out.push({ key: 'source_follow_ratio', group: 'source', value: clamp(ratio / 2, -1.5, 1.5), sentence: `The author follows ${following} accounts and is followed by ${followers}.` });
    }
  }

  const listed = knownCount(a.listed);
  if (listed !== null) {
    out.push({ key: 'source_listed', group: 'source', value: clamp((Math.log10(listed + 1) - 2.5) / 1.5, -2, 2), sentence: `The author is on ${plural(listed, 'public list')}.` });
  }
  if (a.verified !== true && a.verified !== false && followers === null && !a.accountCreatedAt) {
    // Without this the zeros of the unknown fields read as an average account (1,000 followers)
    // and the weights of known accounts are fitted against posts nobody could look up. Its
    // true-vs-false gap is set to zero after fitting: not knowing the author is not evidence.
    out.push({ key: 'source_not_described', group: 'source', value: 1, sentence: 'Nothing is recorded about the author\'s account.' });
  }

  const created = a.accountCreatedAt ? Date.parse(a.accountCreatedAt) : NaN;
  const at = postedAt ? Date.parse(postedAt) : NaN;
  const reference = Number.isFinite(at) ? at : now.getTime();
  if (!Number.isFinite(created)) {
    out.push({ key: 'source_account_age', group: 'source', value: 0, sentence: "The author's account age is unknown." });
  } else {
    const days = Math.max(0, (reference - created) / DAY_MS);
    const sentence = days < NEW_ACCOUNT_DAYS ? `The author's account is only ${plural(Math.floor(days), 'day')} old.` : `The author's account is ${days >= 730 ? `${Math.floor(days / 365)} years` : `${Math.floor(days)} days`} old.`;
    out.push({ key: 'source_account_age', group: 'source', value: clamp((Math.log10(days + 1) - 2.5) / 1, -2.5, 1.5), sentence, notable: days < NEW_ACCOUNT_DAYS });
    if (days < NEW_ACCOUNT_DAYS) out.push({ key: 'source_new_account', group: 'source', value: 1, sentence: `The account was created less than ${NEW_ACCOUNT_DAYS} days before posting.` });
  }

  if (history && history.priorClaims > 0) {
    const share = clamp(history.priorContradicted / history.priorClaims, 0, 1);
    // Two or three earlier claims are thin evidence: the factor grows with the number seen.
    const value = share * clamp(history.priorClaims / 3, 0, 1);
    out.push({
      key: 'source_history',
      group: 'source',
      value,
      // Only the latest posts are read (AUTHOR_HISTORY_WINDOW): a prolific author's sentence says so.
      sentence:
        history.priorClaims >= AUTHOR_HISTORY_WINDOW
          ? `${history.priorContradicted} of the author's last ${history.priorClaims} claims on this desk were contradicted by the department.`
          : `${history.priorContradicted} of the author's ${plural(history.priorClaims, 'earlier claim')} on this desk were contradicted by the department.`,
    });
  }
  return out;
}
