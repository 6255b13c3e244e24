import type { Stance } from '../types';
import { normalizeUnicode } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { countsIn, ruledOut, type Count } from './stance-numbers';

export interface StanceResult {
  stance: Stance;
  /** Plain-English reasons, e.g. "the statement says 1 injured; the claim says 12 dead". */
  reasons: string[];
}

const DENIAL = /\b(hoax|fake|not true|untrue|debunked|false|lies?|made up|fabricated|staged|misinformation)\b/i;
const NEGATOR = /^(not|no|never|nobody|none|neither|nor|without|isnt|arent|wasnt|werent|dont|doesnt|didnt|cant|cannot|wont|hasnt|havent|hadnt)$/;
const DAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|last night|this morning)\b/gi;
const DAY_OR_MONTH = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/;
const PLACE_CUE = /\b(?:in|at|near|on|outside)\s+((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){0,3})/g;

function sentences(text: string): string[] {
  return normalizeUnicode(text).split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

// Words recur across claims; running each through the whole tokenizer was most of a claim's
// stance cost. Bounded so a long-running service does not grow with every new word.
const wordTerms = new Map<string, string | null>();
const WORD_TERMS_LIMIT = 50_000;

function termOfWord(word: string): string | null {
  let term = wordTerms.get(word);
  if (term === undefined) {
    term = tokenize(word)[0]?.term ?? null;
    if (wordTerms.size < WORD_TERMS_LIMIT) wordTerms.set(word, term);
  }
  return term;
}

/** Terms said with a negation ("has not collapsed" → collaps) and terms said plainly. */
function polarity(text: string): { negated: Map<string, string>; plain: Set<string> } {
  const negated = new Map<string, string>();
  const plain = new Set<string>();
  for (const sentence of sentences(text)) {
    const words = sentence.toLowerCase().replace(/n't\b/g, 'nt').replace(/'/g, '').match(/[a-z0-9]+/g) ?? [];
    let lastNegator = -10;
    words.forEach((w, i) => {
      if (NEGATOR.test(w)) {
        lastNegator = i;
        return;
      }
      const term = termOfWord(w);
      if (!term) return;
      if (i - lastNegator <= 3) negated.set(term, words.slice(lastNegator, i + 1).join(' '));
      else plain.add(term);
    });
  }
  return { negated, plain };
}

function placesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of normalizeUnicode(text).matchAll(PLACE_CUE)) {
    const place = (m[1] as string).toLowerCase();
    if (!DAY_OR_MONTH.test(place)) out.add(place);
  }
  return out;
}

function daysIn(text: string): Set<string> {
  return new Set((normalizeUnicode(text).match(DAYS) ?? []).map((d) => d.toLowerCase()));
}

function numberReasons(claimed: Count[], statement: { counts: Count[]; excluded: Set<string> }): string[] {
  const stated = statement.counts;
  const excluded = statement.excluded;
  const reasons: string[] = [];
  for (const c of claimed) {
    if (c.count === '0') continue;
    const same = stated.filter((s) => s.kind === c.kind);
    if (same.length && !same.some((s) => s.count === c.count)) {
      reasons.push(`the statement says ${[...new Set(same.map((s) => s.words))].join(', ')}; the claim says ${c.words}`);
    } else if (!same.length && excluded.has(c.kind)) {
      reasons.push(`the statement says no one was ${c.kind === 'dead' ? 'killed' : c.kind}; the claim says ${c.words}`);
    } else if (!same.length && c.kind === 'dead') {
      const injured = stated.filter((s) => s.kind === 'injured');
      if (injured.length) reasons.push(`the statement says ${[...new Set(injured.map((s) => s.words))].join(', ')}; the claim says ${c.words}`);
    }
  }
  return reasons;
}

function differenceReasons(label: string, claimSet: Set<string>, statementSet: Set<string>, claim: string, statement: string): string[] {
  if (!claimSet.size || !statementSet.size) return [];
  const lowerClaim = claim.toLowerCase();
  const lowerStatement = statement.toLowerCase();
  const onlyClaim = [...claimSet].filter((x) => !lowerStatement.includes(x));
  const onlyStatement = [...statementSet].filter((x) => !lowerClaim.includes(x));
  if (!onlyClaim.length || !onlyStatement.length) return [];
  return [`the statement gives the ${label} as ${onlyStatement.join(', ')}; the claim says ${onlyClaim.join(', ')}`];
}

