import type { ContrastLexicon } from './contrast-lexicon';
import { countFacts } from './count-facts';
import type { KeyFact } from './fact-types';
import { placeFacts } from './place-facts';
import { polarityFacts } from './polarity-facts';
import { quantityFacts } from './quantity-facts';
import { scopeFacts } from './scope-facts';
import { sentenceTokens } from './sentence-tokens';
import { splitSentences } from './split-sentences';
import { statusFacts } from './status-facts';
import { timeFacts } from './time-facts';

/**
 * The key facts of a text, sentence by sentence: status and outcome (from the contrast
 * lexicon), counts, quantities, scope, places, times and polarity. Regexes and table lookups
 * only; callers cache a statement's facts.
 *
 * @example extractKeyFacts('The boil advisory was lifted Monday.', lexicon).map((f) => `${f.slot}=${f.value}`) // ['status:order=lifted', 'time:day=monday']
 */
export function extractKeyFacts(text: string, lexicon: ContrastLexicon): KeyFact[] {
  const out: KeyFact[] = [];
  const sentences = splitSentences(text);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as string;
    const tokens = sentenceTokens(sentence);
    const used = new Uint8Array(tokens.length);
    out.push(...statusFacts(sentence, tokens, lexicon, s));
    out.push(...quantityFacts(sentence, tokens, s, used));
    out.push(...countFacts(sentence, tokens, s, used));
    out.push(...scopeFacts(sentence, tokens, s));
    out.push(...placeFacts(sentence, s));
    out.push(...timeFacts(sentence, s));
    out.push(...polarityFacts(sentence, tokens, s));
  }
  return out;
}
