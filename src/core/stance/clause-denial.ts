import { analyseClaim, type AnalysedSentence } from './analyse-text';

/** Where one clause of a sentence ends: "Tap water is safe; contamination posts are false." */
const CLAUSE_BREAK = /[;:]|\s[—–]\s|\s-\s/;

/**
 * Whether a sentence's denial words ("false", "hoax") belong to a clause about something other
 * than the post, while another clause says what the post says: "Ridgeport tap water is safe to
 * drink; contamination posts are false" denies the contamination posts, not a post that the water
 * is safe. A sentence of one clause, a denial in the clause the post shares, or one that names
 * nothing of its own ("...: no, it's a hoax") keeps its denial.
 *
 * @example denialBesideClaim(analyseClaim('water is safe; contamination posts are false').text, ['false'], analyseClaim('tap water is safe')) // true
 */
export function denialBesideClaim(sentence: string, denialWords: readonly string[], claim: AnalysedSentence): boolean {
  const clauses = sentence.split(CLAUSE_BREAK);
  if (clauses.length < 2) return false;
  const shares = (clause: AnalysedSentence) => clause.content.some((t) => claim.contentSet.has(t));
  let denied = false;
  let sharedElsewhere = false;
  for (const text of clauses) {
    const lower = text.toLowerCase();
    const clause = analyseClaim(text);
    if (denialWords.some((w) => new RegExp(`\\b${w}\\b`).test(lower))) {
      if (shares(clause)) return false;
      // "Nasa confirms six days of darkness: no, they don't - it's a hoax": a denial clause with
      // nothing of its own to name denies the clause before it.
      const own = clause.content.filter((t) => !denialWords.some((w) => w.startsWith(t) || t.startsWith(w)));
      if (!own.length) return false;
      denied = true;
    } else if (shares(clause)) sharedElsewhere = true;
  }
  return denied && sharedElsewhere;
}
