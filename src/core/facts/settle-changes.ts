import type { ContrastLexicon } from './contrast-lexicon';
import type { KeyFact } from './fact-types';
import type { SentenceToken } from './sentence-tokens';

// Slots whose opposed values in one sentence can be two things at once: one suspect arrested and
// another at large; "evacuate, or shelter in place if you cannot".
const SEVERAL = new Set(['status:custody', 'status:protective_action']);
// Words that mark the state a sentence ends up asserting ("has now reopened", "remains closed").
const NOW_BEFORE = new Set(['now', 'again', 'has', 'have', 'remains', 'remain', 'still', 'finally', 'since', 'officially']);
const NOW_AFTER = new Set(['now', 'again']);

function current(tokens: readonly SentenceToken[], [at, end]: readonly [number, number]): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k] as SentenceToken;
    if (t.punct) break;
    if (NOW_BEFORE.has(t.word)) return true;
  }
  const next = tokens[end + 1];
  return next !== undefined && NOW_AFTER.has(next.word);
}

/**
 * Where one sentence gives a status slot two opposed values it tells a change ("the road was
 * closed but has now reopened", "the warning was upgraded to an order"): keeps the value the
 * sentence ends up asserting — one marked "now", "again", "has been", "remains", else the later
 * one — and drops the values opposed to it, in place. `spans[i]` are the first and last tokens of `facts[i]`'s phrase.
 *
 * @example // facts of 'closed but has now reopened': [closed, open] → [open]
 */
export function settleChanges(facts: KeyFact[], spans: Array<[number, number]>, tokens: readonly SentenceToken[], lexicon: ContrastLexicon): void {
  if (facts.length < 2) return;
  const drop = new Set<number>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as KeyFact;
    if (f.kind !== 'status' || SEVERAL.has(f.slot) || drop.has(i)) continue;
    let winner = i;
    for (let j = i + 1; j < facts.length; j++) {
      const g = facts[j] as KeyFact;
      if (g.slot !== f.slot || drop.has(j) || !lexicon.valuesOpposed(f.slot, (facts[winner] as KeyFact).value, g.value)) continue;
      // The later value wins unless only the earlier is marked as the current one.
      const keepEarlier = current(tokens, spans[winner] as [number, number]) && !current(tokens, spans[j] as [number, number]);
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
