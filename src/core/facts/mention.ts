import type { SentenceToken } from './sentence-tokens';

const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);
// Nouns after which a status word names talk about an event, not the event: "the collapse posts".
const TALK_NOUNS = new Set(['rumor', 'rumors', 'rumour', 'rumours', 'post', 'posts', 'claim', 'claims', 'story', 'stories', 'hoax', 'talk', 'gossip', 'video', 'videos']);

/**
 * Whether the phrase of `length` tokens at `at` is mentioned rather than asserted: set in quote
 * marks ("so much for the 'collapse' posts") or naming what rumours say ("the collapse rumors").
 *
 * @example mentionedOnly('the "collapse" posts', sentenceTokens('the "collapse" posts'), 2, 1) // true
 */
export function mentionedOnly(sentence: string, tokens: readonly SentenceToken[], at: number, length: number): boolean {
  const first = tokens[at] as SentenceToken;
  const last = tokens[at + length - 1] as SentenceToken;
  if (QUOTES.has(sentence.charAt(first.start - 1)) && QUOTES.has(sentence.charAt(last.end))) return true;
  return TALK_NOUNS.has(tokens[at + length]?.word ?? '');
}
