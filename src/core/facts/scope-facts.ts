import { stemWord } from '../text/stem';
import type { KeyFact } from './fact-types';
import { negationBefore, type SentenceToken } from './sentence-tokens';
import { STOP_WORDS } from '../text/stop-words';
import { newFact } from './new-fact';

// "only the northbound lanes", "part of the park" against "the whole highway", "all schools".
const ONLY = new Set(['only', 'partial', 'partially', 'solely', 'exclusively']);
const ALL = new Set(['all', 'every', 'entire', 'whole', 'entirely', 'completely', 'fully']);
const WIDE = new Map([
  ['citywide', 'city'],
  ['countywide', 'county'],
  ['statewide', 'state'],
  ['districtwide', 'district'],
  ['campuswide', 'campus'],
  ['nationwide', 'nation'],
]);
// What "all" is about when it is not a scope: time ("all week"), idioms ("all clear", "at all").
const NOT_SCOPED = new Set(['week', 'day', 'days', 'night', 'weekend', 'morning', 'afternoon', 'evening', 'year', 'month', 'long', 'time', 'clear', 'right', 'good', 'well', 'safe', 'set', 'over', 'ready', 'okay', 'ok']);
const PRONOUN = new Set(['us', 'you', 'them', 'we', 'they', 'it', 'this', 'that', 'those', 'these', 'i']);

/** The thing a scope word is about: the last content word of the noun phrase after it. */
function objectAfter(tokens: readonly SentenceToken[], at: number): { stem: string; word: string; end: number } | null {
  let found: SentenceToken | null = null;
  let end = at;
  for (let j = at + 1; j <= Math.min(at + 4, tokens.length - 1); j++) {
    const t = tokens[j] as SentenceToken;
    if (t.punct || PRONOUN.has(t.word)) break;
    if (t.word === 'the' || t.word === 'of' || t.word === 'a' || t.word === 'an' || t.word === 'our' || t.word === 'its') {
      if (found) break;
      continue;
    }
    if (STOP_WORDS.has(t.word) || t.number !== undefined) break;
    // "all clear", "all week": the first word says it is no scope, whatever follows.
    if (!found && NOT_SCOPED.has(t.word)) return null;
    // A name runs on to its head noun: "all of Halden County" scopes a county, "only Wrenfield
    // trail" a trail.
    found = t;
    end = j;
  }
  if (!found || NOT_SCOPED.has(found.word)) return null;
  return { stem: stemWord(found.word), word: found.word, end };
}

/**
 * The thing an "only" after it scopes, at the end of a clause: "its DOGS ONLY", "northbound lanes
 * only." A plural noun, so "the one and only" or "if only" scope nothing.
 */
function objectBefore(tokens: readonly SentenceToken[], at: number): { stem: string; word: string; end: number; begin: number } | null {
  const next = tokens[at + 1];
  if (next && !next.punct && next.word !== 'and' && next.word !== 'but') return null;
  const before = tokens[at - 1];
  if (!before || before.punct || before.number !== undefined || STOP_WORDS.has(before.word) || PRONOUN.has(before.word)) return null;
  if (!/[^s]s$/.test(before.word) || NOT_SCOPED.has(before.word)) return null;
  return { stem: stemWord(before.word), word: before.word, end: at, begin: at - 1 };
}

// "shut down completely", "totally closed": an adverb that widens a closure to the whole road.
const WHOLLY = new Set(['completely', 'totally', 'entirely', 'fully']);
const SHUT = new Set(['closed', 'close', 'closes', 'closing', 'shut', 'shutdown', 'blocked', 'cancelled', 'canceled', 'suspended']);
const DIRECTION = new Set(['northbound', 'southbound', 'eastbound', 'westbound', 'inbound', 'outbound']);
const LANE = new Set(['lane', 'lanes', 'direction', 'side', 'track', 'platform']);

// What "only a ..." calls something when it means "merely": no scope ("it's only a proposal").
const COPULA = new Set(['is', 'are', 'was', 'were', 'its', "it's", 'thats', "that's", 'be']);
// "only PROPOSED", "only voluntary", "only testing": the same, said of a state.
const MERELY_STATE = new Set(['proposed', 'planned', 'recommended', 'suggested', 'voluntary', 'precautionary', 'temporary', 'advisory', 'rumored', 'rumoured', 'drill', 'drills', 'test', 'testing', 'training', 'practice', 'exercise', 'exercises']);
const MERELY = new Set(['proposal', 'test', 'drill', 'exercise', 'rumor', 'rumour', 'joke', 'hoax', 'precaution', 'suggestion', 'recommendation', 'draft', 'idea', 'plan', 'scam', 'misunderstanding', 'prank', 'simulation', 'rehearsal']);

