import { splitSentences } from '../drafts/extract-facts';
import { normalizeUnicode } from '../text/normalize';
import { contentTerms } from '../text/terms';

/** Fewer content terms than this and "most of the words" says too little to call a copy. */
export const MIN_RESTATED_TERMS = 4;
/** Share of the claim's content terms that one statement sentence must hold. */
export const RESTATED_SHARE = 0.8;

/**
 * Negation and denial cues. Stop-word lists keep "not"/"no", but a restatement test must also
 * see "fake" and "hoax": "the bridge closure is fake" uses the statement's words to deny it.
 */
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|fake|false|hoax|lie|lies|lying|untrue)\b|n['’]t\b/i;

function negated(text: string): boolean {
  return NEGATION.test(normalizeUnicode(text));
}

/** The sentences a statement is read as: its title is one, then each sentence of its body. */
export function statementSentences(statement: { title: string; body: string }): string[] {
  return [statement.title, ...splitSentences(statement.body)].filter((s) => s.trim().length > 0);
}

/**
 * Whether a claim restates one sentence of a statement: at least MIN_RESTATED_TERMS content
 * terms (stems, numbers as digits), at least RESTATED_SHARE of them in that one sentence, every
 * number of the claim in it too (12 dead is not 14 rescued), and the same polarity (both or
 * neither carry a negation or denial cue). Returns the sentence, or null.
 *
 * @example restatedSentence('Elm Street Bridge closed as a precaution, crews inspecting', { title: 'Elm Street Bridge closed as a precaution', body: '' }) // null: 'crew', 'inspect' are new
 * @example restatedSentence('The Elm Street Bridge is closed as a precaution!', { title: 'Elm Street Bridge closed as a precaution', body: '' }) // 'Elm Street Bridge closed as a precaution'
 */
export function restatedSentence(claim: string, statement: { title: string; body: string }): string | null {
  const terms = [...new Set(contentTerms(claim))];
  if (terms.length < MIN_RESTATED_TERMS) return null;
  const numbers = terms.filter((t) => /^\d+$/.test(t));
  const claimNegated = negated(claim);
  for (const sentence of statementSentences(statement)) {
    const held = new Set(contentTerms(sentence));
    const shared = terms.filter((t) => held.has(t)).length;
    if (shared / terms.length < RESTATED_SHARE) continue;
    if (!numbers.every((n) => held.has(n))) continue;
    if (negated(sentence) !== claimNegated) continue;
    return sentence;
  }
  return null;
}
