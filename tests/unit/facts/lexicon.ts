import { readFileSync } from 'fs';
import { resolve } from 'path';
import { createContrastLexicon, extractKeyFacts, type ContrastData, type ContrastLexicon, type KeyFact } from '../../../src/core/facts';

/** The shipped contrast lexicon, compiled once for the facts tests. */
export const lexicon: ContrastLexicon = createContrastLexicon(JSON.parse(readFileSync(resolve(__dirname, '../../../data/lexicons/contrasts.json'), 'utf8')) as ContrastData);

/** `slot=value` strings of a text's facts, with `!` marking a negated fact. */
export function factsOf(text: string): string[] {
  return extractKeyFacts(text, lexicon).map((f) => `${f.slot}=${f.value}${f.negated ? '!' : ''}`);
}

/** The facts of one slot. */
export function slotFacts(text: string, slot: string): KeyFact[] {
  return extractKeyFacts(text, lexicon).filter((f) => f.slot === slot);
}
