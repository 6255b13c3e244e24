import type { Stance } from '../types';
import { normalizeUnicode } from '../text/normalize';
import { contentTerms } from '../text/terms';

export interface StanceResult {
  stance: Stance;
  reasons: string[];
}

const NUMBER_WORDS: Record<string, number> = {
  no: 0, zero: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, dozens: 24, fifteen: 15, twenty: 20, hundreds: 200, hundred: 100,
};

/** Counted things whose number a rumor typically gets wrong. Stems, so "killed" ~ "kill". */
const COUNTED = /^(protest|dead|death|die|kill|injur|hurt|wound|shooter|gunmen|gunman|suspect|arrest|victim|peopl|student|child|kid|home|hous|famili|resid|car|vehicl|custom|drown|bodi|hostag|person|man|men|woman|women|casualti|fatal)/;

const GENERIC_NOUN = /^(peopl|person|man|men|woman|women|resid|famili|child|kid|student)/;

/** Equal stems, or one typo apart for longer words ("colapsed" ~ "collapsed"). */
function sameTerm(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

function hasTerm(terms: Set<string>, term: string): boolean {
  if (terms.has(term)) return true;
  for (const t of terms) if (sameTerm(t, term)) return true;
  return false;
}

const DENIAL = /\b(hoax|fake|false|not true|untrue|debunk(ed)?|no truth|fabricat(ed|ion)|misinformation|rumou?r(s)? (is|are) (false|wrong|untrue))\b/i;
const REFUTATION = /\b(no evidence|not true|false|untrue|inaccurate|incorrect|rumou?rs?|misinformation|there (is|was|are|were) no|did not|does not|do not|has not|have not|is not|are not|was not|were not|no one|nobody|never|not (a|an|the)|no \w+ (was|were|is|are)|not been|no longer|is safe|are safe|remains? safe|not connected|not involved|not a suspect)\b/i;
const NEGATION = /\b(not|no|never|none|nobody|isn'?t|aren'?t|wasn'?t|weren'?t|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|won'?t|can'?t|cannot)\b/i;

interface Counted {
  value: number;
  noun: string;
  surface: string;
}

/** "12 dead", "twelve people killed", "a second shooter", "3 drowned". */
function countedMentions(text: string): Counted[] {
  const words = normalizeUnicode(text).toLowerCase().replace(/[^\p{L}\p{N}\s,.-]/gu, ' ').split(/\s+/).filter(Boolean);
  const out: Counted[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = (words[i] as string).replace(/[,.]+$/, '');
    const value = /^\d{1,6}$/.test(raw.replace(/,/g, '')) ? Number(raw.replace(/,/g, '')) : NUMBER_WORDS[raw];
    if (value === undefined) continue;
    // Look ahead up to three words for the counted noun ("12 people were killed").
    for (let j = i + 1; j <= Math.min(i + 3, words.length - 1); j++) {
      const word = (words[j] as string).replace(/[,.]+$/, '');
      const stem = contentTerms(word)[0];
      if (stem && COUNTED.test(stem)) {
        out.push({ value, noun: stem, surface: `${raw} ${words.slice(i + 1, j + 1).join(' ').replace(/[,.]+$/, '')}` });
        break;
      }
    }
  }
  // "a second shooter" claims two, whatever the article says.
  if (/\bsecond (shooter|gunman|suspect)\b/i.test(text)) out.push({ value: 2, noun: 'shooter', surface: 'a second shooter' });
  return out;
}

function sentences(text: string): string[] {
  // Split at sentence ends followed by a capital, so "E. coli" and "a.m. today" stay whole.
  return normalizeUnicode(text)
    .split(/(?<=[.!?])\s+(?=[A-Z"])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 3);
}

const FALSITY = /\b(false|not true|untrue|inaccurate|incorrect|misinformation|no evidence|did not happen|never happened|is not involved|not connected|no connection|not a suspect)\b/i;
const MYTH_REPORT = /\b(we are aware of|(posts?|claims?|rumou?rs?|videos?|reports?|messages?)\b[^.]{0,60}\b(claim(s|ing)?|say(s|ing)?|that|show(s|ing)?|suggest(s|ing)?))\b/i;
const NEGATION_CUE = /\b(not|no|never|none|nobody|neither|nor|isn't|aren't|wasn't|weren't|didn't|doesn't|hasn't|haven't|won't)\b/gi;

/** Content terms within a few words after each negation cue: what the sentence denies. */
function deniedTerms(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const match of sentence.matchAll(NEGATION_CUE)) {
    const after = sentence.slice((match.index ?? 0) + match[0].length).split(/[,;:]/)[0] ?? '';
    for (const term of contentTerms(after.split(/\s+/).slice(0, 6).join(' '))) out.add(term);
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * Whether a claim agrees with a statement, with the reason in words an officer can repeat.
 * Rules, in order of how decisive they are: a counted thing that differs ("the statement says
 * 1 injured; the claim says 12 dead"), a statement sentence that refutes the claim's content,
 * opposite negation on the sentence that overlaps most; otherwise agreement when the claim's
 * content is mostly in the statement.
 *
 * @example detectStance('12 dead at Northgate', {title: 'Shooting at Northgate', body: 'One person was injured.'}).stance // 'contradicts'
 */
export function detectStance(claim: string, statement: { title: string; body: string }, options: { linksToStatement?: boolean } = {}): StanceResult {
  const statementText = `${statement.title}. ${statement.body}`;
  const claimTerms = new Set(contentTerms(claim));
  const reasons: string[] = [];
  // "No second shooter…", "There is no curfew", "fake": the post itself denies something. An
  // imperative ("Don't drink the water") is not a denial.
  const claimDenies = DENIAL.test(claim) || /(^|[.;:!?]\s*)(no|not|there (is|was|are|were) no)\b/i.test(normalizeUnicode(claim));
  // Sharing the department's own statement is agreeing with it, unless the post calls it a lie.
  if (options.linksToStatement && !DENIAL.test(claim)) {
    return { stance: 'supports', reasons: ['The post links to this statement.'] };
  }

  const claimCounts = countedMentions(claim);
  const statementCounts = countedMentions(statementText);
  for (const c of claimCounts) {
    // "3 people" against "two people" says little unless the people are the same ones.
    if (GENERIC_NOUN.test(c.noun)) continue;
    const same = statementCounts.filter((s) => s.noun.slice(0, 4) === c.noun.slice(0, 4));
    if (same.length && !same.some((s) => s.value === c.value)) {
      reasons.push(`The statement says "${same[0]?.surface}"; the claim says "${c.surface}".`);
    }
  }
  // Casualty claims against a statement that reports only injuries: "12 dead" vs "1 injured".
  const deathClaim = claimCounts.find((c) => /^(dead|death|die|kill|drown|fatal|bodi)/.test(c.noun) && c.value > 0);
  const injuryFact = statementCounts.find((s) => /^(injur|hurt|wound)/.test(s.noun));
  const statementDeaths = statementCounts.some((s) => /^(dead|death|die|kill|drown|fatal)/.test(s.noun));
  if (deathClaim && injuryFact && !statementDeaths && !reasons.length) {
    reasons.push(`The statement says "${injuryFact.surface}"; the claim says "${deathClaim.surface}".`);
  }
  if (reasons.length) return { stance: 'contradicts', reasons };

  const all = sentences(statementText);
  const falsity = all.find((sentence) => FALSITY.test(sentence));
  // A term the statement also uses plainly somewhere is context ("Northgate"), not what it denies.
  const affirmed = new Set<string>();
  for (const sentence of all) {
    const denied = deniedTerms(sentence);
    for (const t of contentTerms(sentence)) if (!denied.has(t)) affirmed.add(t);
  }
  let best: { sentence: string; score: number } | null = null;
  for (const sentence of all) {
    const terms = new Set(contentTerms(sentence));
    const score = overlap(claimTerms, terms);
    if (!best || score > best.score) best = { sentence, score };
    // The statement restates this rumor in order to call it false.
    if (MYTH_REPORT.test(sentence) && score >= 0.4) {
      if (claimDenies) return { stance: 'supports', reasons: [`The post denies the rumor, as the statement does: "${falsity ?? sentence}"`] };
      const rebuttal = falsity ?? all.find((other) => other !== sentence && [...deniedTerms(other)].some((t) => terms.has(t)));
      if (rebuttal) return { stance: 'contradicts', reasons: [`The statement addresses this claim: "${rebuttal}"`] };
    }
    // The statement denies exactly what the claim asserts ("The bridge has not collapsed").
    const denied = deniedTerms(sentence);
    let hits = 0;
    for (const t of denied) if (!affirmed.has(t) && hasTerm(claimTerms, t)) hits += 1;
    let shared = 0;
    for (const t of terms) if (hasTerm(claimTerms, t)) shared += 1;
    if (hits >= 1 && shared >= 2 && !NEGATION.test(claim)) {
      return { stance: 'contradicts', reasons: [`The statement says: "${sentence}"`] };
    }
  }
  if (best && best.score >= 0.34 && NEGATION.test(claim) && !NEGATION.test(best.sentence) && !DENIAL.test(claim)) {
    const claimDenied = deniedTerms(claim);
    const bestTerms = new Set(contentTerms(best.sentence));
    if ([...claimDenied].some((t) => bestTerms.has(t))) {
      return { stance: 'contradicts', reasons: [`The claim denies what the statement says: "${best.sentence}"`] };
    }
  }
  // A death claimed where the statement reports only injuries or a stable condition.
  const claimDenied = deniedTerms(claim);
  const claimsDeath = [...claimTerms].some((t) => /^(die|dead|death|kill|drown|fatal)/.test(t) && !claimDenied.has(t));
  const statementTerms = new Set(contentTerms(statementText));
  const reportsInjury = [...statementTerms].some((t) => /^(injur|hurt|wound|stabl|hospit)/.test(t));
  const affirmsDeath = all.some((sentence) => /\b(died|dead|killed|death|fatal)\b/i.test(sentence) && !NEGATION.test(sentence));
  const deniesDeaths = all.find((sentence) => /\b(no|zero)\b[^.]{0,30}\b(deaths?|fatalit\w*|one (died|was killed))\b|\bno one (died|was killed)\b/i.test(sentence));
  if (claimsDeath && deniesDeaths) {
    return { stance: 'contradicts', reasons: [`The statement says: "${deniesDeaths}"`] };
  }
  if (claimsDeath && reportsInjury && !affirmsDeath) {
    const injury = all.find((sentence) => /\b(injur|hurt|wound|stable|hospital)/i.test(sentence));
    return { stance: 'contradicts', reasons: [`The statement reports injuries, not deaths: "${injury ?? ''}"`] };
  }
  // Calling the statement's own topic a hoax disputes it, unless the statement debunks it too.
  if (DENIAL.test(claim) && !REFUTATION.test(statementText.slice(0, 600))) {
    return { stance: 'contradicts', reasons: ['The claim calls this a hoax or false; the department states it as fact.'] };
  }
  const coverage = overlap(claimTerms, statementTerms);
  if (coverage >= 0.5) {
    return { stance: 'supports', reasons: [best ? `The statement says: "${best.sentence}"` : 'The claim repeats what the statement says.'] };
  }
  return { stance: 'not_addressed', reasons: ['The statement is on this topic but does not settle this claim.'] };
}
