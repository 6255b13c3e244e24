import { stemWord } from '../text/stem';
import type { KeyFact } from './fact-types';
import { isUnit } from './quantity-facts';
import { rangeValue, readNumber, ZERO } from './read-number';
import type { SentenceToken } from './sentence-tokens';
import { STOP_WORDS } from '../text/stop-words';
import { newFact } from './new-fact';

// Counted things whose number a rumor gets wrong, grouped so "killed" and "deaths" compare.
const KINDS: [RegExp, string][] = [
  [/^(dead|killed|died|dies|deaths?|fatalit(y|ies)|bodies|murdered|slain|lives|deceased|drowned|fatal)$/, 'dead'],
  [/^(injur(ed|y|ies)|hurt|wounded|hospitali[sz]ed|casualt(y|ies)|treated)$/, 'injured'],
  [/^(missing|unaccounted)$/, 'missing'],
  [/^(arrest(s|ed)?|detained|custody|apprehended|charged)$/, 'arrested'],
  [/^(shooters?|gunm[ae]n|attackers?|suspects?|assailants?)$/, 'suspects'],
  [/^(rescued|rescues|saved)$/, 'rescued'],
  [/^(evacuated|evacuees|displaced?|displaces|homeless)$/, 'evacuated'],
  [/^(homes?|houses?|buildings?|structures?|residences?)$/, 'structures'],
  [/^(cars?|vehicles?|trucks?)$/, 'vehicles'],
];
// Words for people in general: the count is of people unless a more specific word follows.
// "5 ppl" is how posts write five people.
const PEOPLE = /^(people|ppl|persons?|residents?|students?|children|kids?|victims?|patients?|individuals?|adults?|men|women|officers?|firefighters?|workers?|employees?|families|passengers?|hostages?|looters?|protesters?|inmates?)$/;
// Words after a number that make it a time, date, place or ordinal rather than a count.
// "apr 14 thru june 6", "23 vs 41 last yr", "the 22 last night" end a date or a name, not a count.
const NOT_COUNTED = new Set(['am', 'pm', 'a', 'p', 'oclock', "o'clock", 'th', 'st', 'nd', 'rd', 'years', 'year', 'yrs', 'months', 'month', 'times', 'time', 'of', 'or', 'and', 'to', 'in', 'longer', 'matter', 'doubt', 'way', 'one', 'more', 'less',
  'thru', 'through', 'last', 'until', 'til', 'till']);
const PLACE_BEFORE = new Set(['route', 'rte', 'highway', 'hwy', 'interstate', 'i', 'us', 'sr', 'zone', 'district', 'sector', 'area', 'ward', 'precinct', 'exit', 'station', 'unit', 'engine', 'ladder', 'apartment', 'apt', 'room', 'suite', 'number', 'no', 'gate', 'pier', 'building', 'block', 'grade', 'level', 'category', 'stage', 'phase', 'magnitude', 'channel',
  // Roads, mile markers, flights, buses and units posts name by number: "PR 22", "rt 18", "mm 96", "medic 54".
  'rt', 'pr', 'fm', 'sh', 'mm', 'mile', 'marker', 'flight', 'bus', 'medic', 'track', 'platform', 'dock', 'terminal', 'hangar',
  // "CR 9 CLOSED", "County Road 9", "Berth 7", "runway 27", "tower 5", "section 3", "lot 4".
  'cr', 'road', 'berth', 'runway', 'tower', 'section', 'lot']);
// Words that open a list of zone codes: "Zones 3, 4 and 5", "Towers 9 and 10".
const ZONE_LIST_WORDS = new Set(['zones', 'districts', 'sectors', 'wards', 'precincts', 'divisions', 'towers', 'sections', 'berths', 'piers', 'lots', 'gates', 'exits', 'routes', 'stages', 'levels']);
const LIST_JOINERS = new Set([',', 'and', '&', 'or']);
// Words after a number that are not what it counts, when no counted noun is known: a direction
// of a numbered road ("19 west", "47 SB"), a verb or state of a numbered road or of people
// counted before ("318 closed", "9 went to the hospital"), a time ("8-noon") or a rate ("25 per
// household"). A past form ("4 reported") says what happened, not what was counted.
const NOT_A_NOUN = new Set(['north', 'south', 'east', 'west', 'northbound', 'southbound', 'eastbound', 'westbound', 'nb', 'sb', 'eb', 'wb',
  'went', 'got', 'came', 'ran', 'left', 'fell', 'took', 'saw', 'close', 'open', 'shut', 'back', 'still',
  'noon', 'midnight', 'tonight', 'today', 'tomorrow', 'per', 'each', 'apiece', 'total', 'max', 'min', 'without', 'with']);
