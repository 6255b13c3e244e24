import { splitQuote } from '../../../src/core/scoring/quote-split';
import { stanceFeatures } from '../../../src/core/scoring/stance-features';

describe('splitQuote', () => {
  it.each([
    ['sad truth “@ann: 3 dead downtown”', '3 dead downtown', 'sad truth'],
    ['"@ann: 3 dead downtown" wow', '3 dead downtown', 'wow'],
    ['Hm. RT @ap: BREAKING: shops closed', 'BREAKING: shops closed', 'Hm.'],
    ['RT@ap shops closed', 'shops closed', ''],
    ['NOT shocked. MT @pundit Co-pilot was a convert', 'Co-pilot was a convert', 'NOT shocked.'],
  ])('%s', (text, quoted, own) => {
    const split = splitQuote(text);
    expect(split.quoted).toBe(quoted);
    expect(split.own.trim()).toBe(own);
  });

  it('leaves a reply without a quote whole', () => {
    expect(splitQuote('@ann is this true? "really"')).toEqual({ own: '@ann is this true? "really"', quoted: '' });
  });
});

describe('stanceFeatures', () => {
  const cues = { deny: ['fake'], support: ['agree'], query: ['source'] };
  const rumor = 'Gunman inside Parliament building in Ottawa';

  it('lets only the replier’s own words vote when the reply quotes the rumor', () => {
    const f = stanceFeatures('so sad “@cbc: Gunman inside Parliament building in Ottawa”', cues, { sourceText: rumor });
    expect(f.has('cue:quote_plus')).toBe(true);
    expect(f.has('w:sad')).toBe(true);
    expect([...f.keys()].some((k) => k.includes('parliament') || k.includes('gunman'))).toBe(false);
    expect(f.has('ctx:repeats_rumor')).toBe(true);
  });

  it('marks a bare quote as quote-only', () => {
    const f = stanceFeatures('RT @cbc: Gunman inside Parliament building in Ottawa', cues, { sourceText: rumor });
    expect(f.has('cue:quote_only')).toBe(true);
  });

  it('replaces the rumor’s own words with _src_ and stems the rest', () => {
    const f = stanceFeatures('the gunman was arrested, agreed', cues, { sourceText: rumor });
    expect(f.has('w:_src_')).toBe(true);
    expect(f.has('w:gunman')).toBe(false);
    expect(f.has('w:arrest')).toBe(true);
    expect(f.has('w:agre')).toBe(true);
  });

  it('adds one feature per named word list found', () => {
    const f = stanceFeatures('you idiot', { ...cues, lists: { insult: ['idiot'], agree: ['agree'] } });
    expect(f.has('cue:lex_insult')).toBe(true);
    expect(f.has('cue:lex_agree')).toBe(false);
  });

  it('gives n-grams the model’s value and cues 1', () => {
    const f = stanceFeatures('is this fake?', cues, {}, 0.4);
    expect(f.get('w:fake')).toBe(0.4);
    expect(f.get('w:this fake')).toBe(0.4);
    expect(f.get('cue:deny_word')).toBe(1);
  });
});
