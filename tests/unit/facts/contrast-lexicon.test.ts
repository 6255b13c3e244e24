import { createContrastLexicon, extractKeyFacts } from '../../../src/core/facts';
import { lexicon } from './lexicon';

describe('createContrastLexicon', () => {
  const small = createContrastLexicon({
    version: 't',
    provenance: 't',
    groups: [{ slot: 'status:gate', kind: 'status', values: { up: ['raised'], down: ['lowered'], stuck: ['jammed'] }, opposed: [['up', 'down']] }],
    ignore: ['raised concerns'],
    antonyms: [['wet', 'dri']],
  });

  it('opposes the listed pairs of values only', () => {
    expect(small.valuesOpposed('status:gate', 'up', 'down')).toBe(true);
    expect(small.valuesOpposed('status:gate', 'up', 'stuck')).toBe(false);
  });

  it('opposes WordNet stems and one-word phrases of opposed values, both ways', () => {
    expect(small.opposed('dri', 'wet')).toBe(true);
    expect(small.opposed('lower', 'rais')).toBe(true);
    expect(small.opposed('rais', 'jam')).toBe(false);
  });

  it('negates a value only where the group says what it becomes', () => {
    expect(small.negatedValue('status:gate', 'up')).toBeUndefined();
    expect(lexicon.negatedValue('status:closure', 'closed')).toBe('open');
    expect(lexicon.negatedValue('outcome:person', 'injured')).toBe('unharmed');
  });

  it('indexes phrases longest first, ignored phrases with no slot', () => {
    expect(small.phrasesStartingWith('raised')?.map((p) => p.slot)).toEqual([null, 'status:gate']);
    expect(small.phrasesStartingWith('raising')?.map((p) => p.slot)).toEqual([null, 'status:gate']);
  });

  it('the shipped lexicon has WordNet pairs and the public-safety pairs', () => {
    expect(lexicon.opposed('aliv', 'dead')).toBe(true);
    expect(lexicon.opposed('lift', 'extend')).toBe(true);
    expect(lexicon.opposed('close', 'dead')).toBe(false);
  });

  describe('cued phrases and blockers', () => {
    const gates = createContrastLexicon({
      version: 't',
      provenance: 't',
      groups: [{ slot: 'status:gate', kind: 'status', values: { up: ['raised'], down: ['lowered'] }, cued: { up: ['still going'] }, cues: ['gate'], blockers: ['flag'] }],
      antonyms: [],
    });
    const read = (text: string): string[] => extractKeyFacts(text, gates, { antonyms: false }).map((f) => f.value);

    it('reads a cued phrase only with a cue near it in its clause', () => {
      expect(read('the gates are still going up')).toEqual(['up']);
      expect(read('the party is still going')).toEqual([]);
      expect(read('the gate jammed; the party is still going')).toEqual([]);
    });

    it('silences a group where a blocker is named and no cue', () => {
      expect(read('the flag was raised')).toEqual([]);
      expect(read('the flag on the gate was raised')).toEqual(['up']);
      expect(read('it was raised')).toEqual(['up']);
    });
  });
});
