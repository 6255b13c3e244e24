import { stemWord } from '../text/stem';
import type { ContrastLexicon } from './contrast-lexicon';
import type { ConflictWhy, FactComparison, KeyFact } from './fact-types';
import { isWeekday } from './time-facts';

function overlaps(a: KeyFact, b: KeyFact): boolean {
  const ra = a.range ?? [Number(a.value), Number(a.value)];
  const rb = b.range ?? [Number(b.value), Number(b.value)];
  return ra[0] <= rb[1] && rb[0] <= ra[1];
}

// A negation the slot could not fold into its value ("not under a warning") still sets the fact apart.
function unfolded(f: KeyFact): boolean {
  // Both fields read on every call, so the optimised code has seen `folded` before the first negated fact.
  const folded = f.folded;
  return f.negated && !folded;
}

/**
 * Whether two place names name one place: the same, or one the other's first words ("Dunmere
 * High" and "Dunmere High School"). A one-word name is too loose for that ("Salem" and "Salem
 * Heights" are two neighbourhoods).
 */
/** Whether two place values name one place ("dunmere high" is "dunmere high school"). */
export function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes(' ') && long.startsWith(`${short} `);
}

/**
 * Whether two facts say the same state: one slot, one value, and the same polarity once folded
 * ("not closed" folded to open says what "open" says).
 *
 * @example saysSameState(closedFact, closedFact) // true
 */
export function saysSameState(a: KeyFact, b: KeyFact): boolean {
  return a.slot === b.slot && a.value === b.value && unfolded(a) === unfolded(b);
}

function same(a: KeyFact, b: KeyFact): boolean {
  if (a.kind === 'count' || a.kind === 'quantity') return overlaps(a, b);
  if (a.kind === 'place') return samePlace(a.value, b.value);
  if (a.value !== b.value) return false;
  if (a.kind === 'status' || a.kind === 'outcome') return unfolded(a) === unfolded(b);
  return true;
}

// What a scope of a closure or an order is about: parts of roads, lines and areas. Two scopes
// conflict when they scope the same thing or two such things ("only the northbound lanes"
// against "the whole highway"), not "only Harbor Point to Selwyn Park" against "all shuttle
// buses are wheelchair accessible".
const SCOPED_PLACES = new Set(
  ['lane', 'lanes', 'road', 'roads', 'highway', 'freeway', 'interstate', 'street', 'streets', 'direction', 'directions', 'side', 'track', 'tracks', 'platform', 'bridge', 'route', 'routes',
    'zone', 'zones', 'area', 'areas', 'county', 'counties', 'city', 'state', 'district', 'campus', 'nation', 'region', 'town', 'neighborhood', 'neighbourhood',
    'school', 'schools', 'building', 'buildings', 'line', 'lines', 'station', 'stations', 'stop', 'stops', 'beach', 'beaches', 'trail', 'trails', 'park', 'parks', 'campground', 'terminal', 'concourse', 'floor', 'level',
    'township', 'townships', 'village', 'parish', 'borough', 'ward', 'pier', 'piers', 'dock', 'docks', 'harbor', 'marina', 'lot', 'garage', 'gate', 'hall', 'shelter', 'shelters', 'lake', 'river', 'pass'].map(stemWord),
);

function scopesComparable(c: KeyFact, s: KeyFact): boolean {
  if (c.object === undefined || s.object === undefined || c.object === s.object) return true;
  return SCOPED_PLACES.has(c.object) && SCOPED_PLACES.has(s.object);
}

function conflict(c: KeyFact, s: KeyFact, lexicon: ContrastLexicon, alone: boolean): ConflictWhy | null {
  switch (c.kind) {
    case 'scope':
      return scopesComparable(c, s) ? differentValue(c, s) : null;
    case 'status':
    case 'outcome':
      if (c.value === s.value) return unfolded(c) !== unfolded(s) ? 'negation' : null;
      // Two denials agree, whatever each denies: "no boil order" and "no boil-water advisory is in
      // effect" both say nothing is.
      if (unfolded(c) && unfolded(s)) return null;
      if (!lexicon.valuesOpposed(c.slot, c.value, s.value) && !(alone && lexicon.valuesOpposedAlone(c.slot, c.value, s.value))) return null;
      return c.negated || s.negated ? 'negation' : 'opposite';
    case 'count':
      return overlaps(c, s) || !sameGroup(c, s) || mayHold(c, s) ? null : 'count';
    case 'quantity':
      return overlaps(c, s) ? null : 'count';
    case 'time':
      if (c.slot === 'time:day') return isWeekday(c.value) && isWeekday(s.value) && c.value !== s.value ? 'time' : null;
      return differentValue(c, s);
    default:
      return differentValue(c, s);
  }
}

// Words that count people of any group; a count of kids and one of students are two groups.
const ANY_PEOPLE = new Set(['people', 'persons', 'person', 'individuals', 'individual']);
const GROUP = new Map([['kids', 'child'], ['kid', 'child'], ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['families', 'family']]);

function groupOf(fact: KeyFact): string {
  const word = /([a-z]+)\W*$/i.exec(fact.surface)?.[1]?.toLowerCase() ?? '';
  if (ANY_PEOPLE.has(word)) return '';
  return GROUP.get(word) ?? word.replace(/s$/, '');
}

/**
 * Whether the post's count of some people fits within the statement's count of people in
 * general: "2 kids" against "four people". Not the other way: "2 people SHOT" against "one
 * student was shot" says more were hurt than the statement does.
 */
