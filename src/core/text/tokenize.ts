import { normalizeUnicode, splitHashtag } from './normalize';
import { stemWord } from './stem';
import { NUMBER_WORDS, STOP_WORDS } from './stop-words';

/** One content word of a text. */
export interface Token {
  /** The word as written, lower-cased ("closures", "twelve"); for highlighting. */
  surface: string;
  /** The matching key: Porter2 stem, or digits for numbers ("closur", "12"). */
  term: string;
  /** Written with a leading capital mid-sentence, or all capitals: a likely name or place. */
  capitalised: boolean;
  /** The term is a number. */
  numeric: boolean;
}

// A pasted tweet embed ends with "— Display Name (@handle) January 14, 2020". The poster's name
// is kept (claims are often about what a person posted); the posting date is dropped, since it
// is when the tweet was sent, not what it claims.
const TWEET_SIGNATURE = /\(@\w{1,30}\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$/;
const URL = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/gi;
const HANDLE = /(^|[^\w])@(\w{1,30})/g;
const HASHTAG = /#(\w+)/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/gu;
// Words, and numbers with thousands separators or decimals ("1,200", "3.5"), kept whole.
// A Map, not the exported object: a keyed load on a plain object first interns the word
// (a probe of V8's global string table), ~5% of a claim's CPU on first sight of its words;
// it also found inherited keys ("constructor" came back as a function).
const NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS));
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?%?|[\p{L}][\p{L}\p{N}']*/gu;
// The same pattern for text with no character above U+007F, where \p{L} is [A-Za-z] and \p{N} is
// [0-9]: most cleaned claims are ASCII, and the non-Unicode pattern halves the word scan.
const ASCII_WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?%?|[A-Za-z][A-Za-z0-9']*/g;
const NON_ASCII = /[\u0080-\uFFFF]/;

/**
 * Text ready to split into words: Unicode folded, tweet signature, URLs, @handles and emojis
 * removed, hashtags split into words (`#BridgeClosed` → `Bridge Closed`, case kept).
 */
export function cleanText(text: string): string {
  return normalizeUnicode(text)
    .replace(TWEET_SIGNATURE, ' ')
    .replace(URL, ' ')
    .replace(HANDLE, (_m, before: string, name: string) => `${before} ${handleWords(name)} `)
    .replace(HASHTAG, (_m, body: string) => ` ${splitHashtagKeepCase(body)} `)
    .replace(EMOJI, ' ');
}

/**
 * A handle's words when it is written in camel case (`@realDonaldTrump` → `Donald Trump`): such
 * handles name public figures and organisations that claims are about. Lower-case handles
 * (`@jsmith1987`) are private-looking and dropped.
 */
function handleWords(name: string): string {
  if (!/[a-z][A-Z]/.test(name)) return '';
  return splitHashtagKeepCase(name).replace(/\breal\b/i, '');
}

function splitHashtagKeepCase(body: string): string {
  // splitHashtag lower-cases; capital letters are kept here because they mark names.
  const words = splitHashtag(body).split(' ');
  let at = 0;
  return words
    .map((w) => {
      const start = body.toLowerCase().indexOf(w, at);
      if (start < 0) return w;
      at = start + w.length;
      return body.slice(start, start + w.length);
    })
    .join(' ');
}

/** Whether a UTF-16 code unit is in the regex class \s (a per-character regex test was ~5% of tokenising). */
function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the gap `text[from, to)` before a word ends with sentence punctuation (then spaces). */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isWhitespace(text.charCodeAt(i))) i--;
  if (i < from) return false;
  const c = text.charAt(i);
  return c === '.' || c === '!' || c === '?' || c === ':' || c === '"';
}

function isCapitalised(word: string, sentenceStart: boolean): boolean {
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return false;
  if (word.length > 1 && word === word.toUpperCase()) return word.length <= 6; // acronyms, not SHOUTING
  return !sentenceStart;
}

/**
 * The content words of a text: lower-cased, stop words dropped, Porter2 stems, number words as
 * digits ("twelve" → `12`), hashtags split, URLs/handles/emojis removed.
 *
 * @example tokenize('BREAKING: twelve dead at #NorthgateHigh').map((t) => t.term) // ['break', '12', 'dead', 'northgat', 'high']
 */
export function tokenize(text: string): Token[] {
  return tokenizeCleaned(cleanText(text));
}

/**
 * `tokenize` for text that has already been through `cleanText` (callers that also need the
 * cleaned string save a second pass).
 *
 * @example tokenizeCleaned(cleanText('Bridge closed')).map((t) => t.term) // ['bridg', 'close']
 */
export function tokenizeCleaned(cleaned: string): Token[] {
  const out: Token[] = [];
  const word = NON_ASCII.test(cleaned) ? WORD : ASCII_WORD;
  word.lastIndex = 0;
  let match: RegExpExecArray | null;
  let lastEnd = 0;
  while ((match = word.exec(cleaned)) !== null) {
    const raw = match[0];
    const sentenceStart = lastEnd === 0 || endsSentence(cleaned, lastEnd, match.index);
    lastEnd = match.index + raw.length;
    let lower = raw.toLowerCase();
    // Most words have no apostrophe; skip the two regex passes for them (index build is hot).
    if (lower.includes("'")) lower = lower.replace(/'s$/, '').replace(/'/g, '');
    const firstCode = lower.charCodeAt(0);
    if (firstCode >= 48 && firstCode <= 57) {
      const digits = lower.replace(/,/g, '').replace(/%$/, '');
      out.push({ surface: lower, term: digits, capitalised: false, numeric: true });
      continue;
    }
    const numberWord = NUMBER_WORD.get(lower);
    if (numberWord !== undefined) {
      out.push({ surface: lower, term: numberWord, capitalised: false, numeric: true });
      continue;
    }
    if (lower.length < 2 || STOP_WORDS.has(lower)) continue;
    out.push({ surface: lower, term: stemWord(lower), capitalised: isCapitalised(raw, sentenceStart), numeric: false });
  }
  return out;
}

/**
 * Just the matching keys of `tokenize`.
 *
 * @example termsOf('Bridges closed!') // ['bridg', 'close']
 */
export function termsOf(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
