import nlp from 'compromise';
import { accusedNames } from './accused-names';
import { isAllowedName, nameTokens } from './name-allowance';
import { collectMatches } from './collect-matches';
import { escapeRegex } from '../text/escape-regex';
import type { PrivacyContext, PrivacyFinding } from './privacy-types';

interface PersonJson {
  text: string;
  offset?: { start: number; length: number };
}

/*
 * compromise knows common first names but misses many others ("Priya Natarajan"). Posts that
 * expose a person usually introduce them, so capitalised words after such a cue are names too.
 */
const CUED_NAME = new RegExp(
  String.raw`\b(?:named|name is|neighbou?r|suspect|victim|witness|son|daughter|kid|boy|girl|guy|man|woman|` +
    String.raw`mr\.?|mrs\.?|ms\.?|miss|wife|husband|brother|sister|friend|cousin|coworker|student|teacher)` +
    String.raw`,?\s+((?:[A-Z]\.\s?)?(?:[A-Z][\p{L}'-]+)(?:\s+[A-Z][\p{L}'-]+){0,2})`,
  'gdu',
);

/** Words that start a sentence but name nobody: compromise reads "ordered by Dr. We have…" as "Dr. We". */
const NOT_NAMES = new Set(['we', 'i', 'you', 'they', 'he', 'she', 'it', 'our', 'us', 'the', 'this', 'that', 'there', 'these', 'please', 'updates', 'update', 'read']);
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|prof|sgt|lt|capt|det|ofc|officer|deputy|chief|rev|fr|sr|jr)\.?$/i;

/** Whether a tagged person has a word left that could be a name once honorifics and pronouns are set aside. */
function namesSomeone(name: string): boolean {
  return name.split(/\s+/).some((word) => !HONORIFIC.test(word) && !NOT_NAMES.has(word.toLowerCase()));
}

// Tagging is the slow part of the guard, and drafts for five platforms repeat the same
// sentences, so the names found in each text are kept for the next call (a pure function).
const peopleCache = new Map<string, { value: string; start: number }[]>();
const PEOPLE_CACHE_LIMIT = 2000;

function namesWithOffsets(text: string): { value: string; start: number }[] {
  const cached = peopleCache.get(text);
  if (cached) return cached;
  const found: { value: string; start: number }[] = [];
  for (const person of nlp(text).people().json({ offset: true }) as PersonJson[]) {
    const name = person.text.replace(/[\s.,;:!?]+$/, '');
    if (!namesSomeone(name)) continue;
    const at = person.offset?.start;
    // compromise's offsets are usually exact; when they drift (unusual Unicode) find the name.
    const start = at !== undefined && text.slice(at, at + name.length) === name ? at : text.indexOf(name);
    if (name && start >= 0) found.push({ value: name, start });
  }
  if (peopleCache.size >= PEOPLE_CACHE_LIMIT) peopleCache.clear();
  peopleCache.set(text, found);
  return found;
}

/**
 * A name that a place or a school is named after: "Lincoln Elementary", "Grant Middle School",
 * "Martin Luther King Jr. Boulevard". The tagger reads the person in it (with the place word or
 * without); nobody is named.
 */
// Surnames that are also place words (Park, Hall, Lane, Field, Church) are left out: "John Park" is a person.
const PLACE_WORDS = String.raw`(?:Elementary|Middle|High|School|Academy|College|University|Boulevard|Blvd|Avenue|Ave|Street|St|Road|Rd|Drive|` +
  String.raw`Bridge|Hospital|County|Center|Centre|Library|Stadium|Airport|Memorial|Highway|Hwy|Parkway|Pkwy|Plaza|Square)`;
const PLACE_WORD_NEXT = new RegExp(String.raw`^\.?\s+${PLACE_WORDS}\b`);
// "Street" and "Middle" may be the tagger's guess at a surname, so fewer words end a tagged name that is a place.
const PLACE_WORD_LAST =
  /\s(?:Elementary|School|Academy|College|University|Boulevard|Blvd|Avenue|Ave|Road|Rd|Bridge|Hospital|County|Library|Stadium|Airport|Memorial|Highway|Hwy|Parkway|Pkwy|Plaza)$/;

function isNamesake(text: string, name: string, start: number): boolean {
  return PLACE_WORD_LAST.test(name) || PLACE_WORD_NEXT.test(text.slice(start + name.length));
}

/** The people tagged in `part`, a slice of `whole` at `base`; what follows is read in `whole`. */
function peopleIn(whole: string, part: string, base: number, into: PrivacyFinding[]): void {
  for (const { value, start } of namesWithOffsets(part)) {
    if (isNamesake(whole, value, base + start)) continue;
    into.push({ kind: 'person_name', value, start: base + start, end: base + start + value.length });
  }
}

