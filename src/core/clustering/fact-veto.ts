import { compareFacts, extractKeyFacts, type ConflictWhy, type ContrastLexicon, type ExtractOptions, type KeyFact } from '../facts';

/** A key-fact conflict that kept a post out of a cluster: data for the explanation, not words. */
export interface FactConflict {
  /** The cluster the post was kept out of, and the member whose facts it contradicts. */
  clusterId: number;
  memberKey?: string;
  slot: string;
  why: ConflictWhy;
  /** The post's value and the member's ('dead' / 'alive', '40' / '4', 'elm st' / 'oak st'). */
  post: string;
  member: string;
}

// Facts that decide whether two posts can be one rumor. Left out: WordNet antonym axes (too
// loose for a hard rule), scope and time ("only the north lanes" and "the highway" can be one
// rumor retold; "tonight" and "9 pm" likewise), polarity (the pair model already weighs
// negation), and bare capitalised areas, which comparable text no longer shows.
const VETO_WHY: ReadonlySet<ConflictWhy> = new Set(['opposite', 'negation', 'count', 'place', 'event']);

function decides(f: KeyFact): boolean {
  switch (f.kind) {
    case 'status':
      return !f.slot.startsWith('contrast:');
    case 'outcome':
    case 'count':
    case 'quantity':
    case 'event':
      return true;
    case 'place':
      return f.slot !== 'place:area';
    default:
      return false;
  }
}

const NO_FACTS: readonly KeyFact[] = [];
const DECISIVE: ExtractOptions = { kinds: new Set(['status', 'outcome', 'count', 'quantity', 'place', 'event']), antonyms: false };

/**
 * The key facts of a post's comparable text that can keep it out of a cluster: status and
 * outcome from the hand-written groups, counts, quantities, streets, routes, zones and sites.
 *
 * @example vetoFacts('12 people hurt on elm st', lexicon).map((f) => f.slot) // ['outcome:person', 'count:injured', 'place:street']
 */
export function vetoFacts(comparable: string, lexicon: ContrastLexicon): readonly KeyFact[] {
  if (!comparable) return NO_FACTS;
  const out: KeyFact[] = [];
  for (const f of extractKeyFacts(comparable, lexicon, DECISIVE)) if (decides(f)) out.push(f);
  return out.length ? out : NO_FACTS;
}

// Most pairs of posts state nothing about the same slot: skip the full comparison for them.
function shareSlot(a: readonly KeyFact[], b: readonly KeyFact[]): boolean {
  for (const x of a) for (const y of b) if (x.slot === y.slot) return true;
  return false;
}

/**
 * The conflicts between a post's veto facts and a cluster member's: opposite status or outcome,
 * counts of one thing that cannot both be true, different streets when neither names the
 * other's. Empty when they may be one rumor.
 *
 * @example factConflicts(vetoFacts('4 dead', lex), vetoFacts('40 dead', lex), lex, 7) // [{clusterId: 7, slot: 'count:dead', why: 'count', post: '4', member: '40'}]
 */
export function factConflicts(post: readonly KeyFact[], member: readonly KeyFact[], lexicon: ContrastLexicon, clusterId: number, memberKey?: string): FactConflict[] {
  if (!post.length || !member.length || !shareSlot(post, member)) return [];
  const out: FactConflict[] = [];
  for (const c of compareFacts(post as KeyFact[], member as KeyFact[], lexicon).conflicts) {
    if (!VETO_WHY.has(c.why)) continue;
    const conflict: FactConflict = { clusterId, slot: c.claim.slot, why: c.why, post: c.claim.value, member: c.statement.value };
    if (memberKey !== undefined) conflict.memberKey = memberKey;
    out.push(conflict);
  }
  return out;
}

/**
 * Adds a joining post's veto facts to its cluster's remembered facts, once per slot and value,
 * at most `cap` of them: later posts are checked against every fact a member has stated.
 */
export function rememberFacts(into: KeyFact[], facts: readonly KeyFact[], cap: number): void {
  for (const f of facts) {
    if (into.length >= cap) return;
    if (!into.some((g) => g.slot === f.slot && g.value === f.value && g.negated === f.negated)) into.push(f);
  }
}
