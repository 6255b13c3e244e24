import type { ContrastLexicon } from './contrast-lexicon';
import { countFacts } from './count-facts';
import type { FactKind, KeyFact } from './fact-types';
import { placeFacts } from './place-facts';
import { polarityFacts } from './polarity-facts';
import { quantityFacts } from './quantity-facts';
import { scopeFacts } from './scope-facts';
import { sentenceTokens } from './sentence-tokens';
import { splitSentences } from './split-sentences';
import { statusFacts } from './status-facts';
import { timeFacts } from './time-facts';

/** Which facts to extract; by default all. */
export interface ExtractOptions {
  /** Only these kinds (a caller that decides on a few saves the rest of the work). */
  kinds?: ReadonlySet<FactKind>;
  /** WordNet antonym axes (`contrast:*` status facts); default true. */
  antonyms?: boolean;
}

/**
 * The key facts of a text, sentence by sentence: status and outcome (from the contrast
 * lexicon), counts, quantities, scope, places, times and polarity. Regexes and table lookups
 * only; callers cache a statement's facts.
 *
 * @example extractKeyFacts('The boil advisory was lifted Monday.', lexicon).map((f) => `${f.slot}=${f.value}`) // ['status:order=lifted', 'time:day=monday']
 */
export function extractKeyFacts(text: string, lexicon: ContrastLexicon, options: ExtractOptions = {}): KeyFact[] {
  const out: KeyFact[] = [];
  const kinds = options.kinds;
  const want = (kind: FactKind): boolean => !kinds || kinds.has(kind);
  const sentences = splitSentences(text);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as string;
    const tokens = sentenceTokens(sentence);
    const used = new Uint8Array(tokens.length);
    if (want('status') || want('outcome') || want('event')) {
      for (const f of statusFacts(sentence, tokens, lexicon, s, options.antonyms ?? true)) if (want(f.kind)) out.push(f);
    }
    // Quantities claim their numbers before counts look at them, so both run when counts do.
    const quantities = want('quantity') || want('count') ? quantityFacts(sentence, tokens, s, used) : [];
    if (want('quantity')) out.push(...quantities);
    if (want('count')) out.push(...countFacts(sentence, tokens, s, used));
    if (want('scope')) out.push(...scopeFacts(sentence, tokens, s));
    if (want('place')) out.push(...placeFacts(sentence, s));
    if (want('time')) out.push(...timeFacts(sentence, s));
    if (want('polarity')) out.push(...polarityFacts(sentence, tokens, s));
  }
  return out;
}
