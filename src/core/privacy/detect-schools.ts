import { collectMatches } from './collect-matches';
import type { PrivacyFinding } from './privacy-types';

/**
 * A K-12 school's name: one to four capitalised words before a school word ("Lincoln
 * Elementary", "Roosevelt Middle School", "St. Mary's Academy", "Westfield High"). Colleges
 * and universities are left alone: their students are adults.
 */
const SCHOOL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:[A-Z][\p{L}'.-]*\s+){1,4}?)` +
    String.raw`(?:(?:Elementary|Middle|Junior High|Senior High|High|Primary|Intermediate|Preparatory|Prep)(?:\s+School)?|Charter School|Academy|School)` +
    String.raw`(?![\p{L}\p{N}])`,
  'gu',
);
/** Leading words that are not part of the name: "The Lincoln Elementary", "At Westfield High". */
const LEADING = /^(?:(?:The|At|From|In|Near|To|Of|Outside|Behind|Inside|Our|My|His|Her|Their)\s+)+/u;
/** "High School students": school words alone name no school. */
const ONLY_SCHOOL_WORDS = /^(?:(?:Elementary|Middle|Junior|Senior|High|Primary|Intermediate|Charter|School)\s+)+$/u;

/**
 * What says the text is about a child: an age under 18, or a word for a child or pupil.
 * "a 12-year-old", "aged 9", "the 14 year old boy", "my daughter", "7th grader", "from 4th grade".
 */
const MINOR_AGE = /\b(\d{1,2})(?:[- ]years?[- ]old|\s?yo\b|\s?y\/o\b)|\baged?\s+(\d{1,2})\b/giu;
const MINOR_WORD =
  /\b(?:kids?|child(?:ren)?|boys?|girls?|teens?|teenagers?|toddlers?|infants?|bab(?:y|ies)|students?|pupils?|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grad(?:ers?|e)|kindergarten|juveniles?|minors?|sons?|daughters?|freshm[ae]n|sophomores?|kindergartners?)\b/iu;

/** Whether the text speaks of someone under 18. */
export function mentionsMinor(text: string): boolean {
  if (MINOR_WORD.test(text)) return true;
  for (const m of text.matchAll(MINOR_AGE)) {
    const age = Number(m[1] ?? m[2]);
    if (age < 18) return true;
  }
  return false;
}

/** The K-12 school names in a text, as written (leading "The" / "at" dropped). */
export function schoolNames(text: string): PrivacyFinding[] {
  return collectMatches(text, SCHOOL, 'school', (m) => {
    const lead = LEADING.exec(m[0])?.[0].length ?? 0;
    // "The School" or "At School" names no school once the leading words are gone.
    const nameWords = (m[1] ?? '').slice(lead);
    if (!nameWords || ONLY_SCHOOL_WORDS.test(nameWords)) return null;
    return { start: m.index + lead, end: m.index + m[0].length };
  });
}

/**
 * A child's school: with an age or a grade it points at one child as surely as a name does,
 * and publishing a minor's identity is what a department must never do. A school named in a
 * text that speaks of no child ("Westfield High is on lockdown") is a place, not personal data.
 *
 * @example detectSchools('the 12-year-old from Lincoln Elementary')[0].value // 'Lincoln Elementary'
 */
export function detectSchools(text: string): PrivacyFinding[] {
  return mentionsMinor(text) ? schoolNames(text) : [];
}
