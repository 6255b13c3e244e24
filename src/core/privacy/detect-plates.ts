import { collectMatches } from './collect-matches';
import type { PrivacyFinding } from './privacy-types';

/*
 * A licence plate is only recognisable by its context word: "ABC1234" alone could be anything,
 * "plate ABC-1234" or "tag 7XYZ123" cannot. US plates have 2-8 letters and digits, optionally
 * split by a space or dash.
 */
const PLATE = new RegExp(
  String.raw`\b(?:licen[cs]e(?:\s+plates?)?|plates?|tags?|registration|reg)` +
    String.raw`(?:\s+(?:number|no\.?|num|#|is|was|reads?|reading|of))*\s*[:#]?\s*` +
    String.raw`([A-Za-z0-9]{1,4}(?:[\s-][A-Za-z0-9]{1,5}|[A-Za-z0-9]{1,4})?)(?![\w-])`,
  'gid',
);

const WORDS_NOT_PLATES = new Set(['THE', 'AND', 'WAS', 'IS', 'OF', 'ON', 'IN', 'AT', 'TO', 'A', 'AN', 'IT', 'US', 'ME', 'YOU']);

/** A plate has a digit, or is an all-capitals vanity plate that is not an ordinary word. */
function looksLikePlate(candidate: string): boolean {
  const compact = candidate.replace(/[\s-]/g, '');
  if (compact.length < 2 || compact.length > 8) return false;
  if (/\d/.test(compact)) return /[A-Za-z]/.test(compact) || compact.length >= 5;
  return compact.length >= 3 && compact === compact.toUpperCase() && !WORDS_NOT_PLATES.has(compact);
}

/** @example detectPlates('white van, plate ABC-1234')[0].value // 'ABC-1234' */
export function detectPlates(text: string): PrivacyFinding[] {
  return collectMatches(text, PLATE, 'licence_plate', (m) => {
    const span = m.indices?.[1];
    const candidate = m[1];
    if (!span || candidate === undefined) return null;
    if (looksLikePlate(candidate)) return { start: span[0], end: span[1] };
    // "plate ABC was seen": the two-word candidate fails, its first word may still be a plate.
    const first = candidate.split(/[\s-]/)[0] ?? '';
    if (first !== candidate && looksLikePlate(first)) return { start: span[0], end: span[0] + first.length };
    return null;
  });
}
