import type { KeyFact } from './fact-types';
import { rangeValue, readNumber } from './read-number';
import type { SentenceToken } from './sentence-tokens';
import { newFact } from './new-fact';

// Units a public-safety message measures in, folded to one name per unit.
const UNITS = new Map<string, string>([
  ...['acre', 'acres'].map((w) => [w, 'acres'] as const),
  ...['hectare', 'hectares'].map((w) => [w, 'hectares'] as const),
  ...['mile', 'miles', 'mi'].map((w) => [w, 'miles'] as const),
  ...['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'].map((w) => [w, 'km'] as const),
  ...['foot', 'feet', 'ft'].map((w) => [w, 'feet'] as const),
  ...['inch', 'inches'].map((w) => [w, 'inches'] as const),
  ...['meter', 'meters', 'metre', 'metres'].map((w) => [w, 'meters'] as const),
  ...['gallon', 'gallons'].map((w) => [w, 'gallons'] as const),
  ...['liter', 'liters', 'litre', 'litres'].map((w) => [w, 'liters'] as const),
  ...['degree', 'degrees'].map((w) => [w, 'degrees'] as const),
  ...['mph'].map((w) => [w, 'mph'] as const),
  ...['percent', '%'].map((w) => [w, 'percent'] as const),
  ...['hour', 'hours', 'hr', 'hrs'].map((w) => [w, 'hours'] as const),
  ...['day', 'days'].map((w) => [w, 'days'] as const),
  ...['week', 'weeks'].map((w) => [w, 'weeks'] as const),
  ...['minute', 'minutes', 'min', 'mins'].map((w) => [w, 'minutes'] as const),
  ...['ton', 'tons', 'tonne', 'tonnes'].map((w) => [w, 'tons'] as const),
  ...['pound', 'pounds', 'lb', 'lbs'].map((w) => [w, 'pounds'] as const),
  ...['dollar', 'dollars'].map((w) => [w, 'usd'] as const),
  ...['magnitude'].map((w) => [w, 'magnitude'] as const),
]);

/** Whether the token is a unit word (counts skip numbers that measure). */
export function isUnit(word: string): boolean {
  return UNITS.has(word);
}

/**
 * Measured amounts: "200 acres", "3 miles", "40%", "$5,000", "for 12 days" →
 * slot `quantity:<unit>`, value the number. Returns the facts and the tokens they used.
 *
 * @example quantityFacts('about 200 acres burned', sentenceTokens('about 200 acres burned'), 0)[0].value // '160-240'
 */
export function quantityFacts(sentence: string, tokens: readonly SentenceToken[], index: number, used: Uint8Array): KeyFact[] {
  const out: KeyFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    // Digits, number words ("about three weeks") and vague amounts ("a few minutes") all measure.
    if (t.punct) continue;
    const n = readNumber(tokens, i);
    if (!n || n.zero) continue;
    let unitAt = n.to + 1;
    if (tokens[unitAt]?.word === '-') unitAt++;
    let unit = UNITS.get(tokens[unitAt]?.word ?? '');
    // "Magnitude 4.5" and "$5,000" put the unit first.
    if (!unit && tokens[n.from - 1]?.word === '$') unit = 'usd';
    if (!unit && tokens[n.from - 1]?.word === 'magnitude') unit = 'magnitude';
    if (!unit) continue;
    const last = UNITS.has(tokens[unitAt]?.word ?? '') ? unitAt : n.to;
    const first = tokens[n.from - 1]?.word === '$' || tokens[n.from - 1]?.word === 'magnitude' ? n.from - 1 : n.from;
    for (let k = first; k <= last; k++) used[k] = 1;
    out.push(newFact('quantity', `quantity:${unit}`, rangeValue(n.range), sentence.slice((tokens[first] as SentenceToken).start, (tokens[last] as SentenceToken).end), false, index, { range: n.range }));
    i = last;
  }
  return out;
}