/** Everything the stance reader needs from a statement: its own half of every comparison. */
interface StatementSide {
  title: string;
  body: string;
  text: string;
  counts: ReturnType<typeof countsIn>;
  excluded: Set<string>;
  polarity: ReturnType<typeof polarity>;
  places: Set<string>;
  days: Set<string>;
  denies: boolean;
  terms: Set<string>;
}

// Statements are matched over and over and are replaced, never edited, on upsert: their half of
// the analysis is kept per object, so a claim pays only for its own text.
const analysed = new WeakMap<object, StatementSide>();

/** The claim's half, kept for the last claim: one claim is compared with up to k statements. */
interface ClaimSide {
  text: string;
  counts: Count[];
  polarity: ReturnType<typeof polarity>;
  places: Set<string>;
  days: Set<string>;
  denies: boolean;
  terms: Set<string>;
}

let lastClaim: ClaimSide | null = null;

function claimSide(claim: string): ClaimSide {
  if (lastClaim?.text === claim) return lastClaim;
  lastClaim = {
    text: claim,
    counts: countsIn(claim),
    polarity: polarity(claim),
    places: placesIn(claim),
    days: daysIn(claim),
    denies: DENIAL.test(claim),
    terms: new Set(tokenize(claim).map((t) => t.term)),
  };
  return lastClaim;
}

function statementSide(statement: { title: string; body: string }): StatementSide {
  const cached = analysed.get(statement);
  if (cached && cached.title === statement.title && cached.body === statement.body) return cached;
  const text = `${statement.title}\n${statement.body}`;
  const side: StatementSide = {
    title: statement.title,
    body: statement.body,
    text,
    counts: countsIn(text),
    excluded: ruledOut(text),
    polarity: polarity(text),
    places: placesIn(text),
    days: daysIn(text),
    denies: DENIAL.test(text) || /\bno evidence\b|\bnot accurate\b/i.test(text),
    terms: new Set(tokenize(text).map((t) => t.term)),
  };
  analysed.set(statement, side);
  return side;
}

/**
 * Whether a claim agrees with a statement it was matched to, with reasons in words: differing
 * counts ("the statement says 1 injured; the claim says 12 dead"), negation, a different place
 * or day, denial words ("hoax", "fake", "not true"). Rules, not a model: every reason can be
 * checked by a person reading both texts.
 *
 * @example detectStance('12 dead in the Elm St shooting', { title: 'Elm St shooting', body: 'One person was injured.' }).stance // 'contradicts'
 */
export function detectStance(claim: string, statement: { title: string; body: string }): StanceResult {
  const side = statementSide(statement);
  const own = claimSide(claim);
  const statementText = side.text;
  const reasons = numberReasons(own.counts, side);

  const claimPolarity = own.polarity;
  const statementPolarity = side.polarity;
  for (const [term, phrase] of statementPolarity.negated) {
    if (claimPolarity.plain.has(term) && !claimPolarity.negated.has(term) && !statementPolarity.plain.has(term)) {
      reasons.push(`the statement says "${phrase}"; the claim says it did`);
    }
  }
  for (const [term, phrase] of claimPolarity.negated) {
    if (statementPolarity.plain.has(term) && !statementPolarity.negated.has(term) && !claimPolarity.plain.has(term)) {
      reasons.push(`the claim says "${phrase}"; the statement says it did`);
    }
  }
  reasons.push(...differenceReasons('place', own.places, side.places, claim, statementText));
  reasons.push(...differenceReasons('day', own.days, side.days, claim, statementText));

  const claimDenies = own.denies;
  const statementDenies = side.denies;
  if (claimDenies && !statementDenies) reasons.push('the claim calls this false or a hoax; the statement reports it as fact');
  if (reasons.length) return { stance: 'contradicts', reasons };
  if (claimDenies && statementDenies) return { stance: 'supports', reasons: ['the claim and the statement both say the rumour is false'] };

  const claimTerms = own.terms;
  const statementTerms = side.terms;
  const shared = [...claimTerms].filter((t) => statementTerms.has(t));
  if (claimTerms.size && shared.length / claimTerms.size >= 0.5) {
    if (statementDenies) return { stance: 'contradicts', reasons: ['the statement says this claim is false'] };
    return { stance: 'supports', reasons: ['the claim repeats what the statement says, with no differing number, place, day or negation'] };
  }
  return { stance: 'not_addressed', reasons: ['the statement is on this topic but does not settle this claim'] };
}
