/**
 * The names a statement gives the places and levels it speaks of ("the Upper Cedar Ridge
 * neighborhood", "Skyline Drive", "Stage 1"), so that a post's words, written in lower case or
 * shouted, can be bound to them. A post seldom capitalises a place ("upper cedar ridge is under
 * mandatory evacuation"), so its places are read with the statement's names as the list of what
 * to look for; the statement is written with capitals and says where.
 */

// A run of capitalised words, with "of" inside ("Port of Seabright").
const CAPITALISED_RUN = /\b[A-Z][A-Za-z'’]*(?:\s+(?:of\s+)?[A-Z][A-Za-z'’]*){0,3}/g;
// Words that name a kind of place when they end a name.
const PLACE_HEAD = new Set(
  ['ridge', 'flats', 'flat', 'point', 'key', 'island', 'canyon', 'valley', 'springs', 'heights', 'hill', 'hills', 'park', 'creek', 'lake', 'estates', 'village', 'acres',
    'meadows', 'woods', 'harbor', 'harbour', 'bay', 'beach', 'gardens', 'crossing', 'commons', 'mesa', 'bluff', 'bluffs', 'grove', 'landing', 'basin', 'hollow', 'gulch', 'pass',
    'trail', 'trailhead', 'township', 'county', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'dr', 'lane', 'ln', 'boulevard', 'blvd', 'way', 'court', 'ct', 'parkway',
    'highway', 'bridge', 'causeway', 'tunnel', 'mall', 'school', 'elementary', 'high', 'academy', 'college', 'university', 'center', 'centre', 'library', 'station', 'fairgrounds',
    'airport', 'plaza', 'square', 'pier', 'marina', 'campground', 'neighborhood', 'meadow', 'meadows', 'bend', 'run', 'bottoms', 'falls', 'terrace', 'place'],
);
// A noun after a name that says the name is a place: "the Millrace neighborhood".
const PLACE_NOUN_AFTER = /^\s+(?:neighborhoods?|neighbourhoods?|areas?|subdivisions?|community|communities|township|district|sections?|developments?|corridor|residents)\b/i;
// A preposition before a name that says where: "for Upper Cedar Ridge", "in Tanner Flats". Not
// "to", "from", "and" or "of": "according to Chief Miller", "from the Sheriff's Office".
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|for|on|into|around|outside|inside|across|along|through|between)\s+(?:the\s+)?$/i;
// Capitalised words that open a sentence or a name without being part of it.
const NOT_NAME_WORD = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'update', 'updated', 'breaking', 'alert', 'all', 'no', 'if', 'when', 'residents', 'crews', 'officers', 'deputies', 'firefighters']);
const NOT_A_PLACE = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'i']);
// A numbered level: "Stage 2 fire restrictions", "Level 3 (Go)", "Phase One", "Category 4",
// "Stage II". Digits, number words and Roman numerals only ("stage a march" is no level).
const LEVEL = /\b(stage|level|phase|tier|category)\s+(\d{1,2}|one|two|three|four|five|i{1,3}|iv|v)\b/gi;
const LEVEL_NUMBER = new Map([['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['i', '1'], ['ii', '2'], ['iii', '3'], ['iv', '4'], ['v', '5']]);
// Most words of a headline are capitalised; its runs are not names.
const WORD = /[A-Za-z][A-Za-z'’]*/g;
const MINOR = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'after', 'near', 'is', 'are']);

/**
 * Whether most words of a sentence are capitalised, as in a headline. The words of runs that end
 * in a kind of place are left out of the count: "Upper Cedar Ridge, Tanner Flats and Skyline Drive
 * remain under orders" is a sentence full of names, not a headline.
 */
function headlineCased(sentence: string): boolean {
  const namedWords = new Set<number>();
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    if (!PLACE_HEAD.has((words[words.length - 1] as string).toLowerCase())) continue;
    for (const w of m[0].matchAll(WORD)) namedWords.add((m.index ?? 0) + (w.index ?? 0));
  }
  let words = 0;
  let capitalised = 0;
  for (const m of sentence.matchAll(WORD)) {
    if (MINOR.has(m[0]) || namedWords.has(m.index ?? 0)) continue;
    words++;
    if (m[0].charCodeAt(0) <= 90) capitalised++;
  }
  return words >= 4 && capitalised * 3 > words * 2;
}

function level(kind: string, value: string): string {
  const v = value.toLowerCase();
  return `${kind.toLowerCase()} ${LEVEL_NUMBER.get(v) ?? v}`;
}

/** The numbered levels a text names, in lower case ("stage 2"), in any case of writing. */
export function levelsIn(text: string): string[] {
  return [...text.matchAll(LEVEL)].map((m) => level(m[1] as string, m[2] as string));
}

/**
 * The place names a statement sentence gives, lower case: a capitalised run that ends with a
 * kind of place, is followed by one ("neighborhood"), or follows a preposition of place. Runs in
 * a headline-cased sentence are not read (every word is capitalised there).
 *
 * @example placeNamesIn('The Upper Cedar Ridge neighborhood remains under an evacuation warning.') // ['upper cedar ridge']
 */
export function placeNamesIn(sentence: string): string[] {
  if (headlineCased(sentence)) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    while (words.length && (NOT_NAME_WORD.has((words[0] as string).toLowerCase()) || words[0] === 'of')) words.shift();
    if (!words.length) continue;
    const name = words.join(' ').toLowerCase();
    if (name.split(' ').some((w) => NOT_A_PLACE.has(w)) || /^(?:stage|level|phase|tier|category)\b/.test(name)) continue;
    const start = (m.index ?? 0) + m[0].length - words.join(' ').length;
    const end = (m.index ?? 0) + m[0].length;
    const last = (words[words.length - 1] as string).toLowerCase();
    // "Highway" alone is a kind of place, "PF" an acronym: neither names one.
    if (!words.some((w) => w.length >= 3 && /[a-z]/.test(w) && !PLACE_HEAD.has(w.toLowerCase()))) continue;
    if (PLACE_HEAD.has(last) || PLACE_NOUN_AFTER.test(sentence.slice(end)) || PLACE_PREPOSITION_BEFORE.test(sentence.slice(0, start))) out.push(name);
  }
  return out;
}

/**
 * Whether two names name one place: the same, or one holds the other as whole words ("ashgrove"
 * and "ashgrove station", "cedar ridge" and "upper cedar ridge").
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}

/** The names of `names` that stand in `text` (any case) as whole words. */
export function namesIn(text: string, names: Iterable<string>): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const name of names) {
    let at = lower.indexOf(name);
    while (at >= 0) {
      const before = at === 0 ? ' ' : (lower[at - 1] as string);
      const after = lower[at + name.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
        out.push(name);
        break;
      }
      at = lower.indexOf(name, at + 1);
    }
  }
  // "upper cedar ridge" names the place, not also "cedar ridge" inside it ("oak" is not inside "oakwood park").
  return out.filter((n) => !out.some((o) => o.length > n.length && ` ${o} `.includes(` ${n} `)));
}
