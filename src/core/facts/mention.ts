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
  if (insideQuotes(sentence, first.start, last.end)) return true;
  return TALK_NOUNS.has(tokens[at + length]?.word ?? '');
}

/*
 * A quoted title or label: the opening mark starts a word, the closing one ends it ("the 'CE&G
 * boil water notice' going around is FAKE"), so the apostrophes of "it's" or "Smiths' house" do
 * not open a quote.
 */
const QUOTED = /(?<=^|[\s([])(["“‘'])(?=\S)(.+?)(?<=\S)(["”’'])(?=$|[\s.,;:!?)\]])/gu;

const SPEAKER = /^(?:i|we|they|he|she|you|it|it's|its|there|our|my|this|that)\b/i;

/** A quoted name of a thing (a notice, a post, a sign), not someone's words: short, with no speaker. */
function namesAThing(quoted: string): boolean {
  return quoted.split(/\s+/).length <= 8 && !SPEAKER.test(quoted);
}

/** Whether the span [start, end) lies inside a quoted name of a thing in the sentence. */
function insideQuotes(sentence: string, start: number, end: number): boolean {
  if (!/["“‘']/.test(sentence)) return false;
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(sentence)) !== null) {
    const open = m.index + 1;
    const close = m.index + m[0].length - 1;
    if (open > start) return false;
    if (start >= open && end <= close) return namesAThing(m[2] as string);
  }
  return false;
}

const HYPOTHETICAL_BEFORE = new Set(['in', 'during', 'for', 'if', 'of']);

/**
 * Whether a "real emergency" phrase speaks of emergencies in general, not of this one: "in a
 * real emergency you would be told", "lines needed for real emergencies", "for real emergencies
 * only". A test message's notice says so, and it is no claim that this one is real.
 *
 * @example hypotheticalReal(sentenceTokens('in a real emergency you would'), 2, 2) // true
 */
export function hypotheticalReal(tokens: readonly SentenceToken[], at: number, length: number): boolean {
  const first = tokens[at]?.word;
  const last = tokens[at + length - 1]?.word ?? '';
  const after = tokens[at + length];
  // "for real" as slang ends its clause; "for real emergencies" qualifies a noun.
  if (first === 'for') return after !== undefined && !after.punct;
  if (length > 1 && last.endsWith('s')) return true;
  const before = tokens[at - 1]?.word ?? '';
  if (before === 'a' || before === 'an') return HYPOTHETICAL_BEFORE.has(tokens[at - 2]?.word ?? '');
  return HYPOTHETICAL_BEFORE.has(before);
}
