import { stemWord } from '../text/stem';
import { STOP_WORDS } from '../text/stop-words';
import type { ContrastLexicon, LexiconPhrase } from './contrast-lexicon';
import type { KeyFact } from './fact-types';
import { hypotheticalReal, mentionedOnly } from './mention';
import { notASearch } from './search-context';
import { riskFrameAt } from './risk-frame';
import { negationBefore, type SentenceToken } from './sentence-tokens';
import { settleChanges } from './settle-changes';
import { newFact } from './new-fact';

function matches(tokens: readonly SentenceToken[], at: number, phrase: LexiconPhrase): boolean {
  if (at + phrase.words.length > tokens.length) return false;
  for (let k = 1; k < phrase.words.length; k++) if (!(phrase.words[k] as ReadonlySet<string>).has((tokens[at + k] as SentenceToken).word)) return false;
  return true;
}

const FOLDED = { folded: true };

const RELATIVE = new Set(['who', 'that', 'which']);
const PAST = new Set(['went', 'gone', 'was', 'were', 'had']);

/**
 * "the kid who went missing", "the hiker that was missing": who someone is, not where the search
 * stands ("the kid who went missing after school is OK" asserts no one is missing).
 */
function relativePast(tokens: readonly SentenceToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = (tokens[k] as SentenceToken).word;
    if (RELATIVE.has(w)) return k < at - 1 && PAST.has((tokens[k + 1] as SentenceToken).word);
    if (!PAST.has(w) && w !== 'been') return false;
  }
  return false;
}

const CASE_WORDS = new Set(['investigation', 'case', 'report', 'reports', 'unit', 'alert', 'poster', 'posters', 'flyer', 'flyers', 'search', 'file']);

/** "the missing-person investigation is closed", "a missing person report": a kind of case, not someone missing now. */
function missingPersonCase(sentence: string, tokens: readonly SentenceToken[], at: number): boolean {
  const t = tokens[at] as SentenceToken;
  const next = tokens[at + 1];
  if (t.word !== 'missing' || !next || (next.word !== 'person' && next.word !== 'persons')) return false;
  return sentence.charAt(t.end) === '-' || CASE_WORDS.has(tokens[at + 2]?.word ?? '');
}

/** "March 14", "since Saturday, March 14": the month, not a protest march. */
function isMonthMarch(sentence: string, tokens: readonly SentenceToken[], at: number): boolean {
  const t = tokens[at] as SentenceToken;
  if (t.word !== 'march') return false;
  return tokens[at + 1]?.number !== undefined || (at > 0 && sentence.charCodeAt(t.start) === 77);
}

function fact(sentence: string, tokens: readonly SentenceToken[], at: number, length: number, slot: string, kind: KeyFact['kind'], value: string, lexicon: ContrastLexicon, index: number, negationAt = at): KeyFact {
  const negation = negationBefore(tokens, negationAt);
  const last = tokens[at + length - 1] as SentenceToken;
  const from = (tokens[negation >= 0 ? negation : at] as SentenceToken).start;
  const folded = negation >= 0 ? lexicon.negatedValue(slot, value) : undefined;
  return newFact(kind, slot, folded ?? value, sentence.slice(from, last.end), negation >= 0, index, folded !== undefined ? FOLDED : undefined);
}

// An incident named is named, even under a negation ("no fire"): the denial is polarity's.
function eventFact(sentence: string, tokens: readonly SentenceToken[], at: number, length: number, value: string, index: number): KeyFact {
  return newFact('event', 'event', value, sentence.slice((tokens[at] as SentenceToken).start, (tokens[at + length - 1] as SentenceToken).end), false, index);
}

// How far from a cued phrase its cue may be: "the shelter in place is still going" but not
// "the evacuation order was lifted; the road remains closed".
const CUE_BEFORE = 6;
const CUE_AFTER = 3;
// How near a blocker silences a phrase: "keep the door closed" in "the store is open, keep the door closed".
const BLOCKER_REACH = 3;

