import path from 'path';
import fc from 'fast-check';
import { composeDraft, draftAll, chooseDraftKind, extractFacts, restatesRumor, xLength, DRAFT_PLATFORMS } from '../../../src/core/drafts';
import { loadTemplates } from '../../../src/render';
import { baseInput, department, statement } from '../../fixtures/drafts/draft-inputs';
import { plantedClaim } from '../../fixtures/privacy-generators';

const templates = loadTemplates([path.resolve(__dirname, '../../../templates/drafts')]);

describe('chooseDraftKind', () => {
  it('maps stance and decision to a kind', () => {
    expect(chooseDraftKind('contradicts', 'strong', true)).toBe('correction');
    expect(chooseDraftKind('supports', 'possible', true)).toBe('confirmation');
    expect(chooseDraftKind('not_addressed', 'strong', true)).toBe('holding');
    expect(chooseDraftKind('unclear', 'strong', true)).toBe('holding');
    expect(chooseDraftKind('unclear', 'possible', true)).toBe('holding');
    expect(chooseDraftKind('contradicts', 'none', true)).toBe('holding');
    expect(chooseDraftKind('contradicts', 'strong', false)).toBe('holding');
  });
});

describe('extractFacts', () => {
  it('leads with the sentence that answers the claim and keeps "St." inside a sentence', () => {
    const facts = extractFacts(statement.body, 'the Elm St bridge collapsed');
    expect(facts.fact).toBe('The Elm St. bridge is open to all traffic.');
    expect(facts.evidence).toMatch(/^City engineers inspected it/);
  });
});

describe('composeDraft', () => {
  it('writes a correction that leads with the fact, does not quote the myth and links the statement', () => {
    const draft = composeDraft({ ...baseInput, platform: 'x' }, templates);
    expect(draft.kind).toBe('correction');
    expect(draft.text.startsWith('The Elm St. bridge is open')).toBe(true);
    expect(draft.text.toLowerCase()).not.toContain('collapsed');
    expect(draft.text).toContain(statement.url);
    expect(draft.length).toBe(xLength(draft.text));
    expect(draft.limit).toBe(280);
  });

  it('keeps names and numbers the statement itself publishes', () => {
    const facebook = composeDraft({ ...baseInput, platform: 'facebook', kind: 'confirmation' }, templates);
    expect(facebook.privacy.findings).toEqual([]);
  });

  it('reports what it removed from a holding message', () => {
    const draft = composeDraft({ ...baseInput, platform: 'facebook', statement: null, stance: 'not_addressed', decision: 'none' }, templates);
    expect(draft.kind).toBe('holding');
    expect(draft.text).toContain(department.url);
    expect(draft.text).not.toMatch(/Jamal|Whitaker|312-555-0142|\[name removed\]/);
  });

  it('refuses a correction without a statement', () => {
    expect(() => composeDraft({ ...baseInput, platform: 'x', statement: null, kind: 'correction' }, templates)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('drafts every platform, in registry order', () => {
    expect(draftAll(baseInput, templates).map((d) => d.platform)).toEqual(DRAFT_PLATFORMS);
  });
});

describe('composeDraft (property)', () => {
  const words = fc.array(fc.constantFrom('bridge', 'closed', 'water', 'school', 'fire', 'downtown', 'tonight', 'evacuation', 'road', 'shelter'), {
    minLength: 3,
    maxLength: 60,
  });
  const kinds = fc.constantFrom('correction', 'clarification', 'holding', 'confirmation' as const);

  it('never exceeds the X limit, always links, and never leaks a planted datum', () => {
    fc.assert(
      fc.property(plantedClaim, words, words, kinds, fc.boolean(), (claim, factWords, titleWords, kind, withTopic) => {
        const body = `${factWords.join(' ')}. Lt. Dana Ruiz confirmed it. ${titleWords.join(' ')}.`;
        const input = {
          ...baseInput,
          kind,
          claim: { text: claim.text, topic: withTopic ? 'the Elm St bridge' : null },
          statement: { ...statement, title: titleWords.join(' '), body },
        };
        for (const draft of draftAll(input, templates)) {
          if (draft.platform === 'x') expect(draft.length).toBeLessThanOrEqual(280);
          expect(draft.withinLimit).toBe(true);
          expect(draft.text).toContain(statement.url);
          for (const secret of claim.secrets) expect(draft.text).not.toContain(secret);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});

describe('the fact a draft leads with is never the rumor restated', () => {
  it.each([
    'We are aware of posts claiming that 12 people were killed at Northgate High School.',
    "We've seen messages saying the dam has failed.",
    'Posts circulating since Saturday afternoon claim that floodwater has contaminated the water.',
    'Rumors on social media suggest a curfew starts tonight.',
  ])('%s restates the rumor', (sentence) => {
    expect(restatesRumor(sentence)).toBe(true);
  });

  it.each(['Rumors that the bridge collapsed are false.', 'Reports of a second shooter are not true.', 'The bridge is open.', 'Tap water is safe to drink.'])('%s is an answer', (sentence) => {
    expect(restatesRumor(sentence)).toBe(false);
  });

  it('skips the statement\'s restatement of the claim, though it shares the most words with it', () => {
    const body = 'We are aware of posts claiming that 12 people were killed at Northgate High School. Both claims are false. No one was killed at Northgate High School.';
    expect(extractFacts(body, '12 people were killed at Northgate High School').fact).toBe('No one was killed at Northgate High School.');
  });

  it('falls back to the title when every sentence restates a rumor', () => {
    expect(extractFacts('We are aware of posts claiming the bridge fell.', 'bridge fell', 'Elm Street bridge is open').fact).toBe('Elm Street bridge is open.');
  });
});
