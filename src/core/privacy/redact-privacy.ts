import { scanPrivacy } from './scan-privacy';
import type { PrivacyContext, PrivacyKind, PrivacyRedaction } from './privacy-types';

const LABELS: Record<PrivacyKind, string> = {
  phone: 'phone',
  email: 'email',
  street_address: 'address',
  licence_plate: 'plate',
  handle: 'handle',
  person_name: 'name',
  id_number: 'ID number',
  date_of_birth: 'date of birth',
  school: 'school',
};

const DESCRIPTIONS: Record<PrivacyKind, string> = {
  phone: 'phone number',
  email: 'e-mail address',
  street_address: 'street address',
  licence_plate: 'licence plate',
  handle: 'private account handle',
  person_name: 'name of a person not in the statement',
  id_number: 'identity or card number',
  date_of_birth: 'date of birth',
  school: "child's school",
};

/** The placeholder that replaces a finding, e.g. "[phone removed]". */
export function redactionLabel(kind: PrivacyKind): string {
  return `[${LABELS[kind]} removed]`;
}

/**
 * Replace every finding with a placeholder and say what was removed and where. The report
 * names the kind and the character range but never repeats the personal datum itself, so it
 * can go into the audit log.
 *
 * @example
 * redactPrivacy('Call 555-0123', {allowedNames: [], publicHandles: []}).text // 'Call [phone removed]'
 */
export function redactPrivacy(text: string, context: PrivacyContext): PrivacyRedaction {
  const { findings } = scanPrivacy(text, context);
  let out = '';
  let cursor = 0;
  for (const f of findings) {
    out += text.slice(cursor, f.start) + redactionLabel(f.kind);
    cursor = f.end;
  }
  out += text.slice(cursor);
  const report = findings.map(
    (f) => `${DESCRIPTIONS[f.kind]} removed at characters ${f.start}-${f.end} (${f.end - f.start} characters)`,
  );
  return { text: out, findings, report };
}
