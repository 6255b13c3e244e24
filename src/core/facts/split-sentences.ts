import { normalizeUnicode } from '../text/normalize';

// Line breaks first: normalizeUnicode folds them into spaces.
const LINE = /\s*\n+\s*/;
// A sentence ends at . ! ? followed by a capital or quote ("E. coli" and "3 p.m. today" stay
// whole), at " | " that posts use between thoughts, and at a semicolon: its clauses say their
// facts apart ("Zone 5 was downgraded from mandatory …; Zone 6 remains mandatory").
const BOUNDARY = /(?<=[.!?])\s+(?=[A-Z"'(])|(?<=;)\s+|\s+[|]\s+/;

/**
 * The sentences of a text, in order; `KeyFact.sentence` indexes this array.
 *
 * @example splitSentences('Main St is closed. No one was hurt.') // ['Main St is closed.', 'No one was hurt.']
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  // Most posts are one line: splitting them on LINE only to get the text back cost a scan.
  for (const line of text.includes('\n') ? text.split(LINE) : [text]) {
    for (const part of normalizeUnicode(line).split(BOUNDARY)) {
      const trimmed = part.trim();
      if (trimmed) out.push(trimmed);
    }
  }
  return out;
}