// Every word at which closureScope or scopeFacts can find a scope.
const SCOPE_STARTS = new Set([...DIRECTION, ...WHOLLY, ...WIDE.keys(), ...ONLY, ...ALL, 'one', 'both', 'part', 'just']);

function nearWord(tokens: readonly SentenceToken[], at: number, words: ReadonlySet<string>, reach: number): boolean {
  for (let k = Math.max(0, at - reach); k <= Math.min(tokens.length - 1, at + reach); k++) {
    const t = tokens[k] as SentenceToken;
    if (k !== at && words.has(t.word)) return true;
  }
  return false;
}

/**
 * The scope a road or line closure states without "only" or "all": one direction's lanes or
 * one lane is part of the road ("the eastbound lane will be closed"); "both directions" and
 * "completely shut" are the whole of it.
 */
function closureScope(sentence: string, tokens: readonly SentenceToken[], index: number): KeyFact[] {
  const out: KeyFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    const next = tokens[i + 1]?.word ?? '';
    let value: string | null = null;
    let end = i;
    if ((DIRECTION.has(t.word) || t.word === 'one') && LANE.has(next)) [value, end] = ['only', i + 1];
    else if (t.word === 'both' && (next === 'directions' || next === 'ways')) [value, end] = ['all', i + 1];
    else if (WHOLLY.has(t.word) && nearWord(tokens, i, SHUT, 2)) value = 'all';
    if (!value || negationBefore(tokens, i, 2) >= 0) continue;
    out.push(newFact('scope', 'scope', value, sentence.slice(t.start, (tokens[end] as SentenceToken).end), false, index, { object: 'lane' }));
    i = end;
  }
  return out;
}

/**
 * Scope facts: slot `scope`, value `only` | `all`, `object` the stem of what is scoped.
 * "not all" folds to `only`.
 *
 * @example scopeFacts('only the northbound lanes are closed', sentenceTokens('only the northbound lanes are closed'), 0)[0] // {value: 'only', object: 'lane', …}
 */
export function scopeFacts(sentence: string, tokens: readonly SentenceToken[], index: number): KeyFact[] {
  const out: KeyFact[] = [];
  // Most sentences have no word either pass below starts from: one lookup per word settles them.
  if (!tokens.some((t) => SCOPE_STARTS.has(t.word))) return out;
  for (const f of closureScope(sentence, tokens, index)) out.push(f);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SentenceToken;
    const wide = WIDE.get(t.word);
    if (wide) {
      out.push(newFact('scope', 'scope', 'all', sentence.slice(t.start, t.end), false, index, { object: wide }));
      continue;
    }
    let value = ONLY.has(t.word) ? 'only' : ALL.has(t.word) ? 'all' : null;
    if (t.word === 'part' && tokens[i + 1]?.word === 'of') value = 'only';
    // "just the northbound lanes"; "just now", "just in" are not a scope.
    if (t.word === 'just' && tokens[i + 1]?.word === 'the') value = 'only';
    if (!value) continue;
    if (t.word === 'all' && tokens[i - 1]?.word === 'at') continue;
    if (value === 'only' && tokens[i - 1]?.word === 'not') continue;
    // "only a proposal", "just a drill": merely that, not a part of something.
    if (value === 'only' && (tokens[i + 1]?.word === 'a' || tokens[i + 1]?.word === 'an') && MERELY.has(tokens[i + 2]?.word ?? '')) continue;
    if (value === 'only' && MERELY_STATE.has(tokens[i + 1]?.word ?? '')) continue;
    // "the sirens are just the monthly test", "brown water is just the hydrant flushing": what a
    // thing is, merely, not a part of it.
    if (t.word === 'just' && tokens[i + 1]?.word === 'the' && COPULA.has(tokens[i - 1]?.word ?? '')) continue;
    const object = objectAfter(tokens, t.word === 'part' ? i + 1 : i) ?? (value === 'only' && t.word === 'only' ? objectBefore(tokens, i) : null);
    if (!object) continue;
    const negation = value === 'all' ? negationBefore(tokens, i, 2) : -1;
    const negated = negation >= 0;
    const begin = 'begin' in object ? (object.begin as number) : negated ? negation : i;
    const first = tokens[begin] as SentenceToken;
    const surface = sentence.slice(first.start, (tokens[object.end] as SentenceToken).end);
    out.push(newFact('scope', 'scope', negated ? 'only' : value, surface, negated, index, negated ? { object: object.stem, folded: true } : { object: object.stem }));
  }
  return out;
}
