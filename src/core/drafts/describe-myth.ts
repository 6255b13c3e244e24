import nlp from 'compromise';
import { redactPrivacy, scanPrivacy, type PrivacyContext } from '../privacy';
import { normalizeUnicode } from '../text/normalize';
import { contentWords, endsWithAbbreviation } from './extract-facts';

const GENERIC_MYTH = 'posts circulating online';

/**
 * Name the myth without repeating it (debunking practice: quoting a myth makes it more
 * familiar, so more believable). We name only what the posts are about: the cluster topic, or
 * the places and organisations the claim mentions.
 *
 * @example describeMyth('Elm St bridge collapsed!!', 'the Elm St bridge', ctx) // 'posts about the Elm St bridge'
 */
export function describeMyth(claimText: string, topic: string | null | undefined, privacy: PrivacyContext): string {
  const candidates: string[] = [];
  if (topic && topic.trim()) candidates.push(normalizeUnicode(topic));
  const claim = normalizeUnicode(claimText);
  const doc = nlp(claim);
  // What is personal only in context ("Westfield High" in a post about a 14-year-old) is read in the whole claim.
  const inClaim = scanPrivacy(claim, privacy).findings.map((f) => f.value.toLowerCase());
  candidates.push(...(doc.places().out('array') as string[]), ...(doc.organizations().out('array') as string[]));
  for (const raw of candidates) {
    const subject = raw.replace(/^[\s"'#@]+|[\s"'.,;:!?]+$/g, '');
    if (subject.length < 3 || subject.length > 60) continue;
    // A topic that carries personal data ("Jamal's house") would defeat the point of describing.
    const lower = subject.toLowerCase();
    if (scanPrivacy(subject, privacy).findings.length > 0 || inClaim.some((v) => lower.includes(v) || v.includes(lower))) continue;
    return `posts about ${subject}`;
  }
  return GENERIC_MYTH;
}

/** Clauses at , ; . ! ? but not after "Dr." or "St.": "ordered by Dr. Aisha Rahman" is one clause, dropped whole. */
function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  for (const piece of text.split(/(?<=[,;.!?])\s+/)) {
    const last = clauses.length - 1;
    if (last >= 0 && endsWithAbbreviation(clauses[last] as string)) clauses[last] += ` ${piece}`;
    else clauses.push(piece);
  }
  return clauses;
}

const SUMMARY_MAX = 110;
const HYPE_PREFIX = /^(?:(?:breaking|urgent|alert|just in|rt|psa|omg|wow)\b[\s:!.-]*)+/i;

/** Calm the shouting: "COLLAPSED" becomes "collapsed"; short acronyms (FBI, I-95) stay. */
function unshout(text: string): string {
  return text.replace(/\b[A-Z]{4,}\b/g, (w) => w.toLowerCase());
}

/**
 * The claim's gist for holding messages. Hype ("BREAKING"), links, hashtags and every clause
 * that carries personal data are dropped (a "[name removed]" placeholder in a public post
 * still points at someone); the rest is cut at a word to ~110 characters, without trailing
 * punctuation, so it reads after "posts claiming".
 *
 * @example summarizeClaim('BREAKING the bridge COLLAPSED, my neighbor Jamal Whitaker saw it #ridgeport', ctx) // 'the bridge collapsed'
 */
export function summarizeClaim(claimText: string, privacy: PrivacyContext): string {
  const cleaned = normalizeUnicode(claimText)
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/(^|\s)#\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(HYPE_PREFIX, '');
  // A clause says something: "34," left between a dropped name and a dropped address does not.
  const clauses = splitClauses(cleaned).filter((c) => contentWords(c).size > 0);
  // Read in the whole claim: a school is personal only beside the child another clause names.
  const inClaim = scanPrivacy(cleaned, privacy).findings.map((f) => f.value.toLowerCase());
  const safe = clauses.filter((c) => {
    const lower = c.toLowerCase();
    return scanPrivacy(c, privacy).findings.length === 0 && !inClaim.some((v) => lower.includes(v));
  });
  let text = unshout(safe.length ? safe.join(' ') : clauses.map((c) => redactPrivacy(c, privacy).text).join(' '));
  text = text.replace(/[\s.,;:!?]+$/u, '');
  if (text.length > SUMMARY_MAX) {
    const cut = text.lastIndexOf(' ', SUMMARY_MAX);
    text = `${text.slice(0, cut > 0 ? cut : SUMMARY_MAX).replace(/[\s.,;:!?]+$/u, '')}…`;
  }
  // Lower-case only an ordinary first word: "The bridge" reads on, "Elm St" must stay a name.
  if (/^(?:The|A|An|Some|Our|My|This|That|There|They|It|Police|All|Every)\b/.test(text)) text = text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}
