import { clamp, knownCount, NAMED_IN_SENTENCE, namedIds, plural, type FeatureValue } from './feature';
import type { CrowdEvidence, FactorRef, ReplyEvidence, ReplyStanceLabel } from './types';

const DAY_MS = 86_400_000;
/** "Long-standing": the account existed a year before it replied (issue 18's example wording). */
const OLD_ACCOUNT_DAYS = 365;
/** Established as the benchmark rows can tell it (they carry no account age): verified or this many followers. */
const ESTABLISHED_FOLLOWERS = 1000;
const REFS_KEPT = 5;

/** What the replies tell beyond their stance counts, derived once from the reply list. */
interface ReplyDetails {
  byStance: Record<ReplyStanceLabel, ReplyEvidence[]>;
  corrections: ReplyEvidence[];
  /** Denials from accounts at least a year old when they replied, and from verified accounts. */
  oldDeny: number;
  /** Denials whose author's account age at the time of the reply is not known. */
  unknownAgeDeny: number;
  verifiedDeny: number;
  establishedDeny: number;
}

function ms(iso: string | null | undefined): number {
  return iso ? Date.parse(iso) : NaN;
}

/** The author's account age when it replied, in ms; NaN when either time is unknown. */
function accountAge(r: ReplyEvidence): number {
  return ms(r.postedAt) - ms(r.authorCreatedAt);
}

function detailsOf(replies: readonly ReplyEvidence[]): ReplyDetails {
  const byStance: ReplyDetails['byStance'] = { support: [], deny: [], query: [], comment: [] };
  for (const r of replies) byStance[r.stance]?.push(r);
  const deny = byStance.deny;
  return {
    byStance,
    corrections: deny.filter((r) => r.correction === true),
    oldDeny: deny.filter((r) => accountAge(r) >= OLD_ACCOUNT_DAYS * DAY_MS).length,
    unknownAgeDeny: deny.filter((r) => !Number.isFinite(accountAge(r))).length,
    verifiedDeny: deny.filter((r) => r.authorVerified === true).length,
    establishedDeny: deny.filter((r) => r.authorVerified === true || (knownCount(r.authorFollowers) ?? 0) >= ESTABLISHED_FOLLOWERS).length,
  };
}

function refsOf(replies: readonly ReplyEvidence[]): FactorRef[] | undefined {
  if (replies.length === 0) return undefined;
  return replies.slice(0, REFS_KEPT).map((r) => ({ kind: 'reply', id: r.id, url: r.url ?? null }));
}

/** " (replies #4, #9, #12 and 11 more)": the first few by desk id, so an officer can open them. */
function namedReplies(ids: readonly string[], count: number): string {
  return namedIds(ids, count, 'reply', 'replies');
}

/** "14 of 52 replies deny the claim, 6 of them from accounts older than a year, 2 from verified accounts (replies #…)." */
function denySentence(deny: number, total: number, crowd: CrowdEvidence, details: ReplyDetails | null): string {
  const head = `${deny} of ${plural(total, 'reply', 'replies')} deny the claim`;
  if (details) {
    const listed = details.byStance.deny.length;
    const who: string[] = [];
    if (deny > 0 && details.unknownAgeDeny < listed) {
      const unknown = details.unknownAgeDeny > 0 ? ` (account age unknown for ${details.unknownAgeDeny})` : '';
      who.push(`${Math.min(details.oldDeny, deny)} of them from accounts older than a year${unknown}`);
    }
    if (deny > 0 && details.verifiedDeny > 0) who.push(`${Math.min(details.verifiedDeny, deny)} ${who.length ? '' : 'of them '}from verified accounts`);
    return `${head}${who.map((w) => `, ${w}`).join('')}${namedReplies(details.byStance.deny.map((r) => r.id), deny)}.`;
  }
  // Counts only (the benchmark's rows): who denies as those rows can tell it, and the ids given.
  const established = knownCount(crowd.establishedDeny);
  const who = established !== null && deny > 0 ? `, ${Math.min(established, deny)} of them from verified accounts or accounts with 1,000+ followers` : '';
  const ids = (crowd.denyIds ?? []).slice(0, NAMED_IN_SENTENCE);
  const which = ids.length > 0 ? ` (replies ${ids.join(', ')}${deny > ids.length ? ', …' : ''})` : '';
  return `${head}${who}${which}.`;
}

