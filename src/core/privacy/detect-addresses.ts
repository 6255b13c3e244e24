import { collectMatches } from './collect-matches';
import type { PrivacyFinding } from './privacy-types';

const SUFFIX =
  '(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|terrace|ter|' +
  'parkway|pkwy|circle|cir|highway|hwy|trail|trl|square|sq|row|alley|aly)';
const NAME_WORDS = String.raw`(?:[A-Za-z0-9'.-]+\s+){1,3}?`;
const UNIT = String.raw`(?:,?\s+(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*[A-Za-z0-9-]+|,?\s+#\s*[A-Za-z0-9-]+)?`;

/** "1423 Maple Ave", "22 N. Elm Street, Apt 4B": a house number makes it someone's home. */
const NUMBERED = new RegExp(String.raw`\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?${NAME_WORDS}${SUFFIX}\b${UNIT}`, 'gi');

/**
 * "the house on 8th Street", "she lives at Oak Lane": a street named as a residence. A street
 * named as a place ("the Elm St bridge") is public information and stays.
 */
const RESIDENCE = new RegExp(
  String.raw`\b(?:house|home|apartment|apt|condo|residence|lives|living|live|stays|staying)\s+(?:on|at)\s+(${NAME_WORDS}${SUFFIX}\b)`,
  'gid',
);

/*
 * Words that show the digits are a count or a block, not a house number: "2 people drive",
 * "the 1400 block of Maple Ave" (block-level locations are what agencies publish on purpose).
 */
const NOT_STREET_WORDS = new Set([
  'block', 'blocks', 'of', 'the', 'and', 'or', 'on', 'at', 'in', 'to', 'from', 'near', 'by', 'people', 'persons',
  'cars', 'vehicles', 'officers', 'units', 'kids', 'children', 'men', 'women', 'minutes', 'hours', 'days', 'miles',
  'were', 'was', 'are', 'is', 'who', 'that', 'they', 'we', 'more', 'than', 'about', 'police', 'deputies', 'a', 'an',
  // "lives on our street" names no street.
  'our', 'my', 'his', 'her', 'their', 'your', 'this', 'same', 'next',
]);

function nameWordsOk(matched: string): boolean {
  const words = matched.toLowerCase().split(/\s+/).slice(1, -1);
  return words.every((w) => !NOT_STREET_WORDS.has(w.replace(/[.,]/g, '')));
}

/** @example detectAddresses('shots at 1423 Maple Ave tonight')[0].value // '1423 Maple Ave' */
export function detectAddresses(text: string): PrivacyFinding[] {
  const numbered = collectMatches(text, NUMBERED, 'street_address', (m) =>
    nameWordsOk(m[0]) ? { start: m.index, end: m.index + m[0].length } : null,
  );
  const residences = collectMatches(text, RESIDENCE, 'street_address', (m) => {
    const span = m.indices?.[1];
    const street = m[1];
    if (!span || street === undefined) return null;
    return nameWordsOk('x ' + street) ? { start: span[0], end: span[1] } : null;
  });
  return [...numbered, ...residences];
}
