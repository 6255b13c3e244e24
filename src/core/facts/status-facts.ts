import { STOP_WORDS } from '../text/stop-words';
import type { ContrastLexicon, LexiconPhrase } from './contrast-lexicon';
import type { KeyFact } from './fact-types';
import { negationBefore, type SentenceToken } from './sentence-tokens';

function matches(tokens: readonly SentenceToken[], at: number, phrase: LexiconPhrase): boolean {
  if (at + phrase.stems.length > tokens.length) return false;
  for (let k = 0; k < phrase.stems.length; k++) if ((tokens[at + k] as SentenceToken).stem !== phrase.stems[k]) return false;
  return true;
}

function fact(sentence: string, tokens: readonly SentenceToken[], at: number, length: number, slot: string, kind: KeyFact['kind'], value: string, lexicon: ContrastLexicon, index: number): KeyFact {
  const negation = negationBefore(tokens, at);
  const first = tokens[at] as SentenceToken;
  const last = tokens[at + length - 1] as SentenceToken;
  const from = negation ? (tokens.slice(Math.max(0, at - 4), at).find((t) => t.word === negation.split(' ')[0])?.start ?? first.start) : first.start;
  const folded = negation ? lexicon.negatedValue(slot, value) : undefined;
  const out: KeyFact = { kind, slot, value: folded ?? value, surface: sentence.slice(from, last.end), negated: negation !== null, sentence: index };
  if (folded !== undefined) out.folded = true;
  return out;
}

/**
 * Status and outcome facts of one sentence from the hand-written public-safety groups ("lifted",
 * "on the loose", "treated and released"), then WordNet antonym axes for the words no group
 * claimed ("safe", "dangerous" → slot `contrast:danger|safe`). Negation folds into the value
 * where the slot has an opposite.
 *
 * @example statusFacts('The advisory was lifted', sentenceTokens('The advisory was lifted'), lexicon, 0)[0].value // 'lifted'
 */
export function statusFacts(sentence: string, tokens: readonly SentenceToken[], lexicon: ContrastLexicon, index: number): KeyFact[] {
  const out: KeyFact[] = [];
  const claimed = new Uint8Array(tokens.length);
  // Span end per slot, so a shorter phrase inside a longer one of the same slot is not counted twice.
  const coveredUntil = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    if (t.punct) continue;
    const candidates = lexicon.phrasesStartingWith(t.stem);
    if (!candidates) continue;
    const seen = new Set<string | null>();
    for (const phrase of candidates) {
      if (seen.has(phrase.slot) || !matches(tokens, i, phrase)) continue;
      seen.add(phrase.slot);
      const n = phrase.stems.length;
      if (phrase.slot === null) {
        for (let k = i; k < i + n; k++) claimed[k] = 2;
        continue;
      }
      if (claimed[i] === 2 || (coveredUntil.get(phrase.slot) ?? -1) >= i) continue;
      coveredUntil.set(phrase.slot, i + n - 1);
      for (let k = i; k < i + n; k++) claimed[k] = 1;
      out.push(fact(sentence, tokens, i, n, phrase.slot, phrase.kind, phrase.value, lexicon, index));
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    if (claimed[i] || t.punct || t.number !== undefined || STOP_WORDS.has(t.word)) continue;
    const axes = lexicon.antonymAxes(t.stem);
    if (!axes) continue;
    for (const axis of axes) out.push(fact(sentence, tokens, i, 1, `contrast:${axis}`, 'status', t.stem, lexicon, index));
  }
  return out;
}