const PAST_FORM = /[a-z]{2}ed$/;
const RATE = new Set(['per', 'each', 'apiece']);

/** Whether the number at `i` is a later code of a zone list ("Zones 3, 4 and 5"): a name, not a count. */
function inZoneList(tokens: readonly SentenceToken[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ((tokens[k] as SentenceToken).number !== undefined || LIST_JOINERS.has((tokens[k] as SentenceToken).word))) k--;
  return k >= 0 && k < i - 1 && ZONE_LIST_WORDS.has((tokens[k] as SentenceToken).word);
}

// The groups a count is read into, and people in general; any other count is of the noun after
// its number ("7 fires", "11 stations", "9 garage break ins"), which a statement may name otherwise.
const NAMED_GROUPS = new Set([...KINDS.map(([, kind]) => kind), 'people']);

/** Whether a count fact counts one of the named groups (dead, injured, people, vehicles…), not the noun after its number. */
export function countsNamedGroup(fact: KeyFact): boolean {
  return fact.kind === 'count' && NAMED_GROUPS.has(fact.slot.slice('count:'.length));
}

// Who or what an outage counts, and the words that say they are out of a service.
// Homes and houses are read into 'structures'; the rest are the stems of the noun after the number.
const OUTAGE_COUNTED = new Set(['people', 'structures', 'custom', 'household', 'resid', 'account', 'meter', 'busi']);
const OUT_OF = new Set(['without', 'w/o']);
const SERVICE = new Set(['power', 'electricity', 'electric', 'heat', 'service', 'lights']);

/**
 * Where an outage phrase starts within a few words of `from` ("without power", "with no power",
 * "lost power", "in the dark"), when what the number counts may be out of power: people, homes,
 * customers or nothing named ("28,100 without power"). Null otherwise.
 */
function outageFrom(tokens: readonly SentenceToken[], from: number, counted: string | null): number | null {
  if (counted !== null && !OUTAGE_COUNTED.has(counted)) return null;
  for (let j = from; j < tokens.length && j < from + 6; j++) {
    const t = tokens[j] as SentenceToken;
    if (t.punct || t.number !== undefined) return null;
    const next = tokens[j + 1]?.word ?? '';
    if (OUT_OF.has(t.word) && SERVICE.has(next)) return j;
    if ((t.word === 'lost' || t.word === 'losing') && SERVICE.has(next)) return j;
    if (t.word === 'with' && next === 'no' && SERVICE.has(tokens[j + 2]?.word ?? '')) return j;
    if (t.word === 'in' && next === 'the' && tokens[j + 2]?.word === 'dark') return j;
    if (counted === null && j > from) return null;
  }
  return null;
}

function kindOf(word: string): string | null {
  for (const [pattern, kind] of KINDS) if (pattern.test(word)) return kind;
  return null;
}

// How far past its people word a count looks for what happened to them, in its clause:
// "no firefighters or members of the public were injured", "120 people lost their homes".
const PREDICATE_REACH = 8;
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'at', 'on', 'inside', 'outside', 'near', 'into', 'across', 'around', 'behind']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being', 'got', 'get']);
const STOPS = new Set(['and', 'but', 'while', 'who', 'which', 'that', 'after', 'before', 'because', 'when', 'where', 'if']);

function lostHome(tokens: readonly SentenceToken[], j: number): boolean {
  return tokens[j]?.word === 'lost' && /^(their|the|his|her)$/.test(tokens[j + 1]?.word ?? '') && /^(homes?|houses?|apartments?)$/.test(tokens[j + 2]?.word ?? '');
}