function mayHold(c: KeyFact, s: KeyFact): boolean {
  if (c.slot !== 'count:people' || groupOf(c) === '' || groupOf(s) !== '') return false;
  return (s.range?.[1] ?? Number(s.value)) >= (c.range?.[0] ?? Number(c.value));
}

/**
 * Whether two counts of people count one group: "one kid" and "11 students" do not (one was
 * burned, eleven were moved), "3 people" and "5 students" may.
 */
function sameGroup(c: KeyFact, s: KeyFact): boolean {
  if (c.slot !== 'count:people') return true;
  const a = groupOf(c);
  const b = groupOf(s);
  return a === '' || b === '' || a === b;
}

// Kinds whose replaced value ("Mercer Street instead of Lantern Avenue", "90 days rather than the
// usual 60", "downgraded from a mandatory evacuation order to a warning") a post may give as
// current, and the conflict that makes: a status the statement says no longer holds is denied.
const REPLACEABLE = new Map<KeyFact['kind'], ConflictWhy>([
  ['status', 'negation'],
  ['place', 'place'],
  ['time', 'time'],
  ['count', 'count'],
  ['quantity', 'count'],
]);

// Kinds that conflict whenever the values differ, and the conflict each makes.
const DIFFERENT_VALUE = new Map<KeyFact['kind'], ConflictWhy>([
  ['scope', 'scope'],
  ['place', 'place'],
  ['event', 'event'],
  ['time', 'time'],
]);

/**
 * One comparison for the kinds above, where a branch per kind left the rarer kinds' comparisons
 * without type feedback: the first scope or time conflict of a run recompiled compareFacts.
 */
function differentValue(c: KeyFact, s: KeyFact): ConflictWhy | null {
  const why = DIFFERENT_VALUE.get(c.kind);
  return why !== undefined && c.value !== s.value ? why : null;
}

/**
 * Lines a claim's key facts up with a statement's: for each claim fact, the statement fact of
 * the same slot that says the same (shared), else one that contradicts it (conflict), else
 * nothing when the slot is absent from the statement (claimOnly). A claim fact whose slot the
 * statement fills with a different but compatible value ("injured" against "dead", "today"
 * against "monday") is in none of the three, unless the group opposes the two when each is its
text's only value for the slot ("the driver was injured" against "the driver died"). A status or
outcome conflicts only when the claim gives its slot one value. A place conflicts only when the statement names no
 * place of that kind that the claim names too.
 *
 * `wholeClaim`: all the claim's facts when `claim` is a subset of them (whether the claim gives a
 * slot one value, a place or an incident is read from all of them).
 *
 * @example compareFacts(extractKeyFacts('4 dead', lex), extractKeyFacts('40 dead', lex), lex).conflicts[0].why // 'count'
 */
export function compareFacts(claim: KeyFact[], statement: KeyFact[], lexicon: ContrastLexicon, wholeClaim: readonly KeyFact[] = claim): FactComparison {
  const out: FactComparison = { shared: [], conflicts: [], claimOnly: [] };
  // Texts have a handful of facts: linear scans beat building maps on every comparison (the
  // clusterer compares a post with several exemplars, the classifier a claim with k statements).
  const candidates: KeyFact[] = [];
  for (const c of claim) {
    candidates.length = 0;
    for (const s of statement) if (s.slot === c.slot) candidates.push(s);
    if (!candidates.length) {
      out.claimOnly.push(c);
      continue;
    }
    const replaced = c.replaced === true;
    const match = candidates.find((s) => (s.replaced === true) === replaced && same(c, s));
    if (match) {
      out.shared.push({ claim: c, statement: match });
      continue;
    }
    // What the post itself calls replaced it does not assert.
    if (replaced) continue;
    // The post gives as current what the statement says no longer holds ("noon" against "at
    // 11 a.m., instead of the previous Friday noon test").
    const old = REPLACEABLE.get(c.kind) === undefined ? undefined : candidates.find((s) => s.replaced === true && same(c, s));
    if (old !== undefined) {
      out.conflicts.push({ claim: c, statement: old, why: REPLACEABLE.get(c.kind) as ConflictWhy });
      continue;
    }
    // Two places or incidents conflict only when the texts share none of that kind at all.
    if (c.kind === 'place' && candidates.some((s) => s.replaced !== true && wholeClaim.some((f) => f.slot === c.slot && f.replaced !== true && samePlace(f.value, s.value)))) continue;
    if (c.kind === 'event' && candidates.some((s) => hasValue(wholeClaim, c.slot, s.value))) continue;
    const claimAlone = onlyValue(wholeClaim, c);
    // A claim that gives a status or outcome several values tells a change ("missing since
    // May, found today") or is about several people ("he died, the children survived"): no
    // one value of it is the claim's for certain.
    if ((c.kind === 'outcome' || c.kind === 'status') && !claimAlone) continue;
    const alone = claimAlone && candidates.every((s) => s.value === (candidates[0] as KeyFact).value);
    for (const s of candidates) {
      if (s.replaced === true) continue;
      const why = conflict(c, s, lexicon, alone);
      if (why) {
        out.conflicts.push({ claim: c, statement: s, why });
        break;
      }
    }
  }
  return out;
}

function hasValue(facts: readonly KeyFact[], slot: string, value: string): boolean {
  for (const f of facts) if (f.slot === slot && f.value === value) return true;
  return false;
}

/** Whether `fact` is the only value its text gives its slot. */
function onlyValue(facts: readonly KeyFact[], fact: KeyFact): boolean {
  for (const f of facts) if (f.slot === fact.slot && f.value !== fact.value) return false;
  return true;
}
