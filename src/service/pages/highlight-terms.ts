import { contentTerms } from '../../core/text/terms';
import { escapeHtml } from '../../core/text/escape-html';

// Words as the matcher sees them (letters and digits, with an inner apostrophe); everything
// between them is kept verbatim so the officer reads the original text.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function stemOf(word: string): string | null {
  return contentTerms(word)[0] ?? null;
}

/**
 * Escapes `text` and wraps in `<mark>` each word that shares its stem with one of the matched
 * terms, so "collapsed" in a claim lights up "collapse" in the statement. The text is cut
 * into word and non-word pieces and each piece is escaped on its own before any markup is
 * added: escaping the whole string first and then searching it would let a term such as
 * "39" or "amp" match inside an entity (`&#39;`, `&amp;`) and break it.
 *
 * @example highlightTerms('Bridge <b>closed</b>', ['closed']) // 'Bridge &lt;b&gt;<mark>closed</mark>&lt;/b&gt;'
 */
export function highlightTerms(text: string, terms: readonly string[]): string {
  const wanted = new Set(terms.map(stemOf).filter((s): s is string => s !== null));
  if (!wanted.size) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const start = found.index ?? 0;
    const word = found[0];
    out += escapeHtml(text.slice(last, start));
    const stem = stemOf(word);
    out += stem !== null && wanted.has(stem) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word);
    last = start + word.length;
  }
  return out + escapeHtml(text.slice(last));
}
