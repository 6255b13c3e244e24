import type { KeyFact } from './fact-types';
import { isNegatorAt, type SentenceToken } from './sentence-tokens';
import { newFact } from './new-fact';

const DENIAL = /\b(hoax(?:es)?|fake|false|not true|untrue|debunked|misinformation|disinformation|fabricated|baseless|unfounded|no truth|inaccurate|incorrect|not accurate|did not happen|never happened|not real|rumou?rs? (?:is|are) (?:false|wrong|untrue))\b/i;
const NONE_FOUND = /\b(?:no (?:\w+ ){0,3}(?:was |were |has been |have been )?(?:found|located|discovered|detected|recovered)|no evidence|found no|nothing (?:was )?found|no sign(?:s)? of|not (?:been )?found)\b/i;

/**
 * Polarity facts of a sentence, one per kind: `polarity:denial` ("hoax", "false", "not true"),
 * `polarity:never`, `polarity:none_found` ("no ... found", "no evidence"), `polarity:negation`
 * (any negating word). The value is the kind's name; they are shared or claim-only, never
 * conflicts (the negated facts themselves conflict).
 *
 * @example polarityFacts('This is a hoax', sentenceTokens('This is a hoax'), 0)[0].slot // 'polarity:denial'
 */
export function polarityFacts(sentence: string, tokens: readonly SentenceToken[], index: number): KeyFact[] {
  const out: KeyFact[] = [];
  const denial = DENIAL.exec(sentence);
  if (denial) out.push(newFact('polarity', 'polarity:denial', 'denial', denial[0], false, index));
  const none = NONE_FOUND.exec(sentence);
  if (none) out.push(newFact('polarity', 'polarity:none_found', 'none_found', none[0], true, index));
  let never: SentenceToken | undefined;
  let negator: SentenceToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    if (t.word === 'never') never ??= t;
    if (!negator && isNegatorAt(tokens, i)) negator = t;
  }
  if (never) out.push(newFact('polarity', 'polarity:never', 'never', sentence.slice(never.start, never.end), true, index));
  if (negator) out.push(newFact('polarity', 'polarity:negation', 'negation', sentence.slice(negator.start, negator.end), true, index));
  return out;
}
