import type { SentenceToken } from './sentence-tokens';

// What is found or not found when no one is being searched for: "found no evidence", "no signs of foul play".
const FINDINGS = new Set(['no', 'nothing', 'none', 'evidence', 'that', 'violations', 'traces', 'signs', 'damage', 'cracks', 'problems', 'issues', 'defects']);
// Words after "no sign of" that name someone or something looked for: "no sign of the hiker", "of him".
const SOUGHT = new Set(['the', 'a', 'an', 'him', 'her', 'them', 'my', 'our', 'his', 'their', 'your', 'missing', 'any']);
const MISSING_PERSON_BEFORE = new Set(['went', 'goes', 'go', 'gone', 'is', 'was', 'are', 'were', 'been', 'be', 'still', 'reported', 'remains', 'remain']);
const FINDING_AFTER_ANY = new Set(['foul', 'trauma', 'injury', 'injuries', 'damage', 'fire', 'smoke', 'forced', 'struggle', 'violence', 'life', 'contamination']);

/**
 * Whether a found/missing phrase at `at` speaks of no search: an inspection or an examination
 * that "found 37 violations" or "found no evidence of foul play", "no signs of foul play",
 * "missing or broken smoke alarms". Read as a search, they contradicted posts that said the same.
 *
 * @example notASearch(sentenceTokens('the exam found no evidence of trauma'), 2, 1, 'found') // true
 */
export function notASearch(tokens: readonly SentenceToken[], at: number, length: number, value: string): boolean {
  const next = tokens[at + length];
  const word = tokens[at]?.word;
  if (value === 'found') {
    if (!next || next.punct) return false;
    return next.number !== undefined || FINDINGS.has(next.word);
  }
  // "missing or broken smoke alarms" describes things; "went missing and was found" a person.
  if (word === 'missing' && length === 1) return (next?.word === 'or' || next?.word === 'and') && !MISSING_PERSON_BEFORE.has(tokens[at - 1]?.word ?? '');
  const last = tokens[at + length - 1]?.word;
  if (last === 'of' || last === 'sign' || last === 'signs') {
    // "no sign of" (+ "of" when the phrase stops at "sign").
    const after = last === 'of' ? next : tokens[at + length + 1];
    if (!after || after.punct) return false;
    if (after.word === 'any') return FINDING_AFTER_ANY.has(tokens[at + length + (last === 'of' ? 1 : 2)]?.word ?? '');
    return !SOUGHT.has(after.word);
  }
  return false;
}
