import { normalizeUnicode } from '../text/normalize';

const URL_IN_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

// Each pattern is a way of denying or asking that single words miss: where the question mark
// stands, what the reply opens with, and short fixed phrases.
const PATTERNS: [string, RegExp][] = [
  ['cue:qmark_end', /\?\s*$/],
  ['cue:laugh', /\b(?:lol|lmao|lmfao|haha\w*|rofl)\b|\u{1F602}|\u{1F923}/u],
  ['cue:asks_source', /\b(?:source|link|proof|evidence|citation)\s*\?/],
  ['cue:opens_no', /^\s*(?:@\w+\s+)*(?:no|nope|nah|wrong|false)\b/],
  ['cue:asks_true', /\bis (?:this|it|that) (?:true|real|confirmed)\b/],
  ['cue:not_true', /\bnot\s+(?:true|real|confirmed|the case)\b/],
];

/**
 * Phrase-level cues of a reply's whole text (quotes included): a question mark at the very end,
 * laughter, "source?", an opening "no", "is this true", "not true".
 *
 * @example phraseCues('@bbc source?') // ['cue:qmark_end', 'cue:asks_source']
 */
export function phraseCues(text: string | null): string[] {
  const lower = normalizeUnicode(text ?? '').toLowerCase();
  const withoutLinks = lower.replace(URL_IN_TEXT, '').trim();
  return PATTERNS.filter(([name, pattern]) => pattern.test(name === 'cue:qmark_end' ? withoutLinks : lower)).map(([name]) => name);
}
