import type { ContrastLexicon } from './contrast-lexicon';
import { countFacts } from './count-facts';
import type { FactKind, KeyFact } from './fact-types';
import { placeFacts } from './place-facts';
import { markReplaced } from './replaced-values';
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
  const all = kinds === undefined;
  const antonyms = options.antonyms ?? true;
  const sentences = splitSentences(text);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as string;
    const tokens = sentenceTokens(sentence);
    const used = new Uint8Array(tokens.length);
    const first = out.length;
    if (all || kinds.has('status') || kinds.has('outcome') || kinds.has('event')) {
      for (const f of statusFacts(sentence, tokens, lexicon, s, antonyms)) if (all || kinds.has(f.kind)) out.push(f);
    }
    // Quantities claim their numbers before counts look at them, so both run when counts do.
    const wantQuantity = all || kinds.has('quantity');
    const wantCount = all || kinds.has('count');
    if (wantQuantity || wantCount) {
      const quantities = quantityFacts(sentence, tokens, s, used);
      if (wantQuantity) append(out, quantities);
    }
    if (wantCount) append(out, countFacts(sentence, tokens, s, used));
    if (all || kinds.has('scope')) append(out, scopeFacts(sentence, tokens, s));
    if (all || kinds.has('place')) append(out, placeFacts(sentence, s));
    if (all || kinds.has('time')) append(out, timeFacts(sentence, s));
    if (all || kinds.has('polarity')) append(out, polarityFacts(sentence, tokens, s));
    markReplaced(sentence, out, first);
  }
  return out;
}

// A loop, not push(...facts): the spread call went through a generic path for every part.
function append(out: KeyFact[], facts: readonly KeyFact[]): void {
  for (let i = 0; i < facts.length; i++) out.push(facts[i] as KeyFact);
}
