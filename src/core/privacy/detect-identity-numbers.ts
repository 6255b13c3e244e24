import { collectMatches } from './collect-matches';
import type { PrivacyFinding } from './privacy-types';

/** A US Social Security number as written (123-45-6789), or nine digits after "SSN" / "social security". */
const SSN = /\b\d{3}-\d{2}-\d{4}\b|\b(?:SSN|SS#|social security(?: number| no\.?| #)?)\s*[:#]?\s*\d{3}[ -]?\d{2}[ -]?\d{4}\b/gi;
/** 13 to 19 digits in groups of spaces or dashes: a payment card if its check digit holds. */
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
/** A date after what says it is a birth date: "DOB 04/12/1989", "date of birth: 1989-04-12", "born on March 3, 2012". */
const BIRTH_DATE =
  /\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|born(?: on)?)\s*[:-]?\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4})/gi;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Numbers that identify a person outright: Social Security numbers, payment card numbers (by
 * their check digit, so an order number rarely is one) and dates of birth where the text says so.
 * A rumor that "doxxes" a victim or a wrongly accused person carries them; no correction may.
 *
 * @example detectIdentityNumbers('his SSN 123-45-6789')[0].kind // 'id_number'
 */
export function detectIdentityNumbers(text: string): PrivacyFinding[] {
  const cards = collectMatches(text, CARD, 'id_number', (m) => {
    const digits = m[0].replace(/\D/g, '');
    return digits.length >= 13 && luhn(digits) ? { start: m.index, end: m.index + m[0].length } : null;
  });
  return [...collectMatches(text, SSN, 'id_number'), ...cards, ...collectMatches(text, BIRTH_DATE, 'date_of_birth')];
}