/** Whether one of `words` is within `before` tokens before the phrase or `after` after it, in its clause. */
function near(tokens: readonly SentenceToken[], at: number, length: number, words: ReadonlySet<string>, before: number, after: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - before; k--) {
    const t = tokens[k] as SentenceToken;
    if (t.punct) break;
    if (words.has(t.word)) return true;
  }
  for (let k = at + length; k < tokens.length && k < at + length + after; k++) {
    const t = tokens[k] as SentenceToken;
    if (t.punct) break;
    if (words.has(t.word)) return true;
  }
  return false;
}

function silenced(tokens: readonly SentenceToken[], at: number, length: number, phrase: LexiconPhrase): boolean {
  if (phrase.needs && !near(tokens, at, length, phrase.needs, CUE_BEFORE, CUE_AFTER)) return true;
  const guard = phrase.guard;
  return guard !== undefined && near(tokens, at, length, guard.blockers, BLOCKER_REACH, BLOCKER_REACH) && !near(tokens, at, length, guard.cues, BLOCKER_REACH, BLOCKER_REACH);
}

interface WordAxes {
  stem: string;
  axes: readonly string[];
}

// Per lexicon, each word's antonym axes through its stem (null: a stop word, or on no axis): one
// lookup per word where a stop-word test, the stem cache and the axes took three. Bounded like
// the stem cache; a lexicon that is dropped takes its table with it.
const WORD_AXES = new WeakMap<ContrastLexicon, Map<string, WordAxes | null>>();
const WORD_AXES_LIMIT = 200_000;

function wordAxesOf(lexicon: ContrastLexicon): Map<string, WordAxes | null> {
  let table = WORD_AXES.get(lexicon);
  if (!table) WORD_AXES.set(lexicon, (table = new Map()));
  return table;
}

function antonymsOfWord(word: string, lexicon: ContrastLexicon, table: Map<string, WordAxes | null>): WordAxes | null {
  let found = table.get(word);
  if (found === undefined) {
    found = null;
    if (!STOP_WORDS.has(word)) {
      const stem = stemWord(word);
      const axes = lexicon.antonymAxes(stem);
      if (axes) found = { stem, axes };
    }
    if (table.size < WORD_AXES_LIMIT) table.set(word, found);
  }
  return found;
}

function titleCase(sentence: string, t: SentenceToken | undefined): boolean {
  if (!t || t.punct || t.number !== undefined) return false;
  const first = sentence.charCodeAt(t.start);
  if (!(first >= 65 && first <= 90)) return false;
  // "DIED" in capitals is emphasis, not a name.
  const second = sentence.charCodeAt(t.start + 1);
  return t.end - t.start === 1 || !(second >= 65 && second <= 90);
}

/** A headline in title case ("Man Falls From Overpass"), where capitals mark no names. */
function headline(sentence: string, tokens: readonly SentenceToken[]): boolean {
  let words = 0;
  let titled = 0;
  for (const t of tokens) {
    if (t.punct || t.number !== undefined) continue;
    words++;
    if (titleCase(sentence, t)) titled++;
  }
  return titled * 2 > words;
}

/**
 * Whether a word is part of a name of two or more capitalised words ("Halsey Falls", "Long
 * Beach"): a place's name, not the word's meaning ("falls" is no fall against a rise).
 */
function inProperName(sentence: string, tokens: readonly SentenceToken[], i: number): boolean {
  if (!titleCase(sentence, tokens[i])) return false;
  return (i > 0 && titleCase(sentence, tokens[i - 1])) || titleCase(sentence, tokens[i + 1]);
}

/**
 * Event (incident kind), status and outcome facts of one sentence from the hand-written public-safety groups ("lifted",
 * "on the loose", "treated and released"), then WordNet antonym axes for the words no group
 * claimed ("safe", "dangerous" → slot `contrast:danger|safe`). Negation folds into the value
 * where the slot has an opposite.
 *
 * @example statusFacts('The advisory was lifted', sentenceTokens('The advisory was lifted'), lexicon, 0)[0].value // 'lifted'
 */
