import { phraseCues } from '../../../src/core/scoring/stance-phrase-cues';
import { stanceFeatures, type StanceCues } from '../../../src/core/scoring/stance-features';

const cues: StanceCues = { deny: ['fake'], support: ['confirmed'], query: ['source'] };

describe('phraseCues', () => {
  it.each([
    ['@bbc source?', ['cue:qmark_end', 'cue:asks_source']],
    ['@cnn No, that never happened', ['cue:opens_no']],
    ['Is this true? http://t.co/x', ['cue:qmark_end', 'cue:asks_true']],
    ['that is not true lol', ['cue:laugh', 'cue:not_true']],
    ['know what? they were there', []],
  ])('%s → %j', (text, expected) => {
    expect(phraseCues(text)).toEqual(expected);
  });

  it('a question mark only counts as final when nothing but links follows it', () => {
    expect(phraseCues('really? I saw it myself')).not.toContain('cue:qmark_end');
    expect(phraseCues('really? https://t.co/abc')).toContain('cue:qmark_end');
  });
});

describe('stanceFeatures extras', () => {
  it('a model without extras gets exactly the older features', () => {
    const older = stanceFeatures('@bbc source?', cues, { directReply: true });
    expect([...older.keys()].some((f) => f.includes('|') || f === 'cue:asks_source')).toBe(false);
  });

  it('crosses every cue with where the reply stands, only when that is known', () => {
    const direct = stanceFeatures('@bbc source?', cues, { directReply: true }, 1, { phraseCues: true, crossPosition: true });
    expect(direct.get('cue:asks_source|direct')).toBe(1);
    expect(direct.get('cue:qmark|direct')).toBe(1);
    expect(direct.has('cue:qmark|nested')).toBe(false);
    const nested = stanceFeatures('@bbc source?', cues, { directReply: false }, 1, { crossPosition: true });
    expect(nested.get('cue:qmark|nested')).toBe(1);
    const unknown = stanceFeatures('@bbc source?', cues, {}, 1, { crossPosition: true });
    expect([...unknown.keys()].some((f) => f.includes('|'))).toBe(false);
  });
});
