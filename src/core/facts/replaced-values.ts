import type { KeyFact } from './fact-types';

// "Buses will use Mercer Street instead of Lantern Avenue", "tests move to 11 a.m., instead of the
// previous Friday noon test", "90 days rather than the usual 60": what follows is the value that
// no longer holds. The phrase ends at a clause break or a word that starts what applies to both
// ("... instead of Lantern Avenue between 2nd Street and 14th Street").
// A figure revised: "about 2,100 gallons, up from the initial estimate of 800 gallons", "260
// gallons, down from 400". A comma before three digits is a thousands separator, not a break.
const REPLACED = /\b(?:instead of|rather than|in place of|up from|down from)\s+((?:[ap]\.m\.|,(?=\d{3}\b)|[^,;:.!?()])*)/gi;
// "Drivers should use Elm Street instead of Oak Street and Pine Road is closed": a conjunction or
// a place preposition starts what is not the replaced value.
const PHRASE_END = /\s(?:between|from|until|till|during|because|since|while|when|so|starting|beginning|through|thru|after|before|on|at|and|but|or|near|in|for)\s/i;
// A change told from the old value to the new: "downgraded from a mandatory evacuation order to an
// evacuation warning", "moved from Friday to Sunday". The old value runs from "from" to "to".
const CHANGED_FROM = /\b(?:downgraded|upgraded|lowered|raised|reduced|increased|decreased|changed|moved|shifted|dropped|elevated|switched)\s+from\s+((?:[ap]\.m\.|,(?=\d{3}\b)|[^,;:.!?()])*?)\s+to\s/gi;

// A clock time at the start of a phrase.
const CLOCK = /^\s*(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)/i;

// Values an "instead of" can replace: a place, a time, a figure. A status said "instead of"
// another is left to the status readers ("selected the live alert template instead of the test
// template"); a change "from" one status "to" another replaces it.
const REPLACEABLE_INSTEAD: ReadonlySet<KeyFact['kind']> = new Set(['place', 'time', 'count', 'quantity']);
const REPLACEABLE_CHANGED: ReadonlySet<KeyFact['kind']> = new Set(['place', 'time', 'count', 'quantity', 'status']);

/** Spans [start, end) of the sentence that name a replaced value, each with the kinds it may replace. */
function replacedSpans(sentence: string): Array<[number, number, ReadonlySet<KeyFact['kind']>]> {
  const spans: Array<[number, number, ReadonlySet<KeyFact['kind']>]> = [];
  for (const m of sentence.matchAll(REPLACED)) {
    const phrase = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - phrase.length;
    const stop = PHRASE_END.exec(phrase);
    spans.push([start, start + (stop ? stop.index : phrase.length), REPLACEABLE_INSTEAD]);
  }
  for (const m of sentence.matchAll(CHANGED_FROM)) {
    const phrase = m[1] as string;
    // "has not been downgraded from mandatory" changes nothing; "reduced from 8 a.m. to noon" is a
    // window of time, not an old value and a new one.
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0);
    if (/\b(?:not|never|n't)\b(?:\s+been)?\s*$/i.test(before) || (CLOCK.test(phrase) && CLOCK.test(sentence.slice((m.index ?? 0) + m[0].length)))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(phrase, m[0].toLowerCase().indexOf(' from ') + 6);
    spans.push([start, start + phrase.length, REPLACEABLE_CHANGED]);
  }
  return spans;
}

/**
 * Marks the facts of one sentence (`facts[from..]`) that it names as replaced, by where their
 * words stand: places, times and figures after "instead of", and statuses too in a change told
 * "from" the old value "to" the new. A fact whose words also stand outside such a phrase is left
 * as asserted.
 *
 * @example markReplaced('Buses use Mercer Street instead of Lantern Avenue.', facts, 0) // the Lantern Avenue fact gets replaced: true
 */
export function markReplaced(sentence: string, facts: KeyFact[], from: number): void {
  if (!/\b(?:instead|rather|in place|from)\b/i.test(sentence)) return;
  const spans = replacedSpans(sentence);
  if (!spans.length) return;
  const lowered = sentence.toLowerCase();
  for (let i = from; i < facts.length; i++) {
    const fact = facts[i] as KeyFact;
    const surface = fact.surface.toLowerCase();
    if (!surface) continue;
    const first = lowered.indexOf(surface);
    if (first < 0) continue;
    const inside = (at: number): boolean => spans.some(([s, e, kinds]) => kinds.has(fact.kind) && at >= s && at + surface.length <= e);
    if (!inside(first)) continue;
    // The same words asserted elsewhere in the sentence keep the fact asserted.
    let other = lowered.indexOf(surface, first + 1);
    while (other >= 0 && inside(other)) other = lowered.indexOf(surface, other + 1);
    if (other < 0) fact.replaced = true;
  }
}
