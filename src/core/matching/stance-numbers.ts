import { normalizeUnicode } from '../text/normalize';
import { NUMBER_WORDS } from '../text/stop-words';

/** A counted thing: "12 dead" → {count: '12', kind: 'dead', words: '12 dead'}. */
export interface Count {
  count: string;
  kind: string;
  words: string;
}

// Nouns whose count decides whether a claim agrees, grouped so "killed" and "deaths" compare.
const KINDS: [RegExp, string][] = [
  [/^(dead|killed|died|deaths?|fatalit(y|ies)|bodies|murdered|slain|lives)$/, 'dead'],
  [/^(injur(ed|y|ies)|hurt|wounded|hospitali[sz]ed|casualt(y|ies))$/, 'injured'],
  [/^(shooters?|gunm[ae]n|attackers?|suspects?|assailants?)$/, 'shooters'],
  [/^(arrest(s|ed)?|detained|custody)$/, 'arrested'],
  [/^(missing)$/, 'missing'],
  [/^(rescued|evacuated)$/, 'rescued'],
  [/^(homes?|houses?|buildings?)$/, 'homes'],
  [/^(cars?|vehicles?)$/, 'vehicles'],
];

function kindOf(word: string): string | null {
  for (const [pattern, kind] of KINDS) if (pattern.test(word)) return kind;
  return null;
}

const NUMBER = /^\d[\d,]*$/;
const NUMBER_WORD = (w: string): string | null => (NUMBER.test(w) ? w.replace(/,/g, '') : (NUMBER_WORDS[w] ?? (w === 'a' || w === 'an' ? null : null)));

/**
 * Counts of casualties, suspects, arrests and similar in a text: a number followed within four
 * words by one of those nouns ("12 people dead", "two shooters", "one person was injured").
 *
 * @example countsIn('Twelve people were killed and 3 injured') // [{count:'12',kind:'dead',...},{count:'3',kind:'injured',...}]
 */
export function countsIn(text: string): Count[] {
  const words = normalizeUnicode(text).toLowerCase().match(/[a-z]+|\d[\d,]*/g) ?? [];
  const out: Count[] = [];
  words.forEach((w, i) => {
    const count = NUMBER_WORD(w);
    if (count === null) return;
    for (let j = i + 1; j <= Math.min(i + 4, words.length - 1); j++) {
      if (NUMBER_WORD(words[j] as string) !== null) break;
      const kind = kindOf(words[j] as string);
      if (kind) {
        out.push({ count, kind, words: `${count} ${words[j]}` });
        return;
      }
    }
  });
  return out;
}

/** "No one was killed", "no deaths", "no injuries": the statement rules a kind out. */
export function ruledOut(text: string): Set<string> {
  const out = new Set<string>();
  const lower = normalizeUnicode(text).toLowerCase();
  const pattern = /\b(?:no|zero|nobody|no one|none)\b(?:\s+\w+){0,3}?\s+(\w+)/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(lower)) !== null) {
    const kind = kindOf(m[1] as string);
    if (kind) out.add(kind);
  }
  return out;
}
