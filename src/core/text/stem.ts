import porter2 from 'wink-porter2-stemmer';

// Stemming dominates tokenising time; a bounded cache keeps the hot path to a map lookup.
const cache = new Map<string, string>();
const CACHE_LIMIT = 300_000;

/**
 * Porter2 stem of a lower-case word, cached.
 *
 * @example stemWord('closures') // 'closur'
 */
export function stemWord(word: string): string {
  let found = cache.get(word);
  if (found === undefined) {
    found = porter2(word);
    if (cache.size < CACHE_LIMIT) cache.set(word, found);
  }
  return found;
}
