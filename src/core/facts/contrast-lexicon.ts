import { stemWord } from '../text/stem';

/**
 * One hand-written group of mutually exclusive states of one thing, e.g. a road is `closed` or
 * `open`. Phrases are lower-case words, matched word by word with a few regular inflections
 * ("reopened" also finds "reopening", "closure" also "closures"; see `inflections`). Not on
 * stems: Porter2 makes "opener" "open" and "ordering" "order".
 */
export interface ContrastGroup {
  slot: string;
  /** `event` groups name incidents; they are not exclusive ("a fire after the crash"). */
  kind: 'status' | 'outcome' | 'event';
  /** Why the group exists and what it covers (kept in the JSON for whoever edits it). */
  note?: string;
  values: Record<string, string[]>;
  /** Phrases that contain one of this group's words and are not its state ("opened fire" for `status:closure`). */
  except?: string[];
  /** Pairs of values that contradict each other; default every two distinct values. */
  opposed?: Array<[string, string]>;
  /**
   * Pairs that contradict when each text gives the slot that one value only: "the driver was
   * injured" against "the driver died", while "3 dead, 10 injured" against "10 injured" is fine.
   */
  opposedAlone?: Array<[string, string]>;
  /** What a negated value means ("not closed" → open); default for two-valued groups: the other value. */
  negated?: Record<string, string>;
  /**
   * Phrases that are this state only when a word near them in their clause names what the group
   * is about (one of `cues`): "still going" is an order in effect in "the curfew is still going", not in "the party is still going".
   */
  cued?: Record<string, string[]>;
  /** Words naming what the group is about ("curfew", "road"); `inflections` apply. */
  cues?: string[];
  /**
   * Words naming things the group is not about: with one next to a phrase (three words either
   * side, in its clause) and no cue as near, the phrase does not fire ("keep your windows shut" closes no road).
   */
  blockers?: string[];
}

/** The parsed `data/lexicons/contrasts.json`. */
export interface ContrastData {
  version: string;
  provenance: string;
  groups: ContrastGroup[];
  /** Phrases that contain a status word but are not a status ("opened fire", "close to"). */
  ignore?: string[];
  /** Antonym pairs of Porter2 stems (WordNet adjectives and verbs). */
  antonyms: Array<[string, string]>;
}

/** A phrase of the lexicon, as the word forms each position accepts; `slot` is null for an ignored phrase. */
export interface LexiconPhrase {
  words: ReadonlyArray<ReadonlySet<string>>;
  slot: string | null;
  kind: 'status' | 'outcome' | 'event';
  /** Empty for a group's `except` phrase: it covers its words for that slot only. */
  value: string;
  /** A `cued` phrase: fires only when one of these words is near it in its clause. */
  needs?: ReadonlySet<string>;
  /** The group's blockers and cues: a blocker near the phrase without a cue as near silences it. */
  guard?: { blockers: ReadonlySet<string>; cues: ReadonlySet<string> };
}

/** The compiled contrast lexicon that extraction and comparison read. */
export interface ContrastLexicon {
  /** Whether two stems are opposites (WordNet antonyms, or opposed one-word values of a group). */
  opposed(stemA: string, stemB: string): boolean;
  /** The stems opposed to `stem`, or undefined when it has none (most words): one lookup per word. */
  oppositesOf(stem: string): ReadonlySet<string> | undefined;
  /** Whether two values of one slot contradict each other. */
  valuesOpposed(slot: string, a: string, b: string): boolean;
  /** Whether two values contradict when each is the only value its text gives the slot. */
  valuesOpposedAlone(slot: string, a: string, b: string): boolean;
  /** What a negated value of a slot means, when the slot has one opposite for it. */
  negatedValue(slot: string, value: string): string | undefined;
  /** Phrases that can start with the lower-case word `word`, longest first. */
  phrasesStartingWith(word: string): readonly LexiconPhrase[] | undefined;
  /** The WordNet antonym axes ('a|b', stems sorted) a stem lies on. */
  antonymAxes(stem: string): readonly string[] | undefined;
}

const SEP = '\u0001';

const CONSONANT_END = /[^aeiouy]$/;

/**
 * The forms of a lexicon word that are matched: the word; a past form's "-ing" ("closed" →
 * "closing"); a base ending in e's "-s", "-d", "-ing" ("evacuate"); a plain word's plural
 * ("closure" → "closures"). Never a past form's "-s": "contained" must not find "contains".
 *
 * @example [...inflections('reopened')] // ['reopened', 'reopening']
 */
export function inflections(word: string): Set<string> {
  const out = new Set([word]);
  if (word.includes("'") || word.length < 3) return out;
  if (word.endsWith('ed') && word.length > 4) out.add(`${word.slice(0, -2)}ing`);
  else if (word.endsWith('e')) {
    out.add(`${word}s`);
    out.add(`${word}d`);
    out.add(`${word.slice(0, -1)}ing`);
  } else if (!word.endsWith('ing') && !word.endsWith('s') && CONSONANT_END.test(word)) out.add(`${word}s`);
  return out;
}