/** What happened to a counted group of people, said by the predicate after it ("were hurt", "lost their homes"). */
function kindAfterSubject(tokens: readonly SentenceToken[], from: number): string | null {
  for (let j = from; j < tokens.length && j < from + PREDICATE_REACH; j++) {
    const t = tokens[j] as SentenceToken;
    if (t.punct || t.number !== undefined || STOPS.has(t.word) || ZERO.has(t.word)) return null;
    if (BE.has(t.word)) {
      const next = tokens[j + 1]?.word === 'not' ? tokens[j + 2] : tokens[j + 1];
      return next ? kindOf(next.word) : null;
    }
    if (lostHome(tokens, j)) return 'evacuated';
  }
  return null;
}

// "The total number of people injured is now five", "the number of dead has risen to 12": the
// count comes after what it counts.
const RISE = new Set(['rose', 'risen', 'climbed', 'grew', 'stands', 'reached', 'increased', 'fell', 'dropped']);

function numberOfFacts(sentence: string, tokens: readonly SentenceToken[], index: number, used: Uint8Array, out: KeyFact[]): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i]?.word !== 'number' || tokens[i + 1]?.word !== 'of') continue;
    let j = i + 2;
    let kind: string | null = null;
    for (; j <= Math.min(i + 4, tokens.length - 1); j++) {
      const w = (tokens[j] as SentenceToken).word;
      kind = kindOf(w);
      if (kind || !PEOPLE.test(w)) break;
    }
    if (!kind) continue;
    let k = j + 1;
    if (BE.has(tokens[k]?.word ?? '') || tokens[k]?.word === 'has') k++;
    if (RISE.has(tokens[k]?.word ?? '')) {
      k++;
      if (tokens[k]?.word === 'to' || tokens[k]?.word === 'at') k++;
    }
    if (tokens[k]?.word === 'now') k++;
    if (k === j + 1 || used[k]) continue;
    const n = readNumber(tokens, k);
    if (!n || n.from !== k || isUnit(tokens[n.to + 1]?.word ?? '')) continue;
    for (let m = n.from; m <= n.to; m++) used[m] = 1;
    out.push(newFact('count', `count:${kind}`, rangeValue(n.range), sentence.slice((tokens[i] as SentenceToken).start, (tokens[n.to] as SentenceToken).end), n.zero, index, { range: n.range }));
  }
}

// How far past "death toll" its figure may come: "bringing the confirmed heat-related death toll
// from the July heat wave to five".
const TOLL_REACH = 10;
const TOLL_LEADS = new Set(['to', 'at', 'is', 'now', 'of', 'reached', 'hit', 'stands']);

/** "the death toll rose to 12", "bringing the death toll from the storm to five": a count of the dead. */
function deathTollFacts(sentence: string, tokens: readonly SentenceToken[], index: number, used: Uint8Array, out: KeyFact[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.word !== 'toll' || tokens[i - 1]?.word !== 'death') continue;
    for (let k = i + 1; k < tokens.length && k <= i + TOLL_REACH; k++) {
      const t = tokens[k] as SentenceToken;
      if (t.punct && t.word !== '-') break;
      if (used[k] || !TOLL_LEADS.has(tokens[k - 1]?.word ?? '')) continue;
      const n = readNumber(tokens, k);
      if (!n || n.from !== k || isUnit(tokens[n.to + 1]?.word ?? '')) continue;
      for (let m = n.from; m <= n.to; m++) used[m] = 1;
      out.push(newFact('count', 'count:dead', rangeValue(n.range), sentence.slice((tokens[i - 1] as SentenceToken).start, (tokens[n.to] as SentenceToken).end), n.zero, index, { range: n.range }));
      break;
    }
  }
}

/**
 * Counts of people and things: "12 dead", "two people were hurt", "a dozen arrests", "no one
 * was injured" (count 0, `negated`), "dozens of homes" → slot `count:<kind>` ('dead',
 * 'injured', 'missing', 'arrested', 'suspects', …, 'people', or the counted noun's stem).
 *
 * @example countFacts('two people were hurt', sentenceTokens('two people were hurt'), 0, new Uint8Array(4))[0] // {slot: 'count:injured', value: '2', …}
 */
