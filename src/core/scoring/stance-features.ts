import { findPhrases, scoringTokens } from './tokenize';

/** Cue word lists stored inside the reply-stance model, so the weights and the cues travel together. */
export interface StanceCues {
  deny: string[];
  support: string[];
  query: string[];
}

/** What is known about the reply's place in its thread; every field is optional. */
export interface ReplyContext {
  /** The text of the rumor post the thread started from. */
  sourceText?: string | null;
  /** True when the reply answers the rumor post itself rather than another reply. */
  directReply?: boolean | null;
  platform?: string | null;
}

const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'can', 'could', 'who', 'what', 'why', 'how', 'where', 'when', 'any', 'source', 'really']);

/**
 * Sparse features of a reply for the stance classifier: word unigrams and bigrams (prefix `w:`),
 * character trigrams inside words (`c:`), and cue indicators (`cue:`). Values are 1 (presence);
 * the classifier scales them. The same function feeds fitting and inference.
 *
 * @example stanceFeatures('Is this fake?', cues).has('cue:qmark') // true
 */
export function stanceFeatures(text: string | null, cues: StanceCues, context: ReplyContext = {}): Map<string, number> {
  const features = new Map<string, number>();
  const tokens = scoringTokens(text ?? '');
  const words = tokens.filter((t) => t !== '_user_');
  features.set('bias', 1);
  if (words.length === 0) features.set('cue:empty', 1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    features.set(`w:${w}`, 1);
    if (i + 1 < words.length) features.set(`w:${w} ${words[i + 1] as string}`, 1);
    if (w.length >= 3 && /^[a-z]+$/.test(w)) {
      const padded = `<${w}>`;
      for (let j = 0; j + 3 <= padded.length; j++) features.set(`c:${padded.slice(j, j + 3)}`, 1);
    }
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
  if (words.includes('not') || words.includes('no') || words.includes('never') || words.some((w) => w.endsWith("n't"))) {
    features.set('cue:negation', 1);
  }
  if (context.directReply === true) features.set('ctx:direct', 1);
  if (context.directReply === false) features.set('ctx:nested', 1);
  if (context.platform) features.set(`ctx:platform_${context.platform === 'reddit' ? 'reddit' : 'other'}`, 1);
  if (context.sourceText) {
    const source = new Set(scoringTokens(context.sourceText).filter((t) => t.length > 3 && !t.startsWith('_')));
    const own = new Set(words.filter((t) => t.length > 3));
    let shared = 0;
    for (const w of own) if (source.has(w)) shared++;
    const overlap = own.size === 0 ? 0 : shared / own.size;
    features.set(overlap >= 0.5 ? 'ctx:overlap_high' : overlap >= 0.2 ? 'ctx:overlap_mid' : 'ctx:overlap_low', 1);
  }
  const lengthBucket = words.length <= 3 ? 'short' : words.length <= 12 ? 'mid' : 'long';
  features.set(`cue:len_${lengthBucket}`, 1);
  return features;
}
