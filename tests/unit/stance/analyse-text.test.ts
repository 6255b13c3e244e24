import { analyseClaim, analyseText } from '../../../src/core/stance/analyse-text';
import { roundedFrom } from '../../../src/core/stance/stance-features';

const numbers = (text: string) => [...analyseClaim(text).numbers];

describe('numbers as the stance features read them', () => {
  // Sixteenth session: "roughly 18.4k customers" was read as 18.4 and "$5k reward" as 5, each a
  // number the statement (18,400; $5,000) "did not give", which held back a true post.
  it('reads a scale written after the digits', () => {
    expect(numbers('power out to roughly 18.4k customers')).toEqual(['18400']);
    expect(numbers('up to $5k reward')).toEqual(['5000']);
    expect(numbers('the grant is $2.5m')).toEqual(['2500000']);
    expect(numbers('about 6 thousand without power')).toEqual(['6000']);
    // "5m" without a dollar sign is as often metres or minutes.
    expect(numbers('water 5m deep')).toEqual(['5']);
  });

  it('keeps an ordinal apart from a count of the same digits', () => {
    expect(numbers('avoid larch st between 5th & 7th ave')).toEqual(['5th', '7th']);
    expect(numbers('5 hurt')).toEqual(['5']);
    // The suffix is read with the digits, not as a word of its own.
    expect(analyseText('Harbor Ave between 2nd and 4th').sentences[0]?.content).toEqual(['harbor', 'ave', '2nd', '4th']);
  });

  it('takes a round figure of a post as the statement figure it rounds, and no other', () => {
    expect(roundedFrom('6000', new Set(['6150', '18400']))).toBe(true);
    expect(roundedFrom('1000', new Set(['1150']))).toBe(true);
    expect(roundedFrom('5000', new Set(['1150']))).toBe(false);
    // Only figures that look rounded: a post's 17 is not the statement's 16.
    expect(roundedFrom('17', new Set(['16']))).toBe(false);
    expect(roundedFrom('6150', new Set(['6000']))).toBe(false);
  });
});
