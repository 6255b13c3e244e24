import { collectMatches } from './collect-matches';
import type { PrivacyFinding } from './privacy-types';

/*
 * North American numbers as people actually type them: 555-0123, (312) 555-0142,
 * 312.555.0142, +1 312 555 0142, 1-800-555-0199, 3125550142. The look-arounds stop a match
 * inside longer digit runs (case numbers, dates, ids). A 7-digit local number needs a dash or
 * dot, because "2024 1234"-like pairs in posts are far more often counts or years than phones.
 */
const PHONE = new RegExp(
  [
    String.raw`(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])`,
    String.raw`(?<![\w+.-])\d{3}[.-]\d{4}(?![\w-])`,
    String.raw`(?<![\w+])(?:\+?1)?\d{10}(?!\w)`,
  ].join('|'),
  'g',
);

/** @example detectPhones('call 555-0123')[0].value // '555-0123' */
export function detectPhones(text: string): PrivacyFinding[] {
  return collectMatches(text, PHONE, 'phone');
}
