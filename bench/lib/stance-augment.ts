/**
 * Contrast pairs made from public incident tweets (PHEME source tweets, ../shared/bench/pheme),
 * so the stance model learns what a changed key fact means from data rather than from a
 * hand-set weight. The five claim-vs-evidence sets hold few status, outcome or count changes;
 * a rumour distorting an official statement is mostly that.
 *
 * For a tweet S with a key fact (from src/core/facts), the evidence is S among two to three other
 * tweets of the same event (a statement-length text), and the claim is:
 * - `contradicts`: S with one key fact changed: a status or outcome replaced by an opposed value
 *   of the contrast lexicon, a count changed, or a negation added to its verb;
 * - `supports`: S with some words not part of any key fact dropped;
 * - `not_addressed`: another tweet of the same event that shares few of S's words.
 * Pairs are grouped by source tweet (cross-validation folds by group keep a tweet's pairs together).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractKeyFacts, type ContrastData, type ContrastLexicon, type KeyFact } from '../../src/core/facts';
import { mulberry32 } from './credibility-metrics';
import { BENCH_DIR } from './checkthat';
import type { StancePair } from './stance-data';

interface Tweet {
  id: string;
  event: string;
  text: string;
}

function loadPhemeTweets(): Tweet[] {
  const text = readFileSync(join(BENCH_DIR, 'pheme', 'train.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; event: string; text: string })
    .map((t) => ({ id: t.id, event: t.event, text: t.text.replace(/https?:\/\/\S+/g, '').replace(/\s+/g, ' ').trim() }))
    .filter((t) => t.text.split(' ').length >= 6);
}

function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !['the', 'and', 'for', 'are', 'was', 'has', 'this', 'that', 'with'].includes(w)));
}

function overlapShare(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return a.size ? n / a.size : 0;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, dozen: 12 };

/** A replacement for the fact's words that says something else, or null. */
function flipFact(fact: KeyFact, data: ContrastData, rng: () => number): string | null {
  if (fact.kind === 'status' || fact.kind === 'outcome') {
    const group = data.groups.find((g) => g.slot === fact.slot);
    if (!group) return null;
    const values = Object.keys(group.values);
    const opposed = group.opposed
      ? group.opposed.flatMap(([a, b]) => (a === fact.value ? [b] : b === fact.value ? [a] : []))
      : values.filter((v) => v !== fact.value);
    if (!opposed.length) return null;
    const value = opposed[Math.floor(rng() * opposed.length)] as string;
    const phrases = group.values[value] ?? [];
    return phrases.length ? (phrases[Math.floor(rng() * Math.min(phrases.length, 3))] as string) : null;
  }
  if (fact.kind === 'count') {
    const m = fact.surface.match(/\d[\d,]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b/i);
    if (!m) return null;
    const n = /\d/.test(m[0]) ? Number(m[0].replace(/,/g, '')) : (NUMBER_WORDS[m[0].toLowerCase()] as number);
    const changed = n <= 2 ? n + 2 + Math.floor(rng() * 10) : rng() < 0.5 ? n * 3 + 1 : Math.max(0, Math.floor(n / 4));
    if (changed === n) return null;
    return fact.surface.replace(m[0], String(changed));
  }
  return null;
}

const AUXILIARY = /\b(is|was|are|were|has been|have been|had been)\b/i;

