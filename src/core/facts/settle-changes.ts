import type { ContrastLexicon } from './contrast-lexicon';
import type { KeyFact } from './fact-types';
import type { SentenceToken } from './sentence-tokens';

// Slots whose opposed values in one sentence can be two things at once: one suspect arrested and
// another at large; "evacuate, or shelter in place if you cannot".
const SEVERAL = new Set(['status:custody', 'status:protective_action']);
// Words that mark the state a sentence ends up asserting ("has now reopened", "remains closed").
const NOW_BEFORE = new Set(['now', 'again', 'has', 'have', 'remains', 'remain', 'still', 'finally', 'since', 'officially']);
const NOW_AFTER = new Set(['now', 'again']);
// Words that put a state in a clause about the past or a cause ("the road that was closed by the
// crash", "reopened after the crash closed them").
const SUBORDINATE = new Set(['that', 'which', 'after', 'before', 'when', 'once', 'following', 'until', 'being']);

// "after school", "before dark": a time of day, not a clause of cause or past ("went missing
// after school and was found safe" ends found).
const TIME_NOUNS = new Set(['school', 'work', 'class', 'classes', 'dark', 'midnight', 'noon', 'lunch', 'dinner', 'breakfast', 'hours', 'practice', 'church', 'sunset', 'sunrise', 'dawn', 'dusk']);

/** Whether a clause of cause or past opens within three tokens before `at`. */
function subordinate(tokens: readonly SentenceToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k] as SentenceToken;
    if (t.punct) break;
    if (SUBORDINATE.has(t.word) && !TIME_NOUNS.has(tokens[k + 1]?.word ?? '')) return true;
  }
  return false;
}

function near(tokens: readonly SentenceToken[], at: number, words: ReadonlySet<string>): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k] as SentenceToken;
    if (t.punct) break;
    if (words.has(t.word)) return true;
  }
  return false;
}

/** How strongly the phrase at `span` reads as the state the sentence ends in: subordinate 0, marked current 2, plain 1. */
function weight(tokens: readonly SentenceToken[], [at, end]: readonly [number, number]): number {
  const last = (tokens[end] as SentenceToken).word;
  const next = tokens[end + 1]?.word ?? '';
  if (subordinate(tokens, at)) return 0;
  return near(tokens, at, NOW_BEFORE) || NOW_AFTER.has(last) || NOW_AFTER.has(next) ? 2 : 1;
}

/**
 * Whether two phrases are in two clauses about two things, not one thing that changed: a
 * semicolon stands between them ("the boat launch is closed until April 10; the walking trail
 * stays open"), or a new clause names another subject ("..., but Seaview Pier is still open").
 */
function apart(sentence: string, tokens: readonly SentenceToken[], a: readonly [number, number], b: readonly [number, number]): boolean {
  const [from, to] = a[0] < b[0] ? [a[1], b[0]] : [b[1], a[0]];
  for (let k = from + 1; k < to; k++) if ((tokens[k] as SentenceToken).word === ';') return true;
  return namesAnotherSubject(sentence, tokens, Math.min(a[0], b[0]), from, to);
}

// A new clause starts after these ("..., but Seaview Pier is still open"); "for Zone 3 was
// upgraded" names the same warning's zone, no other subject.
const CLAUSE_OPENERS = new Set([',', 'but', 'while', 'whereas', 'although', 'though', 'and']);
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i']);

/**
 * Whether a capitalised name between the two phrases, not named before the first, opens a
 * clause about something else ("Crescent Pier is shut ..., but Seaview Pier is still open").
 */
function namesAnotherSubject(sentence: string, tokens: readonly SentenceToken[], first: number, from: number, to: number): boolean {
  const before = new Set<string>();
  for (let k = 0; k < first; k++) before.add((tokens[k] as SentenceToken).word);
  let clause = false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as SentenceToken;
    if (CLAUSE_OPENERS.has(t.word)) clause = true;
    if (!clause || t.punct || t.number !== undefined || CALENDAR.has(t.word) || before.has(t.word)) continue;
    const c = sentence.charCodeAt(t.start);
    if (c >= 65 && c <= 90 && sentence.charCodeAt(t.start + 1) >= 97) return true;
  }
  return false;
}

/**
 * Where one sentence gives a status slot two opposed values it tells a change ("the road was
 * closed but has now reopened", "the warning was upgraded to an order"): keeps the value the
 * sentence ends up asserting — one marked "now", "again", "has been", "remains" over a plain one,
 * a plain one over one in a clause of cause or past ("that was closed", "after being closed"),
 * else the later one — and drops the values opposed to it, in place. Values in clauses a semicolon
 * divides both stand. `spans[i]` are the first and last tokens of `facts[i]`'s phrase.
 *
 * @example // facts of 'closed but has now reopened': [closed, open] → [open]
 */
export function settleChanges(facts: KeyFact[], spans: Array<[number, number]>, tokens: readonly SentenceToken[], lexicon: ContrastLexicon, sentence: string): void {
  if (facts.length < 2) return;
  const drop = new Set<number>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as KeyFact;
    if (f.kind !== 'status' || SEVERAL.has(f.slot) || drop.has(i)) continue;
    let winner = i;
    for (let j = i + 1; j < facts.length; j++) {
      const g = facts[j] as KeyFact;
      if (g.slot !== f.slot || drop.has(j) || !lexicon.valuesOpposed(f.slot, (facts[winner] as KeyFact).value, g.value)) continue;
      if (apart(sentence, tokens, spans[winner] as [number, number], spans[j] as [number, number])) continue;
      // The later value wins unless the earlier reads more as the current one.
      const keepEarlier = weight(tokens, spans[winner] as [number, number]) > weight(tokens, spans[j] as [number, number]);
      if (keepEarlier) drop.add(j);
      else {
        drop.add(winner);
        winner = j;
      }
    }
  }
  if (!drop.size) return;
  let w = 0;
  for (let i = 0; i < facts.length; i++) {
    if (drop.has(i)) continue;
    facts[w] = facts[i] as KeyFact;
    spans[w] = spans[i] as [number, number];
    w++;
  }
  facts.length = w;
  spans.length = w;
}
