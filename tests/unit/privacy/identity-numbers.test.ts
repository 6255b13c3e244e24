import { redactPrivacy, scanPrivacy } from '../../../src/core/privacy';

const none = { allowedNames: [], publicHandles: [] };
const kinds = (text: string) => scanPrivacy(text, none).findings.map((f) => [f.kind, f.value]);

describe('identity numbers and dates of birth are personal data', () => {
  it.each([
    ['his SSN 123-45-6789 is all over the group', ['id_number', 'SSN 123-45-6789']],
    ['posted 123-45-6789 in the group', ['id_number', '123-45-6789']],
    ['Social Security number: 123456789', ['id_number', 'Social Security number: 123456789']],
    ['card 4111 1111 1111 1111 was used', ['id_number', '4111 1111 1111 1111']],
    ['card 4111-1111-1111-1111', ['id_number', '4111-1111-1111-1111']],
    ['Suspect is Jean-Luc Picard, DOB 01/02/1990', ['date_of_birth', 'DOB 01/02/1990']],
    ['date of birth: 1989-04-12', ['date_of_birth', 'date of birth: 1989-04-12']],
    ['she was born on March 3, 2012 and', ['date_of_birth', 'born on March 3, 2012']],
  ])('%s', (text, finding) => {
    expect(kinds(text)).toContainEqual(finding);
  });

  it.each([
    'Order 4111 1111 1111 1112 shipped', // fails the card check digit
    'Route 9 closed from 6-11 tonight',
    'Call 555-867-5309 for the tip line',
    'Born on the 4th of July parade is cancelled',
    'Case 2026-11-0042 is closed',
  ])('leaves %s without an identity number', (text) => {
    expect(kinds(text).filter(([kind]) => kind === 'id_number' || kind === 'date_of_birth')).toEqual([]);
  });

  it('redacts them and reports what was removed without repeating it', () => {
    const redacted = redactPrivacy('SSN 123-45-6789, DOB 04/12/1989', none);
    expect(redacted.text).toBe('[ID number removed], [date of birth removed]');
    expect(redacted.report.join(' ')).not.toMatch(/\d{4}/);
  });
});
