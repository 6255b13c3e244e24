import { detectAddresses } from './detect-addresses';
import { detectEmails } from './detect-emails';
import { detectHandles } from './detect-handles';
import { detectIdentityNumbers } from './detect-identity-numbers';
import { detectNames } from './detect-names';
import { detectPhones } from './detect-phones';
import { detectPlates } from './detect-plates';
import { detectSchools } from './detect-schools';
import type { PrivacyContext, PrivacyDetector, PrivacyFinding, PrivacyScan } from './privacy-types';

// Order = precedence when two findings start at the same place: the more specific kind wins.
const DETECTORS: PrivacyDetector[] = [detectIdentityNumbers, detectEmails, detectPhones, detectAddresses, detectPlates, detectHandles, detectSchools, detectNames];

/**
 * Overlapping findings become one: sorted by start (longer first), a finding that overlaps the
 * previous kept one extends it, so redaction never leaves half a phone number behind.
 */
function mergeOverlaps(text: string, findings: PrivacyFinding[]): PrivacyFinding[] {
  const sorted = findings
    .map((f, order) => ({ f, order }))
    .sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end || a.order - b.order)
    .map((x) => x.f);
  const merged: PrivacyFinding[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) {
        last.end = f.end;
        last.value = text.slice(last.start, last.end);
      }
    } else {
      merged.push({ ...f });
    }
  }
  return merged;
}

/** Where the allowed values occur; nothing inside them (the "gov" of an e-mail) is a finding. */
function allowedValueSpans(text: string, values: string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const spans: Array<[number, number]> = [];
  for (const value of values) {
    const needle = value.trim().toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
  }
  return spans;
}

/**
 * Find personal data in `text`: identity and card numbers, dates of birth, phones, e-mails, street addresses, licence plates, handles of
 * private accounts, the school of a child the text speaks of, and names of people who are not in `context.allowedNames`.
 *
 * @example
 * scanPrivacy('Call Jamal at 555-0123', {allowedNames: [], publicHandles: []}).findings
 * // [{kind: 'person_name', value: 'Jamal', start: 5, end: 10}, {kind: 'phone', value: '555-0123', start: 14, end: 22}]
 */
export function scanPrivacy(text: string, context: PrivacyContext): PrivacyScan {
  const protectedSpans = allowedValueSpans(text, context.allowedValues ?? []);
  const raw = DETECTORS.flatMap((detect) => detect(text, context)).filter(
    (f) => !protectedSpans.some(([s, e]) => f.start < e && s < f.end),
  );
  return { findings: mergeOverlaps(text, raw) };
}