function withRefs(feature: FeatureValue, replies: readonly ReplyEvidence[] | undefined): FeatureValue {
  const refs = replies ? refsOf(replies) : undefined;
  return refs ? { ...feature, refs } : feature;
}

/**
 * Crowd reaction: the share of replies that deny, question or support the claim, and
 * corrections already posted. With no replies the crowd is unknown, not neutral evidence.
 * Given the replies that take a side (`crowd.replies`), each sentence names which replies it
 * counts, and the denial sentence who denies (accounts older than a year, verified accounts).
 *
 * @example crowdFeatures({ support: 0, deny: 3, query: 1, comment: 7 })[0]?.sentence // '3 of 11 replies deny the claim.'
 * @example crowdFeatures({ support: 0, deny: 1, query: 0, comment: 0, replies: [{ id: '7', stance: 'deny' }] })[0]?.sentence // '1 of 1 reply deny the claim (reply #7).'
 */
export function crowdFeatures(crowd: CrowdEvidence | null | undefined): FeatureValue[] {
  if (!crowd) return [];
  const details = crowd.replies ? detailsOf(crowd.replies) : null;
  const support = knownCount(crowd.support) ?? 0;
  const deny = knownCount(crowd.deny) ?? 0;
  const query = knownCount(crowd.query) ?? 0;
  const comment = knownCount(crowd.comment) ?? 0;
  const total = support + deny + query + comment;
  const out: FeatureValue[] = [];
  if (total > 0) {
    const replies = plural(total, 'reply', 'replies');
    // Shares shrink towards zero for tiny threads: one denial out of one reply is weak evidence.
    const confidence = clamp(total / (total + 3), 0, 1);
    out.push(withRefs({ key: 'crowd_deny', group: 'crowd', value: (deny / total) * confidence, sentence: denySentence(deny, total, crowd, details) }, details?.byStance.deny));
    const established = knownCount(crowd.establishedDeny) ?? details?.establishedDeny ?? null;
    if (established !== null) out.push({ key: 'crowd_deny_established', group: 'crowd', value: (Math.min(established, deny) / total) * confidence, sentence: `${Math.min(established, deny)} of ${replies} deny the claim from verified accounts or accounts with 1,000+ followers.` });
    // First-hour doubt only from the caller's counts: the reply list may leave comments out, so it cannot give the hour's total.
    const early = knownCount(crowd.early);
    const earlyDoubt = knownCount(crowd.earlyDoubt);
    if (early !== null && early > 0 && earlyDoubt !== null) {
      out.push({ key: 'crowd_early_doubt', group: 'crowd', value: (Math.min(earlyDoubt, early) / early) * clamp(early / (early + 3), 0, 1), sentence: `${Math.min(earlyDoubt, early)} of the ${plural(early, 'reply', 'replies')} in the first hour deny or question the claim.` });
    }
    const queried = details?.byStance.query;
    out.push(withRefs({ key: 'crowd_query', group: 'crowd', value: (query / total) * confidence, sentence: `${query} of ${replies} question the claim or ask for a source${queried ? namedReplies(queried.map((r) => r.id), query) : ''}.` }, queried));
    const backed = details?.byStance.support;
    out.push(withRefs({ key: 'crowd_support', group: 'crowd', value: (support / total) * confidence, sentence: `${support} of ${replies} back the claim${backed ? namedReplies(backed.map((r) => r.id), support) : ''}.` }, backed));
  } else {
    out.push({ key: 'crowd_deny', group: 'crowd', value: 0, sentence: 'No replies yet, so the crowd reaction is unknown.' });
  }
  const corrections = knownCount(crowd.corrections);
  if (corrections !== null && corrections > 0) {
    const posted = details?.corrections;
    out.push(withRefs({ key: 'crowd_corrections', group: 'crowd', value: clamp(Math.log2(corrections + 1) / 3, 0, 1), sentence: `${plural(corrections, 'correction')} already posted in the cluster${posted ? namedReplies(posted.map((r) => r.id), corrections) : ''}.` }, posted));
  }
  return out;
}
