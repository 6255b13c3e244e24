import { samePlace, saysSameState, splitSentences, type KeyFact } from '../facts';
import type { AnalysedSentence } from './analyse-text';
import type { Alignment, ClaimSide, EvidenceSide } from './stance-features';
import { levelsIn, namesIn, placeNamesIn, sameName } from './statement-names';

// A statement sentence's clauses: "Tamarack Pass (SR 19) closed for snow; chains required on SR 140",
// "The sidewalk on Oak Avenue is closed, and pedestrians are detoured to Fourth Street".
const STATEMENT_CLAUSE_BREAK = /;|,\s+(?:and|but|while)\b/g;
// A post strings clauses with commas, "but", line breaks and emoji ("the bridge is gone but the rest of
// the park is open", "lifted for tanner flats ✅ millrace still gotta stay inside").
const POST_CLAUSE_BREAK = /[;,\n]|\p{Extended_Pictographic}|\bbut\b|\bwhile\b/giu;

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

/** The clause of `text` (clauses split by `breaks`) that holds `surface`. */
function clauseText(text: string, surface: string, breaks: RegExp): string {
  const at = text.indexOf(surface);
  if (at < 0) return text;
  const cuts = [...text.matchAll(breaks)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  let from = 0;
  for (const [start, end] of cuts) {
    if (start >= at) return text.slice(from, start);
    from = end;
  }
  return text.slice(from);
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
 * for A and B have been lifted" against "the warning for A was lifted"); by the fact readers'
 * places, only when every shared state is said elsewhere. Places the fact readers do not see in a
 * post (lower case, shouted, a level such as "stage 2") are read by the names the statement gives
 * them, and one state said only elsewhere by those names is enough (see saidOnlyElsewhere). Null
 * otherwise. A statement saying a state of another place does not assert the post's fact,
 * whatever words they share.
 *
 * @example placeOfState(alignment, claimSide, statementSide)?.statement // ['SR 19']
 */
export function placeOfState(alignment: Alignment, claim: ClaimSide, statement: EvidenceSide): OtherPlace | null {
  // A WordNet axis ("notice") is no state of a place.
  const states = alignment.facts.shared.filter((p) => (p.claim.kind === 'status' || p.claim.kind === 'outcome') && !p.claim.slot.startsWith('contrast:'));
  let structured: OtherPlace | null = null;
  let everyStateElsewhere = states.length > 0;
  let gazetteer: string[] | null = null;
  for (const p of states) {
    const places = postPlacesBeside(claim, p.claim);
    const clause = statementClauseOf(statement, p.statement);
    const named = (clause?.facts ?? []).filter((f) => f.kind === 'place' && places.some((c) => c.slot === f.slot));
    const slots = new Set(named.map((f) => f.slot));
    const allNamed = places.filter((c) => slots.has(c.slot)).every((c) => named.some((f) => f.slot === c.slot && samePlace(c.value, f.value)));
    if (named.length && !allNamed) {
      // A list ("Zones A and B") is one surface for each place it names.
      structured ??= { sentence: clause?.sentence ?? '', claim: [...new Set(places.map((f) => f.surface))], statement: [...new Set(named.map((f) => f.surface))] };
      continue;
    }
    everyStateElsewhere = false;
    if (named.length) continue;
    gazetteer ??= [...new Set(statement.analysis.sentences.flatMap((s) => placeNamesIn(s.text)))];
    const byName = saidOnlyElsewhere(p.claim, claim, statement, gazetteer);
    if (byName) return byName;
  }
  return everyStateElsewhere ? structured : null;
}

/** A name as `text` writes it ("Skyline Drive" for "skyline drive"), for a reason a person reads. */
function asWritten(text: string, name: string): string {
  const at = text.toLowerCase().indexOf(name);
  return at < 0 ? name : text.slice(at, at + name.length);
}

/** A reading of where a text says something: the statement's place names in it, or its numbered levels. */
type Where = (text: string) => string[];

/**
 * Where the statement says the post's state, by the names it gives places and levels: the other
 * places or levels, when no clause of the statement that says the state names all the post's
 * ("stage 2 ... in effect" against "Stage 1 remains in effect"; "warnings for A and B have been
 * lifted" against "the warning for A was lifted"). A place name must also be one the statement
 * gives the slot another value of ("upper cedar ridge is under mandatory evacuation" against "the
 * mandatory evacuation order for Skyline Drive ... was lifted" and "Upper Cedar Ridge remains
 * under an evacuation warning ... not required to leave"): a town and the street of the plant in
 * it are two names of one place. A clause that says the state without a name may say it of the
 * post's place: then nothing is said elsewhere.
 */
function saidOnlyElsewhere(fact: KeyFact, claim: ClaimSide, statement: EvidenceSide, gazetteer: readonly string[]): OtherPlace | null {
  const postSentence = splitSentences(claim.analysis.text)[fact.sentence] ?? '';
  const postClause = clauseText(postSentence, fact.surface, POST_CLAUSE_BREAK);
  const byName: Where = (t) => namesIn(t, gazetteer);
  for (const where of [byName, levelsIn]) {
    // The clause only: "the bridge is gone but the rest of the park is open" says open of the park.
    const post = where(postClause);
    if (!post.length) continue;
    let other: OtherPlace | null = null;
    let saysOtherValueThere = where === levelsIn;
    for (const [i, sentence] of statement.analysis.sentences.entries()) {
      for (const said of statement.factsOf(i)) {
        if (said.slot !== fact.slot) continue;
        const clause = clauseText(sentence.text, said.surface, STATEMENT_CLAUSE_BREAK);
        const there = where(clause);
        const named = (p: string) => there.some((n) => sameName(n, p));
        if (!saysSameState(said, fact)) {
          if (post.some(named)) saysOtherValueThere = true;
          continue;
        }
        if (!there.length || post.every(named)) return null;
        other ??= { sentence: sentence.text, claim: post.map((n) => asWritten(postClause, n)), statement: there.map((n) => asWritten(clause, n)) };
      }
    }
    if (other && saysOtherValueThere) return other;
  }
  return null;
}
