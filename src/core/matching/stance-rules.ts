import type { Stance } from '../types';
import { normalizeUnicode } from '../text/normalize';
import { contentTerms } from '../text/terms';
import { wordTable } from '../text/word-table';

export interface StanceResult {
  stance: Stance;
  reasons: string[];
}

const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  no: 0, zero: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, dozens: 24, fifteen: 15, twenty: 20, hundreds: 200, hundred: 100,
});

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

// The same few thousand words recur across claims; each went through the whole term pipeline.
// Bounded so a long-running service does not grow with every new word.
const wordStems = new Map<string, string | undefined>();
const WORD_STEMS_LIMIT = 50_000;

function stemOfWord(word: string): string | undefined {
  if (wordStems.has(word)) return wordStems.get(word);
  const stem = contentTerms(word)[0];
  if (wordStems.size < WORD_STEMS_LIMIT) wordStems.set(word, stem);
  return stem;
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
      const stem = stemOfWord(word);
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

/** A statement's half of every stance rule, worked out once per statement. */
interface StatementSide {
  title: string;
  body: string;
  text: string;
  counts: Counted[];
  sentences: { text: string; terms: Set<string>; denied: Set<string>; mythReport: boolean }[];
  falsity: string | undefined;
  /** A term the statement also uses plainly somewhere is context ("Northgate"), not what it denies. */
  affirmed: Set<string>;
  terms: Set<string>;
  reportsInjury: boolean;
  affirmsDeath: boolean;
  deniesDeaths: string | undefined;
  injurySentence: string | undefined;
  refutesEarly: boolean;
}

// Statements are matched again and again and are replaced, never edited, on upsert: their half
// of the analysis is kept per object so a claim pays only for its own text.
const analysed = new WeakMap<object, StatementSide>();

/** The claim's half, kept for the last claim: one claim is compared with up to k statements. */
interface ClaimSide {
  text: string;
  terms: Set<string>;
  denies: boolean;
  calledFalse: boolean;
  negates: boolean;
  counts: Counted[];
  denied: Set<string>;
}

let lastClaim: ClaimSide | null = null;

function claimSide(claim: string): ClaimSide {
  if (lastClaim?.text === claim) return lastClaim;
  lastClaim = {
    text: claim,
    terms: new Set(contentTerms(claim)),
    // "No second shooter…", "There is no curfew", "fake": the post itself denies something. An
    // imperative ("Don't drink the water") is not a denial.
    denies: DENIAL.test(claim) || /(^|[.;:!?]\s*)(no|not|there (is|was|are|were) no)\b/i.test(normalizeUnicode(claim)),
    calledFalse: DENIAL.test(claim),
    negates: NEGATION.test(claim),
    counts: countedMentions(claim),
    denied: deniedTerms(claim),
  };
  return lastClaim;
}

function statementSide(statement: { title: string; body: string }): StatementSide {
  const cached = analysed.get(statement);
  if (cached && cached.title === statement.title && cached.body === statement.body) return cached;
  const text = `${statement.title}. ${statement.body}`;
  const all = sentences(text);
  const analysedSentences = all.map((sentence) => ({ text: sentence, terms: new Set(contentTerms(sentence)), denied: deniedTerms(sentence), mythReport: MYTH_REPORT.test(sentence) }));
  const affirmed = new Set<string>();
  for (const sentence of analysedSentences) for (const t of sentence.terms) if (!sentence.denied.has(t)) affirmed.add(t);
  const terms = new Set(contentTerms(text));
  const side: StatementSide = {
    title: statement.title,
    body: statement.body,
    text,
    counts: countedMentions(text),
    sentences: analysedSentences,
    falsity: all.find((sentence) => FALSITY.test(sentence)),
    affirmed,
    terms,
    reportsInjury: [...terms].some((t) => /^(injur|hurt|wound|stabl|hospit)/.test(t)),
    affirmsDeath: all.some((sentence) => /\b(died|dead|killed|death|fatal)\b/i.test(sentence) && !NEGATION.test(sentence)),
    deniesDeaths: all.find((sentence) => /\b(no|zero)\b[^.]{0,30}\b(deaths?|fatalit\w*|one (died|was killed))\b|\bno one (died|was killed)\b/i.test(sentence)),
    injurySentence: all.find((sentence) => /\b(injur|hurt|wound|stable|hospital)/i.test(sentence)),
    refutesEarly: REFUTATION.test(text.slice(0, 600)),
  };
  analysed.set(statement, side);
  return side;
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
  const own = claimSide(claim);
  const claimTerms = own.terms;
  const reasons: string[] = [];
  const claimDenies = own.denies;
  // Sharing the department's own statement is agreeing with it, unless the post calls it a lie.
  if (options.linksToStatement && !own.calledFalse) {
    return { stance: 'supports', reasons: ['The post links to this statement.'] };
  }
  const side = statementSide(statement);

  const claimCounts = own.counts;
  const statementCounts = side.counts;
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

  const all = side.sentences;
  const falsity = side.falsity;
  const affirmed = side.affirmed;
  let best: { sentence: string; terms: Set<string>; score: number } | null = null;
  for (const sentence of all) {
    const terms = sentence.terms;
    const score = overlap(claimTerms, terms);
    if (!best || score > best.score) best = { sentence: sentence.text, terms, score };
    // The statement restates this rumor in order to call it false.
    if (sentence.mythReport && score >= 0.4) {
      if (claimDenies) return { stance: 'supports', reasons: [`The post denies the rumor, as the statement does: "${falsity ?? sentence.text}"`] };
      const rebuttal = falsity ?? all.find((other) => other !== sentence && [...other.denied].some((t) => terms.has(t)))?.text;
      if (rebuttal) return { stance: 'contradicts', reasons: [`The statement addresses this claim: "${rebuttal}"`] };
    }
    // The statement denies exactly what the claim asserts ("The bridge has not collapsed").
    let hits = 0;
    for (const t of sentence.denied) if (!affirmed.has(t) && hasTerm(claimTerms, t)) hits += 1;
    let shared = 0;
    for (const t of terms) if (hasTerm(claimTerms, t)) shared += 1;
    if (hits >= 1 && shared >= 2 && !own.negates) {
      return { stance: 'contradicts', reasons: [`The statement says: "${sentence.text}"`] };
    }
  }
  if (best && best.score >= 0.34 && own.negates && !NEGATION.test(best.sentence) && !own.calledFalse) {
    if ([...own.denied].some((t) => best.terms.has(t))) {
      return { stance: 'contradicts', reasons: [`The claim denies what the statement says: "${best.sentence}"`] };
    }
  }
  // A death claimed where the statement reports only injuries or a stable condition.
  const claimsDeath = [...claimTerms].some((t) => /^(die|dead|death|kill|drown|fatal)/.test(t) && !own.denied.has(t));
  if (claimsDeath && side.deniesDeaths) {
    return { stance: 'contradicts', reasons: [`The statement says: "${side.deniesDeaths}"`] };
  }
  if (claimsDeath && side.reportsInjury && !side.affirmsDeath) {
    return { stance: 'contradicts', reasons: [`The statement reports injuries, not deaths: "${side.injurySentence ?? ''}"`] };
  }
  // Calling the statement's own topic a hoax disputes it, unless the statement debunks it too.
  if (own.calledFalse && !side.refutesEarly) {
    return { stance: 'contradicts', reasons: ['The claim calls this a hoax or false; the department states it as fact.'] };
  }
  const coverage = overlap(claimTerms, side.terms);
  if (coverage >= 0.5) {
    return { stance: 'supports', reasons: [best ? `The statement says: "${best.sentence}"` : 'The claim repeats what the statement says.'] };
  }
  return { stance: 'not_addressed', reasons: ['The statement is on this topic but does not settle this claim.'] };
}
