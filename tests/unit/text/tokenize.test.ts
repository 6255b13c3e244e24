import { extractEntities } from '../../../src/core/text/entities';
import { termsOf, tokenize } from '../../../src/core/text/tokenize';

describe('tokenize', () => {
  it('lower-cases, drops stop words and stems', () => {
    expect(termsOf('The bridges were CLOSED')).toEqual(['bridg', 'close']);
  });

  it('splits hashtags, drops handles, URLs and emojis, keeps numbers and number words', () => {
    const tokens = tokenize('@jsmith twelve dead at #NorthgateHigh 😱 https://t.co/abc 1,200 people');
    expect(tokens.map((t) => t.term)).toEqual(['12', 'dead', 'northgat', 'high', '1200', 'peopl']);
    expect(tokens.map((t) => t.surface)).toContain('twelve');
  });

  it('treats words that name Object.prototype members as words, not number words', () => {
    expect(tokenize('the constructor said twelve').map((t) => [t.term, t.numeric])).toEqual([
      ['constructor', false],
      ['said', false],
      ['12', true],
    ]);
  });

  it('drops a tweet embed signature date but keeps the poster name', () => {
    expect(termsOf('Fake news — Donald J. Trump (@realDonaldTrump) October 17, 2012')).toEqual(['fake', 'news', 'donald', 'trump']);
  });

  it('keeps the words of a camel-case handle, drops a lower-case one', () => {
    expect(termsOf('ask @RidgeportPolice and @jsmith1987')).toEqual(['ask', 'ridgeport', 'polic']);
  });

  it('keeps the digits inside a word as written (MH370, W32)', () => {
    // The previous stemmer used "3" as its internal stand-in for "y": mh370 became "mhy70".
    expect(termsOf('Flight MH370 and the W32 virus, A350s grounded')).toEqual(['flight', 'mh370', 'w32', 'virus', 'a350', 'ground']);
  });

  it('folds Unicode punctuation to the words of its ASCII spelling, and keeps accented letters', () => {
    // ASCII text takes a faster word pattern; curly quotes and dashes fold to ASCII first.
    expect(termsOf('Bridge “closed” — twelve hurt')).toEqual(termsOf('Bridge "closed" - twelve hurt'));
    expect(termsOf('Crash near the café in Zürich')).toEqual(['crash', 'near', 'café', 'zürich']);
  });

  it('marks mid-sentence capitalised words as names', () => {
    const tokens = tokenize('Police say the fire in Millbrook is out');
    expect(tokens.find((t) => t.surface === 'millbrook')?.capitalised).toBe(true);
    expect(tokens.find((t) => t.surface === 'fire')?.capitalised).toBe(false);
  });
});

describe('extractEntities', () => {
  it('finds people, organisations, numbers and dates', () => {
    const e = extractEntities('Chief Anna Lopez of the Ridgeport Police Department said twelve people died on Friday, March 3.');
    expect(e.people.join(' ')).toMatch(/Anna Lopez/);
    expect(e.organisations.join(' ')).toMatch(/Ridgeport Police Department/);
    expect(e.numbers).toContain('12');
    expect(e.dates.join(' ')).toMatch(/March 3/);
  });
});
