import { summarizeClaim } from '../../../src/core/drafts';
import { scanPrivacy } from '../../../src/core/privacy';

const privacy = { allowedNames: [], publicHandles: [] };

describe("a holding message's summary of the claim", () => {
  it('drops a clause with a person in it whole, the title included', () => {
    expect(summarizeClaim('Northgate lockdown was ordered by Dr. Aisha Rahman', privacy)).toBe('Northgate lockdown was ordered by [name removed]');
  });

  it('drops what is left of a clause list once the personal data is gone ("34,")', () => {
    const summary = summarizeClaim('John Smith, 34, of 12 Oak Lane was shot dead near the park', privacy);
    expect(summary).not.toMatch(/34|John|Oak/);
    expect(summary).toContain('was shot dead near the park');
  });

  it('keeps the claim around a dropped name', () => {
    expect(summarizeClaim('BREAKING the bridge COLLAPSED, my neighbor Jamal Whitaker saw it #ridgeport', privacy)).toBe('the bridge collapsed');
  });
});

describe('the privacy guard reads a title before a pronoun as no name', () => {
  it.each(['The lockdown was ordered by Dr. We have no information.', 'Call Sgt. We will answer.'])('%s', (text) => {
    expect(scanPrivacy(text, privacy).findings).toEqual([]);
  });

  it('still finds the person after a title', () => {
    expect(scanPrivacy('ordered by Dr. Aisha Rahman today', privacy).findings.map((f) => f.kind)).toContain('person_name');
  });
});

describe('a cued name given with an initial', () => {
  it.each([['his name is D. Lindqvist, 45', 'D. Lindqvist'], ['the suspect, J. Ramos, fled north', 'J. Ramos']])('%s', (text, name) => {
    expect(scanPrivacy(text, privacy).findings.map((f) => f.value)).toContain(name);
  });
});