/*
 * The tagger reads "1 Maple Ave. Jamal Whitaker was…" as one sentence and misses the name, so
 * each sentence is also tagged on its own; duplicates are merged later by scanPrivacy.
 */
function compromisePeople(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  peopleIn(text, text, 0, found);
  // A sentence ends at . ! ? followed by white space, so "example.gov" is not split.
  const sentence = /\S(?:[^\n]*?)(?:[.!?](?=\s|$)|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = sentence.exec(text)) !== null) peopleIn(text, m[0], m.index, found);
  return found;
}

function cuedPeople(text: string): PrivacyFinding[] {
  return collectMatches(text, CUED_NAME, 'person_name', (m) => {
    const span = m.indices?.[1];
    return span ? { start: span[0], end: span[1] } : null;
  });
}

/*
 * Two or three capitalised words that say what happened to someone ("Priya Raman was taken",
 * "Ananya Iyer is missing", "Ravi Shankar stole the car", "Priya Raman from 4th grade"): a
 * person, whether or not the tagger knows the name. Words the tagger's lexicon knows as anything
 * but a name ("Flooding", "Police", "Heavy") and place names ("Westside Elementary") are not.
 */
const PERSON_PREDICATE = String.raw`(?:(?:is|was|has been|had been|got|went|were)\s+(?:still\s+)?(?:missing|taken|abducted|kidnapped|killed|shot|stabbed|hurt|injured|arrested|found|charged|murdered|dead|attacked|assaulted|detained|hospitali[sz]ed)` +
  String.raw`|stole|shot|stabbed|attacked|assaulted|died|kidnapped|abducted|robbed|from\s+\d{1,2}(?:st|nd|rd|th)\s+grade|,\s+(?:age\s+)?\d{1,2},)`;
const PREDICATED_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])([A-Z][\p{Ll}'-]+(?:\s+[A-Z][\p{Ll}'-]+){1,2})(?=\s+${PERSON_PREDICATE}(?![\p{L}]))`, 'gdu');
const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** Whether the tagger's lexicon knows `word` as something other than a name. */
function knownNonName(word: string): boolean {
  const tag = lexicon[word.toLowerCase()];
  if (tag === undefined) return false;
  return !(Array.isArray(tag) ? tag : [tag]).some((t) => NAME_TAGS.has(t));
}

function predicatedPeople(text: string): PrivacyFinding[] {
  return collectMatches(text, PREDICATED_NAME, 'person_name', (m) => {
    const span = m.indices?.[1];
    const name = m[1] ?? '';
    if (!span || name.split(/\s+/).some((w) => knownNonName(w) || NOT_NAMES.has(w.toLowerCase()) || HONORIFIC.test(w))) return null;
    if (isNamesake(text, name, span[0])) return null;
    return { start: span[0], end: span[1] };
  });
}


/**
 * Once a name is known to be private, every other mention of it (or of its surname alone, or
 * in lower case) is private too, even where the tagger missed it.
 */
function otherMentions(text: string, names: PrivacyFinding[]): PrivacyFinding[] {
  const patterns = new Map<string, string>();
  const edge = (s: string) => `(?<![\\p{L}\\p{N}])${escapeRegex(s)}(?![\\p{L}\\p{N}])`;
  for (const f of names) {
    patterns.set(edge(f.value), 'giu');
    // Single words only in capitalised form: "Whitaker" again, but not "will" for "Will Turner".
    for (const token of nameTokens(f.value)) {
      if (token.length < 3) continue;
      const source = edge(token.charAt(0).toUpperCase() + token.slice(1));
      if (!patterns.has(source)) patterns.set(source, 'gu');
    }
  }
  const found: PrivacyFinding[] = [];
  for (const [source, flags] of patterns) found.push(...collectMatches(text, new RegExp(source, flags), 'person_name'));
  return found;
}

/**
 * Names of people who are not in the allowed list (those named in the verified statement and
 * department officials).
 *
 * @example detectNames('Jamal Whitaker did it', {allowedNames: [], publicHandles: []})[0].value // 'Jamal Whitaker'
 */
export function detectNames(text: string, context: PrivacyContext): PrivacyFinding[] {
  const direct = [...compromisePeople(text), ...cuedPeople(text), ...predicatedPeople(text), ...accusedNames(text)].filter(
    (f) => !isAllowedName(f.value, context.allowedNames),
  );
  const extra = otherMentions(text, direct).filter((f) => !isAllowedName(f.value, context.allowedNames));
  return [...direct, ...extra];
}
