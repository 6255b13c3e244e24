import { analyseClaim, type AnalysedSentence } from './analyse-text';

/** Where one clause of a sentence ends: "Tap water is safe; contamination posts are false." Not a clock's colon. */
const CLAUSE_BREAK = /;|:(?!\d)|\s[—–]\s|\s-\s/;
const WORDS = /[\p{L}']+/gu;

interface Clause {
  analysis: AnalysedSentence;
  words: ReadonlySet<string>;
}

// A statement's sentences come back for every claim checked against it; their clauses are read once.
const clauseCache = new Map<string, readonly Clause[]>();
const CLAUSE_CACHE_LIMIT = 2000;

function clausesOf(sentence: string): readonly Clause[] {
  let clauses = clauseCache.get(sentence);
  if (clauses) return clauses;
  clauses = sentence.split(CLAUSE_BREAK).map((text) => ({ analysis: analyseClaim(text), words: new Set(text.toLowerCase().match(WORDS) ?? []) }));
  if (clauseCache.size >= CLAUSE_CACHE_LIMIT) clauseCache.clear();
  clauseCache.set(sentence, clauses);
  return clauses;
}

/**
 * Whether a sentence's denial words ("false", "hoax") belong to a clause about something other
 * than the post, while another clause says what the post says: "Ridgeport tap water is safe to
 * drink; contamination posts are false" denies the contamination posts, not a post that the water
 * is safe. A sentence of one clause, a denial in the clause the post shares, or one that names
 * nothing of its own ("...: no, it's a hoax") keeps its denial.
 *
 * @example denialBesideClaim('water is safe; contamination posts are false', ['false'], analyseClaim('tap water is safe')) // true
 */
export function denialBesideClaim(sentence: string, denialWords: readonly string[], claim: AnalysedSentence): boolean {
  if (!CLAUSE_BREAK.test(sentence)) return false;
  const shares = (clause: AnalysedSentence) => clause.content.some((t) => claim.contentSet.has(t));
  let denied = false;
  let sharedElsewhere = false;
  for (const { analysis, words } of clausesOf(sentence)) {
    if (denialWords.some((w) => words.has(w))) {
      if (shares(analysis)) return false;
      // "Nasa confirms six days of darkness: no, they don't - it's a hoax": a denial clause with
      // nothing of its own to name denies the clause before it.
      if (!analysis.content.some((t) => !denialWords.some((w) => w.startsWith(t) || t.startsWith(w)))) return false;
      denied = true;
    } else if (shares(analysis)) sharedElsewhere = true;
  }
  return denied && sharedElsewhere;
}
