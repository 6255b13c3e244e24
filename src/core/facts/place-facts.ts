import type { KeyFact } from './fact-types';
import { STOP_WORDS } from '../text/stop-words';
import { newFact } from './new-fact';
import { allMatches } from './all-matches';

// Street suffixes folded to one spelling, so "Elm Street" and "Elm St." are one place.
const SUFFIX = new Map([
  ['st', 'st'], ['street', 'st'], ['ave', 'ave'], ['av', 'ave'], ['avenue', 'ave'], ['rd', 'rd'], ['road', 'rd'],
  ['blvd', 'blvd'], ['boulevard', 'blvd'], ['dr', 'dr'], ['drive', 'dr'], ['ln', 'ln'], ['lane', 'ln'], ['way', 'way'],
  ['pkwy', 'pkwy'], ['parkway', 'pkwy'], ['pl', 'pl'], ['place', 'pl'], ['ct', 'ct'], ['court', 'ct'], ['ter', 'ter'], ['terrace', 'ter'],
]);
const STREET = /\b([A-Z][a-z]+|\d+(?:st|nd|rd|th)) (St|Street|Ave|Av|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Pl|Place|Ct|Court|Ter|Terrace)\b\.?/g;
// In lower-case text (a post's comparable form) the abbreviations, and "street", "avenue" and
// "boulevard" after a word that is not a common adjective ("busy street"); "road", "drive" and
// "lane" are too often plain nouns ("icy road", "left lane").
const STREET_LOWER = /\b([a-z]{3,}|\d+(?:st|nd|rd|th)) (st|ave|rd|blvd|street|avenue|boulevard)\b/g;
const NOT_STREET_NAME = new Set(['busy', 'entire', 'whole', 'same', 'next', 'side', 'quiet', 'residential', 'local', 'city', 'nearby', 'closed', 'flooded', 'blocked', 'icy', 'empty', 'every', 'one', 'another', 'dead', 'shopping', 'crowded', 'dark', 'narrow', 'wide', 'street', 'cross']);
const ROUTE = /\b(route|rte|rt|highway|hwy|state route|sr|county road|cr|us)[ -]?(\d{1,4}[a-z]?)\b|\b(?:I|Interstate)[ -](\d{1,3})\b/gi;
// Beaches close by lifeguard tower and section, ports by berth and pier, lots by letter: each a
// zone of its own ("Towers 9 and 10 stay closed", "Sections C and D closed to swimming").
const ZONE = /\b(zone|district|sector|ward|precinct|division|grid|tower|section|berth|pier|lot)\s+(\d{1,3}[a-z]?|[A-Z])\b/gi;
// A list of zones under one word: "Zones A and B", "zones 3, 4 & 5". Each is a zone of its own,
// so "Zone C" is not among "Zones A and B".
const ZONE_CODE_ITEM = String.raw`(?:\d{1,3}[a-z]?|[A-Z])`;
const ZONE_LIST = new RegExp(String.raw`\b(zones|districts|sectors|wards|precincts|divisions|towers|sections|berths|piers|lots)\s+(${ZONE_CODE_ITEM}(?:\s*,\s*${ZONE_CODE_ITEM})*,?\s+(?:and|&|or)\s+${ZONE_CODE_ITEM})\b`, 'gi');
// A zone's code, as evacuation maps and transit lines name them: "PS-16", "zones PS-14 and PS-15".
// Two to four capitals, so no "I-47" (a route, read above), "K-9" or "N-95"; not the codes that
// name a virus, a weapon, a gang, a rating or a pollutant.
const ZONE_CODE = /\b([A-Z]{2,4})-(\d{1,3}[A-Z]?)\b/g;
const NOT_ZONE_CODE = new Set(['AR', 'AK', 'MS', 'MK', 'EF', 'PM', 'UH', 'CH', 'AH', 'MQ', 'KC', 'SR', 'CR', 'US', 'CO', 'NO', 'SO', 'ID', 'TV', 'FM', 'AM']);
// Sites named with the kind first: "Lake Osterly", "Mount Harlan".
const SITE_KIND_FIRST = /\b(Lake|Mount|Mt\.?) ([A-Z][a-z']+(?: [A-Z][a-z']+)?)\b/g;
const SITE = /\b((?:[A-Z][a-z']+ ){0,2}[A-Z][a-z']+) (High School|Middle School|Elementary School|Elementary|High|School|Academy|College|University|Park|Mall|Hospital|Bridge|Hill|Creek|River|Lake|Dam|Tunnel|Station|Plaza|Center|Centre|Library|Stadium|Church|Fairgrounds|Airport|Market|Square|Beach|Heights|Estates|Village)\b/g;
// Which way of a road: "southbound State Route 41" is not the northbound side.
const DIRECTION_BOUND = /\b(north|south|east|west)[- ]?bound\b/gi;
const AREA = /\b(?:in|at|near|around|outside|inside|across|from|on)\s+((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b/g;
// Two names of one or two words each, with letters only (no "between 9 and 5", "between mile markers 14 and 19").
const BETWEEN = /\bbetween ((?:[A-Za-z]{3,} )?[A-Za-z]{3,}) and ((?:[A-Za-z]{3,} )?[A-Za-z]{3,})\b/gi;
const HAS_CAPITAL = /[A-Z]/;
const SHOUTED_STREET = /\b[A-Z0-9]{3,}(?:ST|TH|ND|RD)? (?:ST|AVE|RD|BLVD|STREET|AVENUE|BOULEVARD)\b/;
const NON_ASCII = /[^ -~\t\n\r]/;
const HAS_DIGIT = /\d/;
// Capitalised words that start a name match but are not part of the name ("BREAKING Oak Park", "Near Elm St").
const NOT_NAME = new Set(['breaking', 'urgent', 'psa', 'update', 'alert', 'closed', 'open', 'near', 'at', 'in', 'the', 'fire', 'flood', 'new', 'police', 'local', 'omg', 'wow', 'warning']);
const NOT_AREA = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'we', 'you', 'they', 'he', 'she', 'it', 'this', 'that', 'facebook', 'twitter', 'instagram', 'tiktok', 'reddit', 'nextdoor', 'youtube', 'fema', 'police', 'god']);

// "Second Avenue" and "2nd Ave" are one street.
const ORDINALS = new Map(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i) => [w, `${i + 1}${i === 0 ? 'st' : i === 1 ? 'nd' : i === 2 ? 'rd' : 'th'}`]));