export function countFacts(sentence: string, tokens: readonly SentenceToken[], index: number, used: Uint8Array): KeyFact[] {
  const out: KeyFact[] = [];
  numberOfFacts(sentence, tokens, index, used, out);
  deathTollFacts(sentence, tokens, index, used, out);
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const n = readNumber(tokens, i);
    if (!n) continue;
    if (tokens[i]?.number !== undefined) {
      const before = tokens[n.from - 1];
      // A colon glued to the number is a clock ("10:30"); "recap: 4 people hurt" is a count.
      const clock = before?.word === ':' && before.end === (tokens[i] as SentenceToken).start;
      if (before && (PLACE_BEFORE.has(before.word) || clock || before.word === '$')) continue;
      if (inZoneList(tokens, i)) continue;
      // Digits glued to a word are a name, not a count: "K9", "A4", "I47".
      if (before && !before.punct && before.end === (tokens[i] as SentenceToken).start) continue;
      // So are digits hyphened to a word: a zone or unit code ("EV-12 pine flats", "PS-16").
      if (before && !before.punct && before.number === undefined && sentence[before.end] === '-' && before.end + 1 === (tokens[i] as SentenceToken).start) continue;
      if (tokens[i + 1]?.word === ':' || tokens[i + 1]?.word === '%') continue;
      // Two numbers in a row are one that lost its punctuation ("5 3" was 5.3, "9 11" was 9/11).
      if (before?.number !== undefined || tokens[i + 1]?.number !== undefined) continue;
      const value = tokens[i]?.number as number;
      // A year ("the 2019 flood") is not a count.
      if (value >= 1900 && value <= 2100 && tokens[i]?.word.length === 4 && !kindOf(tokens[i + 1]?.word ?? '')) continue;
    }
    let kind: string | null = null;
    let people: string | null = null;
    let generic: string | null = null;
    let end = n.to;
    for (let j = n.to + 1; j <= Math.min(n.to + 4, tokens.length - 1); j++) {
      const w = tokens[j] as SentenceToken;
      // "2 people out, nobody killed": a second number starts a count of its own.
      if (w.punct || w.number !== undefined || used[j] || ZERO.has(w.word)) break;
      // "dozens of homes", "hundreds of people"; but "one of the victims" is not a count of one.
      if (j === n.to + 1 && w.word === 'of' && n.range[0] !== n.range[1]) continue;
      if (j === n.to + 1 && (NOT_COUNTED.has(w.word) || isUnit(w.word))) break;
      // "one per house", "2 cases per household": a rate, not a count of what follows it.
      if (RATE.has(w.word)) break;
      const k = lostHome(tokens, j) ? 'evacuated' : kindOf(w.word);
      if (k) {
        kind = k;
        end = j;
        break;
      }
      // "40 cats from a home": once the counted noun is named, a place after it is not what is counted.
      // So is a place after people: "2 ppl from the car" counts people, not cars.
      if ((generic || people) && PLACE_PREPOSITIONS.has(w.word)) break;
      if (!people && PEOPLE.test(w.word)) {
        people = 'people';
        end = j;
      } else if (!people && !generic && j === n.to + 1 && w.word.length >= 3 && !STOP_WORDS.has(w.word) && !NOT_A_NOUN.has(w.word) && !PAST_FORM.test(w.word) && !n.zero) {
        generic = stemWord(w.word);
        end = j;
      }
    }
    if (!kind && people) {
      const found = kindAfterSubject(tokens, end + 1) ?? kindOf(tokens[n.from - 1]?.word ?? '');
      if (found) kind = found;
    }
    // "15,550 customers remain without power", "28,100 without power", "20,000 homes in the
    // dark": how many are out is one figure, whichever word counts them.
    const outage = outageFrom(tokens, n.to + 1, kind ?? people ?? generic);
    const slot = outage ? 'outage' : kind ?? people ?? generic;
    // "28,100 without": the outage word is what the number counts.
    if (outage === n.to + 1) end = outage;
    if (!slot) continue;
    for (let k = n.from; k <= end; k++) used[k] = 1;
    out.push(newFact('count', `count:${slot}`, rangeValue(n.range), sentence.slice((tokens[n.from] as SentenceToken).start, (tokens[end] as SentenceToken).end), n.zero, index, { range: n.range }));
    i = end;
  }
  return out;
}