function negate(text: string): string | null {
  if (/\b(not|no|never|n't)\b/i.test(text)) return text.replace(/\s*\b(not|never)\b/i, '').replace(/\bno\b/i, 'a');
  const m = text.match(AUXILIARY);
  if (!m || m.index === undefined) return null;
  const at = m.index + m[0].length;
  return `${text.slice(0, at)} not${text.slice(at)}`;
}

function dropWords(text: string, keep: KeyFact[], rng: () => number): string {
  const kept = new Set(keep.flatMap((f) => f.surface.toLowerCase().split(/\s+/)));
  const words = text.split(' ');
  const out = words.filter((w) => kept.has(w.toLowerCase().replace(/[^\w]/g, '')) || rng() > 0.3);
  return out.length >= 4 ? out.join(' ') : text;
}

function factKey(f: KeyFact): string {
  return `${f.slot}=${f.value}${f.negated ? '!' : ''}`;
}

function factsDiffer(before: KeyFact[], after: KeyFact[]): boolean {
  const keys = new Set(after.map(factKey));
  return before.some((f) => (f.kind === 'status' || f.kind === 'outcome' || f.kind === 'count') && !keys.has(factKey(f)));
}

/** Whether `claim` states a status, outcome or count value that `evidence` does not. */
function statesNew(claim: KeyFact[], evidence: KeyFact[]): boolean {
  const keys = new Set(evidence.map(factKey));
  return claim.some((f) => (f.kind === 'status' || f.kind === 'outcome' || f.kind === 'count') && !f.slot.startsWith('contrast:') && !keys.has(factKey(f)));
}

/** The tweet as a person retelling it might: some words gone, a few of another tweet's added. */
function retell(text: string, keep: KeyFact[], filler: string, rng: () => number): string {
  const kept = dropWords(text, keep, rng);
  const extra = filler.split(' ').filter((w) => /^[a-z]/i.test(w));
  const n = Math.floor(rng() * 4);
  const start = Math.floor(rng() * Math.max(1, extra.length - n));
  const added = extra.slice(start, start + n).join(' ');
  return !added ? kept : rng() < 0.5 ? `${added} ${kept}` : `${kept} ${added}`;
}

/** A key fact of another slot, as a clause the evidence does not settle. */
function unsettledFact(data: ContrastData, present: KeyFact[], rng: () => number): string | null {
  const groups = data.groups.filter((g) => !present.some((f) => f.slot === g.slot));
  const group = groups[Math.floor(rng() * groups.length)];
  if (!group) return null;
  const values = Object.values(group.values);
  const phrases = values[Math.floor(rng() * values.length)] ?? [];
  return (phrases[0] as string | undefined) ?? null;
}

/**
 * The contrast pairs, about one third of each label.
 *
 * @example const pairs = contrastPairs(lexicon, data, 7);
 */
export function contrastPairs(lexicon: ContrastLexicon, data: ContrastData, seed: number): StancePair[] {
  const rng = mulberry32(seed);
  const tweets = loadPhemeTweets();
  const byEvent = new Map<string, Tweet[]>();
  for (const t of tweets) {
    if (!byEvent.has(t.event)) byEvent.set(t.event, []);
    byEvent.get(t.event)?.push(t);
  }
  const pairs: StancePair[] = [];
  for (const t of tweets) {
    const facts = extractKeyFacts(t.text, lexicon).filter((f) => f.kind === 'status' || f.kind === 'outcome' || f.kind === 'count');
    if (!facts.length) continue;
    const siblings = byEvent.get(t.event) as Tweet[];
    const words = wordsOf(t.text);
    const others: Tweet[] = [];
    for (let tries = 0; tries < 20 && others.length < 3; tries++) {
      const o = siblings[Math.floor(rng() * siblings.length)] as Tweet;
      if (o.id !== t.id && overlapShare(wordsOf(o.text), words) < 0.25 && !others.includes(o)) others.push(o);
    }
    if (others.length < 3) continue;
    const context = others.slice(0, 1 + Math.floor(rng() * 2)).map((o) => o.text);
    const at = Math.floor(rng() * (context.length + 1));
    const evidence = [...context.slice(0, at), t.text, ...context.slice(at)].join(' ');
    const group = `contrast-${t.id}`;

    const fact = facts[Math.floor(rng() * facts.length)] as KeyFact;
    const flipped = flipFact(fact, data, rng);
    const filler = (others[2] as Tweet).text;
    const contradiction = flipped && t.text.includes(fact.surface) ? t.text.replace(fact.surface, flipped) : negate(t.text);
    // Keep a changed tweet only when the change reached a key fact (a replacement can miss: "closed"
    // inside "disclosed", a negation on a verb that carries no fact); otherwise it would be a
    // `contradicts` example that says the same as its evidence.
    // The retelling drops words, and may drop the changed ones, and another tweet of the evidence
    // may say the changed value itself ("still alive" beside "has died"): kept only when the
    // retold post still states a value that neither the tweet nor the evidence states.
    if (contradiction && contradiction !== t.text && factsDiffer(facts, extractKeyFacts(contradiction, lexicon))) {
      const retold = retell(contradiction, facts, filler, rng);
      if (statesNew(extractKeyFacts(retold, lexicon), extractKeyFacts(evidence, lexicon))) pairs.push({ id: `${group}-c`, claim: retold, evidence, label: 'contradicts', group });
    }
    pairs.push({ id: `${group}-s`, claim: retell(t.text, facts, filler, rng), evidence, label: 'supports', group });
    // Not addressed: another tweet of the event, or this one with a key fact the evidence never settles.
    const unsettled = rng() < 0.5 ? unsettledFact(data, facts, rng) : null;
    const other = unsettled ? `${dropWords(t.text, facts, rng)}, ${unsettled}` : filler;
    pairs.push({ id: `${group}-n`, claim: other, evidence, label: 'not_addressed', group });
  }
  return pairs;
}
