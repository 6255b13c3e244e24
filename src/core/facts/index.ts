export type { FactKind, KeyFact, FactPair, FactComparison, ConflictWhy } from './fact-types';
export { splitSentences } from './split-sentences';
export { extractKeyFacts, type ExtractOptions } from './extract-key-facts';
export { compareFacts, samePlace, saysSameState } from './compare-facts';
export { DURATION_SLOT } from './time-facts';
export { countsNamedGroup } from './count-facts';
export { createContrastLexicon, type ContrastData, type ContrastGroup, type ContrastLexicon, type LexiconPhrase } from './contrast-lexicon';
