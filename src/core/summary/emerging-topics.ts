import nlp from 'compromise';
import { scanPrivacy, type PrivacyContext } from '../privacy';
import type { TopicText } from './summary-facts';

export interface EmergingTopic {
  phrase: string;
  /** Posts this period whose text contains the phrase. */
  posts: number;
  previousPosts: number;
}

export interface EmergingTopicOptions {
  /** A phrase needs at least this many posts this period to count as a topic. */
  minPosts: number;
  limit: number;
}

export const DEFAULT_TOPIC_OPTIONS: EmergingTopicOptions = { minPosts: 3, limit: 8 };

const LEADING_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'their', 'his', 'her', 'its',
  'some', 'any', 'every', 'all', 'no', 'more', 'most', 'much', 'many', 'other', 'another',
]);
/** Nouns that say nothing about a topic: people in general, time words, chatter. */
const EMPTY_NOUNS = new Set([
  'i', 'me', 'you', 'he', 'she', 'it', 'we', 'they', 'them', 'us', 'someone', 'somebody', 'anyone', 'anybody',
  'everyone', 'everybody', 'people', 'guys', 'folks', 'one', 'thing', 'things', 'stuff', 'lol', 'lmao', 'omg',
  'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'time', 'day', 'week', 'way', 'lot', 'anything', 'something',
  'nothing', 'everything', 'what', 'who', 'rt', 'dm', 'pls', 'please', 'thanks', 'update', 'news',
]);

/**
 * A noun phrase in a form that can be counted: lower case, no leading article, no punctuation.
 * Null for phrases that carry no topic or could point at a person (handles, links, numbers).
 */
function normalisePhrase(raw: string): string | null {
  if (/[@#]|https?:|www\.|\d{3,}/i.test(raw)) return null;
  const words = raw
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  while (words.length && LEADING_WORDS.has(words[0] as string)) words.shift();
  // compromise sometimes folds a following pronoun into the phrase ("tap water it's").
  while (words.length && EMPTY_NOUNS.has(words[words.length - 1] as string)) words.pop();
  if (!words.length || words.every((w) => EMPTY_NOUNS.has(w) || w.length < 3)) return null;
  const phrase = words.join(' ');
  return phrase.length >= 3 && phrase.length <= 60 ? phrase : null;
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

interface PhraseCount {
  posts: number;
  /** The phrase as first written and one text it came from, for the privacy check. */
  raw: string;
  sample: string;
}

/**
 * Noun phrases (compromise's `#Noun+`) of one text, normalised for counting.
 *
 * @example topicPhrases('The Elm Street Bridge collapsed') // [{phrase: 'elm street bridge', raw: 'Elm Street Bridge'}]
 */
export function topicPhrases(text: string): { phrase: string; raw: string }[] {
  const found = new Map<string, string>();
  for (const raw of nlp(text).match('#Adjective? #Noun+').out('array') as string[]) {
    const phrase = normalisePhrase(raw);
    if (phrase && !found.has(phrase)) found.set(phrase, raw);
  }
  return [...found].map(([phrase, raw]) => ({ phrase, raw }));
}

/** Posts per phrase: each text counts once per phrase, weighted by how many posts carried it. */
function countPhrases(texts: readonly TopicText[]): Map<string, PhraseCount> {
  const counts = new Map<string, PhraseCount>();
  for (const t of texts) {
    for (const { phrase, raw } of topicPhrases(t.text)) {
      const seen = counts.get(phrase);
      if (seen) seen.posts += t.posts;
      else counts.set(phrase, { posts: t.posts, raw, sample: t.text });
    }
  }
  return counts;
}

/**
 * A phrase is printable when the privacy guard flags nothing in it, alone or in a text it came
 * from (a name, plate or address). Flagged phrases are dropped, not redacted: a topic list
 * needs no placeholders. Only the few phrases that would be printed are checked, because the
 * guard costs milliseconds per text.
 */
function isPrintable(count: PhraseCount, privacy: PrivacyContext): boolean {
  const flagged = new Set(
    [...scanPrivacy(count.raw, privacy).findings, ...scanPrivacy(count.sample, privacy).findings].flatMap((f) => wordsOf(f.value)),
  );
  return !wordsOf(count.raw).some((w) => flagged.has(w));
}

/**
 * Topics that rose against the previous period, biggest rise first. A phrase contained in a
 * longer rising phrase with the same count ("elm street" inside "elm street bridge") is left
 * out so the list does not repeat itself.
 *
 * @example emergingTopics([{text: 'Elm Street Bridge collapsed', posts: 5}], [], privacy)[0].phrase // 'elm street bridge'
 */
export function emergingTopics(
  current: readonly TopicText[],
  previous: readonly TopicText[],
  privacy: PrivacyContext,
  options: EmergingTopicOptions = DEFAULT_TOPIC_OPTIONS,
): EmergingTopic[] {
  const now = countPhrases(current);
  const before = countPhrases(previous);
  const rising = [...now]
    .map(([phrase, c]) => ({ phrase, posts: c.posts, previousPosts: before.get(phrase)?.posts ?? 0 }))
    .filter((t) => t.posts >= options.minPosts && t.posts > t.previousPosts);
  const kept = rising.filter(
    (t) => !rising.some((o) => o !== t && o.posts === t.posts && ` ${o.phrase} `.includes(` ${t.phrase} `)),
  );
  kept.sort((a, b) => b.posts - b.previousPosts - (a.posts - a.previousPosts) || b.posts - a.posts || a.phrase.localeCompare(b.phrase));
  const out: EmergingTopic[] = [];
  for (const t of kept) {
    if (out.length >= options.limit) break;
    if (isPrintable(now.get(t.phrase) as PhraseCount, privacy)) out.push(t);
  }
  return out;
}
