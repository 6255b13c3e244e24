import { stemWord } from '../text/stem';
import { phraseCues } from './stance-phrase-cues';
import { splitQuote } from './quote-split';
import { findPhrases, scoringTokens } from './tokenize';

/** Cue word lists stored inside the reply-stance model, so the weights and the cues travel together. */
export interface StanceCues {
  deny: string[];
  support: string[];
  query: string[];
  /** More named word lists (agreement, insults, sympathy…); each found list adds `cue:lex_<name>`. */
  lists?: Record<string, string[]>;
}

/** What is known about the reply's place in its thread; every field is optional. */
export interface ReplyContext {
  /** The text of the rumor post the thread started from. */
  sourceText?: string | null;
  /** True when the reply answers the rumor post itself rather than another reply. */
  directReply?: boolean | null;
  platform?: string | null;
}

/** Feature groups added in 2026-12 (issue 18); a model without them gets exactly the older features. */
export interface StanceExtras {
  /** `phraseCues`: "source?", an opening "no", a final question mark, laughter… */
  phraseCues?: boolean;
  /**
   * Every cue also as `cue:…|direct` or `cue:…|nested`: a question or a "no" aimed at another
   * reply means something else than one aimed at the rumor itself.
   */
  crossPosition?: boolean;
}

const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'can', 'could', 'who', 'what', 'why', 'how', 'where', 'when', 'any', 'source', 'really']);

/** Words of the rumor long enough to be content words (links and handles left out). */
function rumorWords(sourceText: string | null | undefined): Set<string> {
  return new Set(sourceText ? scoringTokens(sourceText).filter((t) => t.length > 3 && !t.startsWith('_')) : []);
}

/**
 * The reply's own words as the n-gram features see them: rumor words become `_src_` (the
 * classifier should learn "repeats the rumor" rather than the rumor's names, which change with
 * every event) and the rest are stemmed, so "agreed" and "agree" share a weight.
 */
function gramWords(words: string[], rumor: Set<string>): string[] {
  return words.map((w) => (rumor.has(w) ? '_src_' : /^[a-z]+$/.test(w) ? stemWord(w) : w));
}

/**
 * Sparse features of a reply for the stance classifier: word unigrams and bigrams of the reply's
 * own words (prefix `w:`, see `gramWords`) and cue indicators (`cue:`, `ctx:`). Character
 * trigrams were tried and lowered dev macro-F1 (data/models/README-credibility.md).
 *
 * Cues are worth 1 and each n-gram `ngramValue` (the model's, below 1): under one L2 penalty a
 * smaller value shrinks the thousands of sparse n-grams harder than the few cues. Values are 1 (presence); the classifier scales them. The same
 * function feeds fitting and inference. `extras` switches on the feature groups newer models
 * were fitted with (`StanceExtras`).
 *
 * @example stanceFeatures('Is this fake?', cues).has('cue:qmark') // true
 */
export function stanceFeatures(text: string | null, cues: StanceCues, context: ReplyContext = {}, ngramValue = 1, extras: StanceExtras = {}): Map<string, number> {
  const features = new Map<string, number>();
  // Words quoted from the rumor ("“@cnn: …”", "RT @cnn …") are not the replier's: only the
  // replier's own words vote; the quote itself is one feature.
  const { own, quoted } = splitQuote(text ?? '');
  const tokens = scoringTokens(own);
  const words = tokens.filter((t) => t !== '_user_');
  const rumor = rumorWords(context.sourceText);
  const grams = gramWords(words, rumor);
  features.set('bias', 1);
  if (quoted) features.set(words.some((w) => w !== '_url_') ? 'cue:quote_plus' : 'cue:quote_only', 1);
  if (words.length === 0) features.set('cue:empty', 1);
  for (let i = 0; i < grams.length; i++) {
    const w = grams[i] as string;
    features.set(`w:${w}`, ngramValue);
    if (i + 1 < grams.length) features.set(`w:${w} ${grams[i + 1] as string}`, ngramValue);
  }
  // A reply that quotes the rumor ("“@cnn: ..." or "RT @cnn") is passing it on: support.
  if (/^\s*(?:["\u201C]\s*@|rt\s+@)/i.test(text ?? '')) features.set('cue:quotes_source', 1);
  if (tokens.includes('?')) features.set('cue:qmark', 1);
  if (tokens.filter((t) => t === '?').length >= 2) features.set('cue:qmarks', 1);
  if (tokens.includes('!')) features.set('cue:exclaim', 1);
  if (tokens.includes('_url_')) features.set('cue:url', 1);
  if (words[0] && QUESTION_OPENERS.has(words[0])) features.set('cue:question_opener', 1);
  if (findPhrases(words, cues.deny).length > 0) features.set('cue:deny_word', 1);
  if (findPhrases(words, cues.support).length > 0) features.set('cue:support_word', 1);
  if (findPhrases(words, cues.query).length > 0) features.set('cue:query_word', 1);
  for (const [name, list] of Object.entries(cues.lists ?? {})) if (findPhrases(words, list).length > 0) features.set(`cue:lex_${name}`, 1);
  if (words.includes('not') || words.includes('no') || words.includes('never') || words.some((w) => w.endsWith("n't"))) {
    features.set('cue:negation', 1);
  }
  if (context.directReply === true) features.set('ctx:direct', 1);
  if (context.directReply === false) features.set('ctx:nested', 1);
  if (context.platform) features.set(`ctx:platform_${context.platform === 'reddit' ? 'reddit' : 'other'}`, 1);
  if (context.sourceText) {
    const mine = new Set(words.filter((t) => t.length > 3));
    let shared = 0;
    for (const w of mine) if (rumor.has(w)) shared++;
    const overlap = mine.size === 0 ? 0 : shared / mine.size;
    features.set(overlap >= 0.5 ? 'ctx:overlap_high' : overlap >= 0.2 ? 'ctx:overlap_mid' : 'ctx:overlap_low', 1);
    // How much of the rumor the reply repeats (a quote repeats most of it), counted on the full text.
    const full = new Set((quoted ? scoringTokens(text ?? '') : tokens).filter((t) => t.length > 3));
    let covered = 0;
    for (const w of rumor) if (full.has(w)) covered++;
    const coverage = rumor.size === 0 ? 0 : covered / rumor.size;
    if (coverage >= 0.6) features.set('ctx:repeats_rumor', 1);
  }
  const lengthBucket = words.length <= 3 ? 'short' : words.length <= 12 ? 'mid' : 'long';
  features.set(`cue:len_${lengthBucket}`, 1);
  if (extras.phraseCues) for (const cue of phraseCues(text)) features.set(cue, 1);
  if (extras.crossPosition && typeof context.directReply === 'boolean') {
    const where = context.directReply ? 'direct' : 'nested';
    for (const name of [...features.keys()]) if (name.startsWith('cue:')) features.set(`${name}|${where}`, 1);
  }
  return features;
}
