import type { FeatureValue } from './feature';
import { scoringTokens } from './tokenize';

/** Prefix of word features; the scorer folds them into one "wording" factor. */
export const WORD_PREFIX = 'w:';

/**
 * One feature per distinct word of the claim, for the model's wording weights. Only words the
 * model knows carry weight; the fitting script keeps words seen across several events, so the
 * weights describe how rumors are phrased, not what one event was about.
 *
 * @example wordingFeatures('Police CONFIRM two dead').map((f) => f.key) // ['w:police', 'w:confirm', 'w:two', 'w:dead']
 */
export function wordingFeatures(text: string, scale = 0.25): FeatureValue[] {
  const words = [...new Set(scoringTokens(text).filter((t) => t !== '_user_' && t !== '?' && t !== '!'))];
  return words.map((w) => ({ key: `${WORD_PREFIX}${w}`, group: 'content', value: scale, sentence: '' }));
}
