import { normalizeUnicode } from '../text/normalize';

const URL_IN_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const HANDLE = /(^|[^\w])@\w{1,30}/g;
const WORD = /[a-z0-9]+(?:'[a-z]+)?|[?!]/g;

/**
 * Lower-case word tokens for the scoring models. URLs become `_url_` and handles `_user_` so the
 * models learn "has a link" rather than a particular link; `?` and `!` are kept as tokens because
 * they carry stance ("really?") and tone.
 *
 * @example scoringTokens('@ann Is this REAL?? http://x.co') // ['_user_', 'is', 'this', 'real', '?', '?', '_url_']
 */
export function scoringTokens(text: string): string[] {
  const prepared = normalizeUnicode(text)
    .replace(URL_IN_TEXT, ' _url_ ')
    .replace(HANDLE, '$1 _user_ ')
    .toLowerCase()
    .replace(/_url_/g, ' zzurlzz ')
    .replace(/_user_/g, ' zzuserzz ');
  const tokens = prepared.match(WORD) ?? [];
  return tokens.map((t) => (t === 'zzurlzz' ? '_url_' : t === 'zzuserzz' ? '_user_' : t));
}

/** True when `phrase` (lower-case words separated by spaces) occurs in `tokens` as a run. */
export function containsPhrase(tokens: string[], phrase: string): boolean {
  const parts = phrase.split(' ');
  if (parts.length === 1) return tokens.includes(parts[0] ?? '');
  for (let i = 0; i + parts.length <= tokens.length; i++) {
    let all = true;
    for (let j = 0; j < parts.length; j++) {
      if (tokens[i + j] !== parts[j]) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** The phrases of `lexicon` found in `tokens`, in lexicon order. */
export function findPhrases(tokens: string[], lexicon: readonly string[]): string[] {
  // Most lexicon entries are single words: one set lookup each instead of a scan of the tokens.
  const present = new Set(tokens);
  return lexicon.filter((phrase) => {
    const lower = phrase.toLowerCase();
    return lower.includes(' ') ? containsPhrase(tokens, lower) : present.has(lower);
  });
}
