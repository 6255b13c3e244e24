import nlp from 'compromise';
import { collectMatches } from './collect-matches';
import type { PrivacyFinding } from './privacy-types';

/** One to three capitalised words, the first perhaps an initial: "Okafor", "D. Tran", "Jo Hendricks". */
const NAME = String.raw`(?<![\p{L}\p{N}'])((?:[A-Z]\.\s?)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2})`;

/*
 * A rumor that blames someone often gives only a surname ("people say Hendricks did it",
 * "they arrested Okafor"), which the tagger does not read as a person. The accusation itself
 * says the word is a person: after an arrest or blame word, or before "did it" / "shot".
 */
const AFTER_ACCUSATION = new RegExp(
  String.raw`\b(?:arrested|charged|detained|booked|accused|blamed|jailed|indicted|nabbed|identified as|` +
    String.raw`(?:shooter|gunman|killer|attacker|stabber|perp|perpetrator|culprit|arsonist)(?:'s name)?\s+(?:is|was)(?:\s+an?)?)` +
    String.raw`\s+${NAME}`,
  'gdu',
);
const BEFORE_ACCUSATION = new RegExp(
  String.raw`${NAME}\s+(?:did (?:it|this)|(?:is|was) (?:the|a|an) (?:shooter|gunman|killer|attacker|stabber|suspect|perp|perpetrator|culprit|arsonist)\b|` +
    String.raw`(?:shot|killed|stabbed|murdered)\b|(?:was|got|has been|had been) (?:arrested|charged|detained|booked|jailed)\b)`,
  'gdu',
);

/** Capitalised words that name no one: pronouns, the police, days and months. */
const NOT_A_PERSON = new Set(
  (
    'i we you they he she it someone somebody everyone everybody nobody no one who whoever the a an this that these those ' +
    'police cops officers officer deputies deputy troopers sheriff authorities firefighters security agents detectives ' +
    'witnesses people residents neighbors neighbours reports report sources source nobody then today tonight yesterday tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september ' +
    'october november december breaking update urgent alert'
  ).split(' '),
);

// compromise's lexicon: a word it knows as anything but a name ("flooding", "wind", "fire") is no surname.
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | undefined> } } }).model().one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);
const BARE_VERB_AFTER = /^\s+(?:shot|killed|stabbed|murdered)\b/;
const SENTENCE_START_BEFORE = /(?:^|[.!?]\s+)$/;
const PREVIOUS_CAPITALISED = /([A-Z][\p{L}'-]*)\s+$/u;
// "Deputies detained Ridgeport residents": the capitalised word describes the people after it.
const GROUP_AFTER = /^\s+(?:residents|people|men|women|teens|kids|students|drivers|officers|citizens|protesters|fans|families|workers)\b/i;

function knownWord(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  return tag !== undefined && !NAME_TAGS.has(tag);
}

function pick(m: RegExpExecArray): { start: number; end: number } | null {
  const span = m.indices?.[1];
  const words = m[1]?.split(/\s+/) ?? [];
  const first = words[0] ?? '';
  // An acronym ("FBI", "ATF") is an agency, not a person.
  if (!span || NOT_A_PERSON.has(first.toLowerCase()) || words.every((w) => w === w.toUpperCase())) return null;
  if (knownWord(first) || GROUP_AFTER.test(m.input.slice(span[1]))) return null;
  // The tail of a capitalised run already turned away ("Carbon Monoxide killed two") is no name either.
  const before = PREVIOUS_CAPITALISED.exec(m.input.slice(0, span[0]))?.[1];
  if (before && !NOT_A_PERSON.has(before.toLowerCase())) return null;
  // "Carbon monoxide killed two": a sentence's first capitalised words before a bare verb are its
  // subject whatever it is; a name there is counted only when the lexicon knows it as one.
  if (BARE_VERB_AFTER.test(m.input.slice(span[1])) && SENTENCE_START_BEFORE.test(m.input.slice(0, span[0])) && !NAME_TAGS.has(LEXICON[first.toLowerCase()] ?? '')) return null;
  return { start: span[0], end: span[1] };
}

/**
 * People a text accuses by name, even by surname alone.
 *
 * @example accusedNames('people say Hendricks did it')[0].value // 'Hendricks'
 */
export function accusedNames(text: string): PrivacyFinding[] {
  return [...collectMatches(text, AFTER_ACCUSATION, 'person_name', pick), ...collectMatches(text, BEFORE_ACCUSATION, 'person_name', pick)];
}
