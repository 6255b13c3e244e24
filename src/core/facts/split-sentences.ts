import { normalizeUnicode } from '../text/normalize';

// Line breaks first: normalizeUnicode folds them into spaces.
const LINE = /\s*\n+\s*/;
// A sentence ends at . ! ? followed by a capital or quote ("E. coli" and "3 p.m. today" stay
// whole), or at " | " that posts use between thoughts.
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