function streetName(name: string): string {
  return ORDINALS.get(name) ?? name;
}

function trimName(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && (NOT_NAME.has((words[0] as string).toLowerCase()) || STOP_WORDS.has((words[0] as string).toLowerCase()))) words.shift();
  return words.join(' ').toLowerCase();
}

function routeValue(kind: string, num: string): string {
  const k = kind.toLowerCase();
  if (k === 'highway' || k === 'hwy') return `highway ${num.toLowerCase()}`;
  if (k === 'us') return `us ${num.toLowerCase()}`;
  if (k === 'county road' || k === 'cr') return `county road ${num.toLowerCase()}`;
  return `route ${num.toLowerCase()}`;
}

const WORD_WITH_LETTERS = /[A-Za-z][A-Za-z']*/g;
const MINOR = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'after', 'near']);

/** Whether most words other than short function words are capitalised, as in a headline. */
function titleCased(sentence: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (const m of allMatches(WORD_WITH_LETTERS, sentence)) {
    if (MINOR.has(m[0])) continue;
    words++;
    if (m[0].charCodeAt(0) <= 90) capitalised++;
  }
  return words >= 3 && capitalised * 2 > words;
}

/**
 * Places a text names: `place:street` ('elm st'), `place:route` ('route 9', 'i-95'),
 * `place:zone` ('zone 6', 'ps-16'), `place:site` ('lincoln high'), `place:area` (a capitalised name after
 * "in"/"at"/"near" that is none of those: 'northgate').
 *
 * @example placeFacts('Water main break on Elm Street near Lincoln High', 0).map((f) => f.value) // ['elm st', 'lincoln high']
 */
