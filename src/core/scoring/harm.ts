import type { HarmCategory } from './lexicons';
import { findPhrases, scoringTokens } from './tokenize';
import type { HarmMatch } from './types';

/**
 * The public-safety harm a rumor touches, from the configurable harm lexicon. The category with
 * the highest weight × (1 + matched phrases / 4) wins, so one strong category beats several
 * weak words elsewhere.
 *
 * @example detectHarm(['Shooter on the roof at Northgate High'], categories).category // 'active_threat'
 */
export function detectHarm(texts: readonly string[], categories: readonly HarmCategory[]): HarmMatch {
  const tokens = texts.flatMap((t) => [...scoringTokens(t), '|']);
  let best: HarmMatch = { category: null, terms: [], weight: 0 };
  let bestRank = 0;
  for (const c of categories) {
    const terms = findPhrases(tokens, c.phrases);
    if (terms.length === 0) continue;
    const rank = c.weight * (1 + Math.min(terms.length, 4) / 4);
    if (rank > bestRank) {
      bestRank = rank;
      best = { category: c.key, terms, weight: c.weight };
    }
  }
  return best;
}
