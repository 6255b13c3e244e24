import type { MatchDecision, Stance } from '../types';
import { isUsableMatch } from '../matching/usable-match';
import { canonicalUrl, extractUrls } from '../text/urls';
import { restatedSentence } from './restates-statement';

/**
 * How a post or cluster was recognised as the department's own messaging (issue 16): it links
 * to the statement, it restates the statement's words, or the stance decision says the
 * statement supports it on the strongest match decision.
 */
export type MessagingKind = 'link' | 'words' | 'supports';

/** Every kind, strongest evidence first: the order the rule tries them and lists them in. */
export const MESSAGING_KINDS: readonly MessagingKind[] = ['link', 'words', 'supports'];

/**
 * How each kind reads to an officer, wherever a reason is shown (CLI, pages, summary): the
 * one list of kinds and their words.
 */
export const MESSAGING_KIND_WORDS: Readonly<Record<MessagingKind, string>> = {
  link: "shares the statement's link",
  words: "repeats the statement's words",
  supports: 'the statement supports it',
};

/** The rule's answer as data; words for an officer are made from it at the edge. */
export interface MessagingReason {
  kind: MessagingKind;
  statementId: number;
}

/** One match of the claim against a statement, in rank order, as the pipeline stored it. */
export interface MessagingMatch {
  statementId: number;
  decision: MatchDecision;
  stance: Stance;
  /** The matcher's features; `url` is 1 when the claim links to the statement. */
  features?: Readonly<Record<string, number>>;
  /** `supersededBy` is the statement's update, when it has one. */
  statement: { title: string; body: string; url: string | null; supersededBy?: number | null } | null;
}

/**
 * Whether a match decision is the strongest one the matcher makes. Every comparison with a
 * decision's name in this rule goes through here, so renaming the decisions changes one line.
 *
 * @example isStrongestDecision('strong') // true
 */
export function isStrongestDecision(decision: MatchDecision | null | undefined): boolean {
  return decision === 'strong';
}

/**
 * A contradiction on the strongest decision ends the question: a post that quotes or links the
 * statement to deny it is a rumor. A weaker contradicting match does not veto a link: "Police
 * say this is false: <the statement's link>" is read as contradicting by today's stance rules.
 */
function contradicted(matches: readonly MessagingMatch[], exempt: ReadonlySet<number> = new Set()): boolean {
  return matches.some((m) => m.stance === 'contradicts' && isStrongestDecision(m.decision) && !exempt.has(m.statementId));
}

/**
 * The updates that replaced a statement, following the chain through the matched statements.
 * A post sharing the department's earlier appeal ("help us find a missing boy" with its link)
 * is contradicted by the update ("found safe"), but it is still the department's own words,
 * outdated, not a rumor someone made up.
 */
function updatesOf(statementId: number, matches: readonly MessagingMatch[]): Set<number> {
  const byId = new Map(matches.map((m) => [m.statementId, m]));
  const out = new Set<number>();
  let next = byId.get(statementId)?.statement?.supersededBy ?? null;
  while (next !== null && next !== statementId && !out.has(next)) {
    out.add(next);
    next = byId.get(next)?.statement?.supersededBy ?? null;
  }
  return out;
}

function linksTo(m: MessagingMatch, claimUrls: readonly string[]): boolean {
  if (m.features?.url === 1) return true;
  const own = m.statement?.url ? canonicalUrl(m.statement.url) : null;
  return own !== null && claimUrls.includes(own);
}

// Words a share may add around the link without saying anything of its own ("Please share!!").
const SHARE_WORDS = 6;

/**
 * Whether a post that links a statement only passes it on: it repeats the statement (supported
 * by it or restating one of its sentences) or adds a few words around the link. "They found Sam
 * dead in the creek, police covering it up <the appeal's link>" says something of its own.
 */
function sharesOnly(claim: string, linked: MessagingMatch): boolean {
  if (linked.stance === 'supports') return true;
  if (linked.stance === 'contradicts') return false;
  if (linked.statement && restatedSentence(claim, linked.statement) !== null) return true;
  const ownWords = claim.replace(/https?:\/\/\S+|www\.\S+/gi, ' ').match(/[\p{L}\p{N}']+/gu) ?? [];
  return ownWords.length <= SHARE_WORDS;
}

/**
 * Whether a claim (a post, or a cluster's representative post) is the department's own
 * messaging rather than a rumor, and why. No match on the strongest decision may contradict
 * it, except that a statement's own update does not veto a post that only passes the statement
 * on by its link (an outdated share of the department's words is listed with that statement,
 * marked superseded; see sharesOnly).
 * Then, in order:
 * - `link`: it links to a matched statement (the matcher's `url` feature, or one of its links
 *   is the statement's URL once tracking parameters are dropped);
 * - `words`: the deciding (first) match is on the strongest decision, does not contradict,
 *   and the claim restates one of that statement's sentences (see restatedSentence);
 * - `supports`: the deciding match is on the strongest decision and its stance is `supports`
 *   (the stance classifier says `supports` only when confident).
 *
 * @example departmentMessaging('Bridge closed https://pd.example/news/bridge', [{ statementId: 3, decision: 'possible', stance: 'not_addressed', statement: { title: 'Bridge closed', body: '', url: 'https://pd.example/news/bridge' } }]) // { kind: 'link', statementId: 3 }
 */
export function departmentMessaging(claim: string, matches: readonly MessagingMatch[]): MessagingReason | null {
  const first = matches[0];
  if (!first) return null;
  const claimUrls = extractUrls(claim).map(canonicalUrl).filter((u): u is string => u !== null);
  const linked = matches.find((m) => isUsableMatch(m) && linksTo(m, claimUrls));
  if (linked && !contradicted(matches, sharesOnly(claim, linked) ? updatesOf(linked.statementId, matches) : new Set())) return { kind: 'link', statementId: linked.statementId };
  if (contradicted(matches)) return null;
  if (!isStrongestDecision(first.decision) || first.stance === 'contradicts') return null;
  if (first.statement && restatedSentence(claim, first.statement) !== null) return { kind: 'words', statementId: first.statementId };
  if (first.stance === 'supports') return { kind: 'supports', statementId: first.statementId };
  return null;
}