export function placeFacts(sentence: string, index: number): KeyFact[] {
  const out: KeyFact[] = [];
  const taken: Array<[number, number]> = [];
  const add = (slot: string, value: string, m: RegExpMatchArray): void => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    out.push(newFact('place', slot, value, m[0].replace(/\.$/, ''), false, index));
  };
  // Every route has a number.
  if (HAS_DIGIT.test(sentence)) for (const m of allMatches(ROUTE, sentence)) {
    if (m[3]) add('place:route', `i-${m[3]}`, m);
    else if (m[1] && m[2]) {
      // "us 12" only in capitals: lower-case "us" is the pronoun.
      if (m[1].toLowerCase() === 'us' && m[1] !== 'US') continue;
      add('place:route', routeValue(m[1], m[2]), m);
    }
  }
  for (const m of allMatches(DIRECTION_BOUND, sentence)) add('place:direction', `${(m[1] as string).toLowerCase()}bound`, m);
  for (const m of allMatches(ZONE_LIST, sentence)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const kind = (m[1] as string).toLowerCase().replace(/s$/, '');
    const codes = (m[2] as string).split(/\s*,\s*|,?\s+(?:and|&|or)\s+/i).map((c) => c.toLowerCase());
    if (codes.includes('i')) continue;
    taken.push([start, end]);
    for (const code of codes) out.push(newFact('place', 'place:zone', `${kind} ${code}`, m[0], false, index));
  }
  for (const m of allMatches(ZONE, sentence)) {
    // "zone a resident" or "district i live in" is an article or a pronoun; "Zone A" with both
    // words capitalised is a zone's name.
    // The pronoun I is always a capital ("District I live in"), so a zone I is never read.
    const letter = m[2] as string;
    if (letter === 'i' || letter === 'I' || (letter === 'a' && !/^[A-Z]/.test(m[1] as string)) || (letter === 'A' && !/^[A-Z]/.test(m[1] as string))) continue;
    add('place:zone', `${(m[1] as string).toLowerCase()} ${(m[2] as string).toLowerCase()}`, m);
  }
  // Capitalised names only exist in text that has capitals (not in a post's comparable form).
  const capitals = HAS_CAPITAL.test(sentence);
  if (capitals && HAS_DIGIT.test(sentence)) for (const m of allMatches(ZONE_CODE, sentence)) {
    if (!NOT_ZONE_CODE.has(m[1] as string)) add('place:zone', m[0].toLowerCase(), m);
  }
  if (capitals) for (const m of allMatches(STREET, sentence)) {
    const name = (m[1] as string).toLowerCase();
    if (NOT_NAME.has(name) || STOP_WORDS.has(name)) continue;
    add('place:street', `${streetName(name)} ${SUFFIX.get((m[2] as string).toLowerCase())}`, m);
  }
  // A shouted street ("FOURTH STREET CLOSED") is read in lower case; ASCII keeps every offset.
  const shouted = SHOUTED_STREET.test(sentence) && !NON_ASCII.test(sentence);
  for (const m of allMatches(STREET_LOWER, shouted ? sentence.toLowerCase() : sentence)) {
    const name = m[1] as string;
    if (NOT_NAME.has(name) || STOP_WORDS.has(name) || NOT_STREET_NAME.has(name)) continue;
    add('place:street', `${streetName(name)} ${SUFFIX.get(m[2] as string)}`, m);
  }
  if (capitals) for (const m of allMatches(SITE, sentence)) {
    const value = trimName(`${m[1]} ${m[2]}`);
    if (!value.includes(' ')) continue;
    add('place:site', value, m);
  }
  if (capitals) for (const m of allMatches(SITE_KIND_FIRST, sentence)) {
    const kind = (m[1] as string).toLowerCase().startsWith('m') ? 'mount' : 'lake';
    add('place:site', `${kind} ${(m[2] as string).toLowerCase()}`, m);
  }
  // The ends of a stretch of road, in any case: "closed between lone butte and antelope springs".
  if (/between/i.test(sentence)) {
    for (const m of allMatches(BETWEEN, sentence)) {
      for (const matched of [m[1] as string, m[2] as string]) {
        // "between Pinecrest and Halvern reopened", "and halvern is open": a name is one word when
        // the next is lower case after a capital, or a function word.
        const [first, second] = matched.split(' ') as [string, string | undefined];
        const oneWord = second !== undefined && (STOP_WORDS.has(second.toLowerCase()) || NOT_NAME.has(second.toLowerCase()) || (/^[A-Z]/.test(first) && !/^[A-Z]/.test(second)));
        const group = oneWord ? first : matched;
        const value = group.toLowerCase();
        const words = value.split(' ');
        if (words.some((w) => STOP_WORDS.has(w) || NOT_AREA.has(w) || NOT_NAME.has(w)) || SUFFIX.has(words[words.length - 1] as string)) continue;
        const start = (m.index ?? 0) + m[0].indexOf(group);
        if (taken.some(([a, b]) => start < b && start + group.length > a)) continue;
        taken.push([start, start + group.length]);
        out.push(newFact('place', 'place:area', value, group, false, index));
      }
    }
  }
  // A headline capitalises every word: "Swimmer in Stable Condition" names no area. Asked only
  // once a sentence has an area's shape: every post's sentences pass here (the clustering veto).
  const areas = capitals ? allMatches(AREA, sentence) : [];
  if (areas.length && !titleCased(sentence)) for (const m of areas) {
    const value = trimName(m[1] as string);
    if (NOT_AREA.has(value) || NOT_AREA.has(value.split(' ')[0] as string)) continue;
    const start = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    if (taken.some(([a, b]) => start < b && start + (m[1] as string).length > a)) continue;
    taken.push([start, start + (m[1] as string).length]);
    out.push(newFact('place', 'place:area', value, m[1] as string, false, index));
  }
  return out;
}