/**
 * An ignored phrase's words take no past form the list does not spell: "close to" (near) must
 * not swallow "closed to the public", a closure. Forms the list needs are written out
 * ("tested positive").
 */
function ignoredWordsOf(phrase: string): Set<string>[] {
  const spelled = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  return wordsOf(phrase).map((forms, k) => new Set([...forms].filter((f) => f === spelled[k] || !f.endsWith('d'))));
}

function wordsOf(phrase: string): Set<string>[] {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => inflections(w));
}

function addPhrase(index: Map<string, LexiconPhrase[]>, phrase: LexiconPhrase): void {
  for (const first of phrase.words[0] ?? []) {
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push(phrase);
  }
}

/**
 * Compiles the contrast data: a phrase index for extraction and pair sets for comparison.
 *
 * @example createContrastLexicon(data).valuesOpposed('status:closure', 'closed', 'open') // true
 */
export function createContrastLexicon(data: ContrastData): ContrastLexicon {
  const phrases = new Map<string, LexiconPhrase[]>();
  const opposedValues = new Set<string>();
  const negations = new Map<string, string>();
  const opposites = new Map<string, Set<string>>();
  const addOpposite = (a: string, b: string) => {
    const set = opposites.get(a);
    if (set) set.add(b);
    else opposites.set(a, new Set([b]));
  };
  const opposedAlone = new Set<string>();
  const axes = new Map<string, string[]>();

  for (const group of data.groups) {
    const values = Object.keys(group.values);
    for (const phrase of group.except ?? []) addPhrase(phrases, { words: wordsOf(phrase), slot: group.slot, kind: group.kind, value: '' });
    const pairs = group.kind === 'event' ? [] : group.opposed ?? values.flatMap((a, i) => values.slice(i + 1).map((b) => [a, b] as [string, string]));
    for (const [a, b] of pairs) {
      opposedValues.add(group.slot + SEP + a + SEP + b);
      opposedValues.add(group.slot + SEP + b + SEP + a);
    }
    for (const [a, b] of group.opposedAlone ?? []) {
      opposedAlone.add(group.slot + SEP + a + SEP + b);
      opposedAlone.add(group.slot + SEP + b + SEP + a);
    }
    const negated = group.negated ?? (values.length === 2 ? { [values[0] as string]: values[1] as string, [values[1] as string]: values[0] as string } : {});
    for (const [from, to] of Object.entries(negated)) negations.set(group.slot + SEP + from, to);
    const cues = new Set((group.cues ?? []).flatMap((w) => [...inflections(w.toLowerCase())]));
    const guard = group.blockers?.length ? { blockers: new Set(group.blockers.flatMap((w) => [...inflections(w.toLowerCase())])), cues } : undefined;
    for (const value of values) {
      for (const phrase of group.values[value] ?? []) addPhrase(phrases, { words: wordsOf(phrase), slot: group.slot, kind: group.kind, value, ...(guard ? { guard } : {}) });
      for (const phrase of group.cued?.[value] ?? []) addPhrase(phrases, { words: wordsOf(phrase), slot: group.slot, kind: group.kind, value, needs: cues, ...(guard ? { guard } : {}) });
    }
    // One-word phrases of opposed values are opposed stems too ("lifted" ~ "extended").
    for (const [a, b] of pairs) {
      for (const pa of group.values[a] ?? []) {
        for (const pb of group.values[b] ?? []) {
          if (pa.includes(' ') || pb.includes(' ')) continue;
          addOpposite(stemWord(pa), stemWord(pb));
          addOpposite(stemWord(pb), stemWord(pa));
        }
      }
    }
  }
  for (const phrase of data.ignore ?? []) addPhrase(phrases, { words: ignoredWordsOf(phrase), slot: null, kind: 'status', value: '' });
  for (const list of phrases.values()) list.sort((x, y) => y.words.length - x.words.length);

  for (const [a, b] of data.antonyms) {
    addOpposite(a, b);
    addOpposite(b, a);
    const axis = a < b ? `${a}|${b}` : `${b}|${a}`;
    for (const stem of [a, b]) {
      const list = axes.get(stem);
      if (!list) axes.set(stem, [axis]);
      else if (!list.includes(axis)) list.push(axis);
    }
  }

  return {
    opposed: (a, b) => opposites.get(a)?.has(b) ?? false,
    oppositesOf: (stem) => opposites.get(stem),
    valuesOpposed: (slot, a, b) => {
      if (a === b) return false;
      if (slot.startsWith('contrast:')) return true;
      return opposedValues.has(slot + SEP + a + SEP + b);
    },
    valuesOpposedAlone: (slot, a, b) => opposedAlone.has(slot + SEP + a + SEP + b),
    negatedValue: (slot, value) => {
      if (slot.startsWith('contrast:')) {
        const [a, b] = slot.slice('contrast:'.length).split('|');
        return value === a ? b : value === b ? a : undefined;
      }
      return negations.get(slot + SEP + value);
    },
    phrasesStartingWith: (word) => phrases.get(word),
    antonymAxes: (stem) => axes.get(stem),
  };
}
