import type { KeyFact } from './fact-types';
import { isNegatorAt, type SentenceToken } from './sentence-tokens';

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
  if (denial) out.push({ kind: 'polarity', slot: 'polarity:denial', value: 'denial', surface: denial[0], negated: false, sentence: index });
  const none = NONE_FOUND.exec(sentence);
  if (none) out.push({ kind: 'polarity', slot: 'polarity:none_found', value: 'none_found', surface: none[0], negated: true, sentence: index });
  let never: SentenceToken | undefined;
  let negator: SentenceToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    if (t.word === 'never') never ??= t;
    if (!negator && isNegatorAt(tokens, i)) negator = t;
  }
  if (never) out.push({ kind: 'polarity', slot: 'polarity:never', value: 'never', surface: sentence.slice(never.start, never.end), negated: true, sentence: index });
  if (negator) out.push({ kind: 'polarity', slot: 'polarity:negation', value: 'negation', surface: sentence.slice(negator.start, negator.end), negated: true, sentence: index });
  return out;
}
