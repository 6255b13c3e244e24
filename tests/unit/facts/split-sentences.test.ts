import { splitSentences } from '../../../src/core/facts';

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital and at line breaks', () => {
    expect(splitSentences('Road closed. Use Route 4!\nupdates at noon')).toEqual(['Road closed.', 'Use Route 4!', 'updates at noon']);
  });

  it('keeps abbreviations and times whole', () => {
    expect(splitSentences('E. coli found at 3 p.m. today in the tank.')).toEqual(['E. coli found at 3 p.m. today in the tank.']);
  });

  it('gives nothing for empty text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
