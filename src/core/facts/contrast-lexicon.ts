import { stemWord } from '../text/stem';

/**
 * One hand-written group of mutually exclusive states of one thing, e.g. a road is `closed` or
 * `open`. Phrases are lower-case words; they are matched on Porter2 stems, so "reopened" and
 * "reopens" are one phrase.
 */
export interface ContrastGroup {
  slot: string;
  kind: 'status' | 'outcome';
  /** Why the group exists and what it covers (kept in the JSON for whoever edits it). */
  note?: string;
  values: Record<string, string[]>;
  /** Pairs of values that contradict each other; default every two distinct values. */
  opposed?: Array<[string, string]>;
  /** What a negated value means ("not closed" → open); default for two-valued groups: the other value. */
  negated?: Record<string, string>;
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

/** A phrase of the lexicon, as stems; `slot` is null for an ignored phrase. */
export interface LexiconPhrase {
  stems: readonly string[];
  slot: string | null;
  kind: 'status' | 'outcome';
  value: string;
}

/** The compiled contrast lexicon that extraction and comparison read. */
export interface ContrastLexicon {
  /** Whether two stems are opposites (WordNet antonyms, or opposed one-word values of a group). */
  opposed(stemA: string, stemB: string): boolean;
  /** Whether two values of one slot contradict each other. */
  valuesOpposed(slot: string, a: string, b: string): boolean;
  /** What a negated value of a slot means, when the slot has one opposite for it. */
  negatedValue(slot: string, value: string): string | undefined;
  /** Phrases whose first stem is `stem`, longest first. */
  phrasesStartingWith(stem: string): readonly LexiconPhrase[] | undefined;
  /** The WordNet antonym axes ('a|b', stems sorted) a stem lies on. */
  antonymAxes(stem: string): readonly string[] | undefined;
}

const SEP = '\u0001';

function stemsOf(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stemWord(w));
}

function addPhrase(index: Map<string, LexiconPhrase[]>, phrase: LexiconPhrase): void {
  const first = phrase.stems[0];
  if (first === undefined) return;
  let list = index.get(first);
  if (!list) index.set(first, (list = []));
  list.push(phrase);
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
  const opposedStems = new Set<string>();
  const axes = new Map<string, string[]>();

  for (const group of data.groups) {
    const values = Object.keys(group.values);
    const pairs = group.opposed ?? values.flatMap((a, i) => values.slice(i + 1).map((b) => [a, b] as [string, string]));
    for (const [a, b] of pairs) {
      opposedValues.add(group.slot + SEP + a + SEP + b);
      opposedValues.add(group.slot + SEP + b + SEP + a);
    }
    const negated = group.negated ?? (values.length === 2 ? { [values[0] as string]: values[1] as string, [values[1] as string]: values[0] as string } : {});
    for (const [from, to] of Object.entries(negated)) negations.set(group.slot + SEP + from, to);
    for (const value of values) {
      for (const phrase of group.values[value] ?? []) addPhrase(phrases, { stems: stemsOf(phrase), slot: group.slot, kind: group.kind, value });
    }
    // One-word phrases of opposed values are opposed stems too ("lifted" ~ "extended").
    for (const [a, b] of pairs) {
      for (const pa of group.values[a] ?? []) {
        for (const pb of group.values[b] ?? []) {
          if (pa.includes(' ') || pb.includes(' ')) continue;
          opposedStems.add(stemWord(pa) + SEP + stemWord(pb));
          opposedStems.add(stemWord(pb) + SEP + stemWord(pa));
        }
      }
    }
  }
  for (const phrase of data.ignore ?? []) addPhrase(phrases, { stems: stemsOf(phrase), slot: null, kind: 'status', value: '' });
  for (const list of phrases.values()) list.sort((x, y) => y.stems.length - x.stems.length);

  for (const [a, b] of data.antonyms) {
    opposedStems.add(a + SEP + b);
    opposedStems.add(b + SEP + a);
    const axis = a < b ? `${a}|${b}` : `${b}|${a}`;
    for (const stem of [a, b]) {
      const list = axes.get(stem);
      if (!list) axes.set(stem, [axis]);
      else if (!list.includes(axis)) list.push(axis);
    }
  }

  return {
    opposed: (a, b) => opposedStems.has(a + SEP + b),
    valuesOpposed: (slot, a, b) => {
      if (a === b) return false;
      if (slot.startsWith('contrast:')) return true;
      return opposedValues.has(slot + SEP + a + SEP + b);
    },
    negatedValue: (slot, value) => {
      if (slot.startsWith('contrast:')) {
        const [a, b] = slot.slice('contrast:'.length).split('|');
        return value === a ? b : value === b ? a : undefined;
      }
      return negations.get(slot + SEP + value);
    },
    phrasesStartingWith: (stem) => phrases.get(stem),
    antonymAxes: (stem) => axes.get(stem),
  };
}