export function statusFacts(sentence: string, tokens: readonly SentenceToken[], lexicon: ContrastLexicon, index: number, antonyms = true): KeyFact[] {
  const out: KeyFact[] = [];
  const spans: Array<[number, number]> = [];
  const claimed = new Uint8Array(tokens.length);
  // Span end per slot, so a shorter phrase inside a longer one of the same slot is not counted twice.
  const coveredUntil = new Map<string, number>();
  // How far a status, outcome or ignored phrase begun at an earlier word reaches: a phrase wholly
  // inside it is part of it ("in place" inside "shelter in place" is no order in effect).
  let reach = -1;
  // Slots already taken at this token (a handful): an array reused, not a new set per token.
  const seen: Array<string | null> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    if (t.punct) continue;
    const candidates = lexicon.phrasesStartingWith(t.word);
    if (!candidates) continue;
    seen.length = 0;
    let reachHere = reach;
    for (const phrase of candidates) {
      if (seen.includes(phrase.slot) || !matches(tokens, i, phrase)) continue;
      const n = phrase.words.length;
      if (phrase.kind !== 'event' && i + n - 1 <= reach) continue;
      if (silenced(tokens, i, n, phrase)) continue;
      if (phrase.kind === 'event' && isMonthMarch(sentence, tokens, i)) continue;
      if (phrase.slot === 'status:exercise' && phrase.value === 'real' && hypotheticalReal(tokens, i, n)) continue;
      // A cancelled order is a lifted one, not a cancelled trip: "the curfew order was cancelled".
      if (phrase.slot === 'status:schedule' && seen.includes('status:order')) continue;
      if (phrase.slot === 'status:search' && (relativePast(tokens, i) || missingPersonCase(sentence, tokens, i) || notASearch(tokens, i, n, phrase.value))) {
        for (let k = i; k < i + n; k++) claimed[k] = 2;
        continue;
      }
      seen.push(phrase.slot);
      if (phrase.slot === null) {
        for (let k = i; k < i + n; k++) claimed[k] = 2;
        reachHere = Math.max(reachHere, i + n - 1);
        continue;
      }
      if (claimed[i] === 2 || (coveredUntil.get(phrase.slot) ?? -1) >= i) continue;
      coveredUntil.set(phrase.slot, i + n - 1);
      if (phrase.value === '') continue; // the group's own exception ("opened fire" is no reopening)
      for (let k = i; k < i + n; k++) claimed[k] = 1;
      if (phrase.kind !== 'event') reachHere = Math.max(reachHere, i + n - 1);
      // "at risk of collapse" asserts no collapse; "never at risk of collapse" denies one.
      const frame = phrase.kind === 'event' ? -1 : riskFrameAt(tokens, i);
      if (frame >= 0 && negationBefore(tokens, frame) < 0) continue;
      if (phrase.kind !== 'event' && mentionedOnly(sentence, tokens, i, n)) continue;
      out.push(phrase.kind === 'event' ? eventFact(sentence, tokens, i, n, phrase.value, index) : fact(sentence, tokens, i, n, phrase.slot, phrase.kind, phrase.value, lexicon, index, frame >= 0 ? frame : i));
      spans.push([i, i + n - 1]);
    }
    reach = reachHere;
  }
  settleChanges(out, spans, tokens, lexicon, sentence);
  if (!antonyms) return out;
  const table = wordAxesOf(lexicon);
  const names = !headline(sentence, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    if (claimed[i] || t.punct || t.number !== undefined || (names && inProperName(sentence, tokens, i))) continue;
    const found = antonymsOfWord(t.word, lexicon, table);
    if (!found) continue;
    for (const axis of found.axes) out.push(fact(sentence, tokens, i, 1, `contrast:${axis}`, 'status', found.stem, lexicon, index));
  }
  return out;
}
