import { redactPrivacy, scanPrivacy, isAllowedName } from '../../../src/core/privacy';

const ctx = { allowedNames: ['Dana Ruiz'], publicHandles: ['@RidgeportPD'] };
const kinds = (text: string) => scanPrivacy(text, ctx).findings.map((f) => `${f.kind}:${f.value}`);

describe('scanPrivacy', () => {
  it.each([
    ['call 555-0123 now', 'phone:555-0123'],
    ['call (312) 555-0142 now', 'phone:(312) 555-0142'],
    ['call +1 312 555 0142 now', 'phone:+1 312 555 0142'],
    ['call 312.555.0142', 'phone:312.555.0142'],
    ['call 1-800-555-0199', 'phone:1-800-555-0199'],
    ['text 3125550142', 'phone:3125550142'],
    ['mail jo.doe+x@example.co.uk today', 'email:jo.doe+x@example.co.uk'],
    ['shots at 1423 Maple Ave tonight', 'street_address:1423 Maple Ave'],
    ['at 22 N. Elm Street, Apt 4B there', 'street_address:22 N. Elm Street, Apt 4B'],
    ['the house on 8th Street is dark', 'street_address:8th Street'],
    ['white van, plate ABC-1234', 'licence_plate:ABC-1234'],
    ['a tag 7XYZ123 car', 'licence_plate:7XYZ123'],
    ['license plate number is ABC 1234.', 'licence_plate:ABC 1234'],
    ['ask @jo_w about it', 'handle:@jo_w'],
    ['Jamal Whitaker did it', 'person_name:Jamal Whitaker'],
    ['my neighbor Priya Natarajan saw it', 'person_name:Priya Natarajan'],
  ])('finds the datum in %j', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    'On Nov 2, 2026 at 10:30 a.m. (case 24-012345) call 911.',
    'Crews closed the 1400 block of Maple Ave; 2 people drive through daily.',
    'The Elm St bridge is open. Follow @RidgeportPD for updates.',
    'Officer Dana Ruiz and Sgt. Ruiz confirmed it.',
    'Please tag your friends and share.',
    'Write to press@example.gov',
  ])('leaves public information alone: %j', (text) => {
    const findings = scanPrivacy(text, { ...ctx, allowedValues: ['press@example.gov'] }).findings;
    expect(findings).toEqual([]);
  });

  it('reports offsets that point at the datum', () => {
    const text = 'Call Jamal at 555-0123';
    for (const f of scanPrivacy(text, ctx).findings) expect(text.slice(f.start, f.end)).toBe(f.value);
  });

  it('finds later mentions of a private surname the tagger would miss', () => {
    expect(kinds('Jamal Whitaker was there. Later Whitaker ran.')).toContain('person_name:Whitaker');
  });

  it('does not let an e-mail address count as a handle', () => {
    expect(kinds('jo@example.com')).toEqual(['email:jo@example.com']);
  });
});

describe('redactPrivacy', () => {
  it('replaces each finding with a placeholder and reports it without the datum', () => {
    const r = redactPrivacy('Call Jamal at 555-0123, plate ABC-1234', ctx);
    expect(r.text).toBe('Call [name removed] at [phone removed], plate [plate removed]');
    expect(r.report).toHaveLength(3);
    expect(r.report.join(' ')).not.toMatch(/555|Jamal|ABC/);
    expect(r.report[1]).toMatch(/phone number removed at characters 14-22/);
  });

  it('merges overlapping findings so no fragment survives', () => {
    const r = redactPrivacy('my neighbor Jamal Whitaker at 1423 Maple Ave', ctx);
    expect(r.text).not.toMatch(/Jamal|Whitaker|1423|Maple/);
  });
});

describe('isAllowedName', () => {
  it('allows parts and titled forms of one allowed name but not a mix of two', () => {
    expect(isAllowedName('Sgt. Ruiz', ['Dana Ruiz'])).toBe(true);
    expect(isAllowedName("Dana Ruiz's", ['Dana Ruiz'])).toBe(true);
    expect(isAllowedName('Dana Lopez', ['Dana Ruiz', 'Maria Lopez'])).toBe(false);
  });
});
