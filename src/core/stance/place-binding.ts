import { samePlace, splitSentences, type KeyFact } from '../facts';
import type { AnalysedSentence } from './analyse-text';
import type { Alignment, ClaimSide, EvidenceSide } from './stance-features';

// A statement sentence's clauses: "Tamarack Pass (SR 19) closed for snow; chains required on SR 140",
// "The sidewalk on Oak Avenue is closed, and pedestrians are detoured to Fourth Street".
const STATEMENT_CLAUSE_BREAK = /;|,\s+(?:and|but|while)\b/g;
// A post strings clauses with commas and "but" ("the bridge is gone but the rest of the park is open").
const POST_CLAUSE_BREAK = /[;,]|\bbut\b|\bwhile\b/gi;

/** The facts of `facts` in the clause of `text` that holds `fact` (clauses split by `breaks`). */
function sameClause(text: string, facts: readonly KeyFact[], fact: KeyFact, breaks: RegExp): KeyFact[] {
  const cuts = [...text.matchAll(breaks)].map((m) => m.index ?? 0);
  if (!cuts.length) return [...facts];
  const clauseAt = (f: KeyFact): number => {
    const at = text.indexOf(f.surface);
    return cuts.filter((c) => c < at).length;
  };
  const clause = clauseAt(fact);
  return facts.filter((f) => clauseAt(f) === clause);
}

/** The statement sentence holding `fact`, and the facts of its clause. */
function statementClauseOf(statement: EvidenceSide, fact: KeyFact): { sentence: string; facts: KeyFact[] } | null {
  const sentences = statement.analysis.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const facts = statement.factsOf(i);
    const text = (sentences[i] as AnalysedSentence).text;
    if (facts.includes(fact)) return { sentence: text, facts: sameClause(text, facts, fact, STATEMENT_CLAUSE_BREAK) };
  }
  return null;
}

/**
 * The post's place facts in the clause that holds `fact`; when that clause names none, the
 * zones its sentence names: a post runs on with commas about the evacuation zone it named first
 * ("PS-16 just got the Level 3 GO order, leave now people"). Other places stay with their clause
 * ("the bridge on Elm St is gone, the rest of the park is open").
 */
function postPlacesBeside(claim: ClaimSide, fact: KeyFact): KeyFact[] {
  const text = splitSentences(claim.analysis.text)[fact.sentence] ?? '';
  const inSentence = claim.facts.filter((f) => f.sentence === fact.sentence);
  const inClause = sameClause(text, inSentence, fact, POST_CLAUSE_BREAK).filter((f) => f.kind === 'place');
  return inClause.length ? inClause : inSentence.filter((f) => f.slot === 'place:zone');
}

/** Where the statement says a state the post shares, when that is not where the post says it. */
export interface OtherPlace {
  /** The statement sentence that says it. */
  sentence: string;
  /** The post's places, as written. */
  claim: string[];
  /** The statement's places in that clause, as written. */
  statement: string[];
}

/**
 * The place the statement says the post's shared status or outcome of, when for every such
 * state it is another place than the post's, or only some of the post's places ("SR 140 is
 * CLOSED" against "Tamarack Pass (SR 19) closed for snow; chains required on SR 140"; "warnings
 * for A and B have been lifted" against "the warning for A was lifted"); null when the statement
 * says one of them of the post's own places, or names no place beside it. A statement saying
 * a state of another place does not assert the post's fact, whatever words they share.
 *
 * @example placeOfState(alignment, claimSide, statementSide)?.statement // ['SR 19']
 */
export function placeOfState(alignment: Alignment, claim: ClaimSide, statement: EvidenceSide): OtherPlace | null {
  // A WordNet axis ("notice") is no state of a place.
  const states = alignment.facts.shared.filter((p) => (p.claim.kind === 'status' || p.claim.kind === 'outcome') && !p.claim.slot.startsWith('contrast:'));
  let first: OtherPlace | null = null;
  for (const p of states) {
    const places = postPlacesBeside(claim, p.claim);
    const clause = statementClauseOf(statement, p.statement);
    const named = (clause?.facts ?? []).filter((f) => f.kind === 'place' && places.some((c) => c.slot === f.slot));
    const slots = new Set(named.map((f) => f.slot));
    const allNamed = places.filter((c) => slots.has(c.slot)).every((c) => named.some((f) => f.slot === c.slot && samePlace(c.value, f.value)));
    if (!named.length || allNamed) return null;
    first ??= { sentence: clause?.sentence ?? '', claim: places.map((f) => f.surface), statement: named.map((f) => f.surface) };
  }
  return first;
}
