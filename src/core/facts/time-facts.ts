import type { KeyFact } from './fact-types';
import { newFact } from './new-fact';
import { allMatches } from './all-matches';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = new Map(MONTHS.map((m) => [m.slice(0, 3), m]));
const RELATIVE = new Map([
  ['today', 'today'],
  ['tonight', 'today'],
  ['this morning', 'today'],
  ['this afternoon', 'today'],
  ['this evening', 'today'],
  ['tomorrow', 'tomorrow'],
  ['yesterday', 'yesterday'],
  ['last night', 'yesterday'],
]);

const DAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|last night)\b/gi;
const DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?\b/gi;
const HAS_DIGIT = /\d/;
const NOON_OR_MIDNIGHT = /noon|midnight/i;
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?|\b(noon|midnight)\b/gi;

// How long something lasts: "closed the rest of the week" is a different claim from "closed
// Thursday, reopening Friday", though both say "closed".
/** The slot of how long something lasts; a claim's duration must be the statement's before it can be supported. */
export const DURATION_SLOT = 'time:duration';
const UNIT = '(day|week|weekend|month|year|semester|school year|season|summer|winter)';
const COUNT_WORDS = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['ten', 10], ['several', 0], ['a few', 0]]);
const DURATIONS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [new RegExp(`\\b(?:for |during )?the rest of (?:the |this )?${UNIT}\\b`, 'gi'), (m) => `rest of ${(m[1] as string).toLowerCase()}`],
  [new RegExp(`\\b(?:all|the whole|the entire|this whole|this entire) ${UNIT}(?: long)?\\b`, 'gi'), (m) => `all ${(m[1] as string).toLowerCase()}`],
  [/\b(?:until|till) further notice\b|\bindefinitely\b/gi, () => 'indefinite'],
  // Open "24/7" is not open "daily from 10 a.m. to 8 p.m.". Only of a place or service being open
  // or staffed: "call the 24/7 hotline" and "crews working round the clock" say no hours.
  [/\b(?:open|opened|staffed|available|operating|stays open|stay open|remains open|remain open)\s+(?:\w+\s+)?(?:24\s?\/\s?7(?![\d/])|24 hours(?: a day)?|a?round[- ]the[- ]clock|day and night)/gi, () => 'around the clock'],
  [/\bfor (a few|several|an?|one|two|three|four|five|six|seven|ten|\d{1,3}) (day|week|month|year|hour)s?\b/gi, (m) => {
    const n = (m[1] as string).toLowerCase();
    const count = /^\d/.test(n) ? Number(n) : (COUNT_WORDS.get(n) as number);
    return `${count === 0 ? 'several' : count} ${(m[2] as string).toLowerCase()}`;
  }],
];

// Which part of the day: slowdowns "during the DAY" are not the ones "overnight, 11 p.m. to 4 a.m.".
// Only words that name the part of the day outright; "tonight" names a day ("closed tonight").
const DAY_PARTS: readonly [RegExp, string][] = [
  [/\b(?:during the day|in the daytime|daytime|day-time|daylight hours|during daylight|day shift)\b/gi, 'day'],
  [/\b(?:overnight|at night|nightly|each night|every night|per night|night-time|nighttime)\b/gi, 'night'],
];

/** `time:part_of_day` facts: 'day' or 'night'. */
function dayPartFacts(sentence: string, index: number): KeyFact[] {
  const out: KeyFact[] = [];
  for (const [pattern, value] of DAY_PARTS) for (const m of allMatches(pattern, sentence)) out.push(newFact('time', 'time:part_of_day', value, m[0], false, index));
  return out;
}

/**
 * `time:duration` facts: 'rest of week', 'all day', 'indefinite', '2 week', 'several day'.
 *
 * @example durationFacts('Closed the rest of the week', 0)[0]?.value // 'rest of week'
 */
export function durationFacts(sentence: string, index: number): KeyFact[] {
  const out: KeyFact[] = [];
  for (const [pattern, value] of DURATIONS) {
    for (const m of allMatches(pattern, sentence)) out.push(newFact('time', DURATION_SLOT, value(m), m[0].trim(), false, index));
  }
  return out;
}

/** Whether a `time:day` value names a weekday (two different weekdays conflict; "today" and "monday" may not). */
export function isWeekday(value: string): boolean {
  return WEEKDAYS.includes(value);
}

/**
 * Time facts: `time:day` (weekday or today/tomorrow/yesterday), `time:date` ('march 3'),
 * `time:clock` ('17:00'), `time:part_of_day` ('day', 'night') and `time:duration`.
 *
 * @example timeFacts('Lifted Friday at 5 pm', 0).map((f) => f.value) // ['friday', '17:00']
 */
export function timeFacts(sentence: string, index: number): KeyFact[] {
  const out: KeyFact[] = [...durationFacts(sentence, index), ...dayPartFacts(sentence, index)];
  for (const m of allMatches(DAY, sentence)) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    out.push(newFact('time', 'time:day', RELATIVE.get(word) ?? word, m[0], false, index));
  }
  // Dates and clock times other than noon and midnight have digits; most posts have none.
  const digits = HAS_DIGIT.test(sentence);
  if (digits) for (const m of allMatches(DATE, sentence)) {
    const month = MONTH_ABBR.get((m[1] as string).toLowerCase().slice(0, 3)) as string;
    // "may 3" is as often "may" the verb as the month; only a capital M is trusted.
    if (month === 'may' && !m[0].startsWith('M')) continue;
    out.push(newFact('time', 'time:date', `${month} ${Number(m[2])}`, m[0], false, index));
  }
  if (digits || NOON_OR_MIDNIGHT.test(sentence)) for (const m of allMatches(CLOCK, sentence)) {
    let value: string;
    if (m[4]) value = m[4].toLowerCase() === 'noon' ? '12:00' : '00:00';
    else {
      const hour = Number(m[1]);
      if (hour < 1 || hour > 12) continue;
      const h24 = (hour % 12) + ((m[3] as string).toLowerCase() === 'p' ? 12 : 0);
      value = `${String(h24).padStart(2, '0')}:${m[2] ?? '00'}`;
    }
    out.push(newFact('time', 'time:clock', value, m[0].trim(), false, index));
  }
  return out;
}
