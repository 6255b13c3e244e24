import type { SentenceToken } from './sentence-tokens';

// Nouns that put what follows them in doubt: "at risk of collapse", "in danger of flooding",
// "fears of a second shooter", "on the verge of closing". The event is talked about, not asserted.
const RISK_NOUNS = new Set(['risk', 'risks', 'danger', 'threat', 'threats', 'fear', 'fears', 'chance', 'chances', 'possibility', 'likelihood', 'odds', 'verge', 'brink', 'prospect', 'worry', 'worries', 'concern', 'concerns']);
const ARTICLES = new Set(['a', 'an', 'the', 'any', 'further', 'more', 'another']);

/**
 * The index of the risk noun whose "of" frames the phrase starting at `at` ("risk of [a] collapse"),
 * or -1 when the phrase is not so framed.
 *
 * @example riskFrameAt(sentenceTokens('never at risk of collapse'), 4) // 2
 */
export function riskFrameAt(tokens: readonly SentenceToken[], at: number): number {
  let k = at - 1;
  if (ARTICLES.has(tokens[k]?.word ?? '')) k--;
  if (tokens[k]?.word !== 'of') return -1;
  return RISK_NOUNS.has(tokens[k - 1]?.word ?? '') ? k - 1 : -1;
}
