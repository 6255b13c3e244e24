import { buildStatementIndex, loadMatchingModel, type IndexableStatement } from '../../../src/core/matching';
import { splitCompound, withCompoundParts } from '../../../src/core/matching/compound';
import { prepareQuery } from '../../../src/core/matching/query';

const vocab = new Set(['corn', 'flake', 'fyre', 'festiv', 'martelli', 'kristyna', 'georg', 'soro', 'chao']);
const known = (t: string) => vocab.has(t);
const idf = (t: string) => (t === 'martelli' ? 8 : 2);

describe('splitCompound', () => {
  it('splits a run-together compound into two indexed terms', () => {
    expect(splitCompound('cornflakes', known, idf)).toEqual(['corn', 'flake']);
    expect(splitCompound('fyrefestival', known, idf)).toEqual(['fyre', 'festiv']);
  });

  it('keeps a lone part only when it is rare', () => {
    expect(splitCompound('krystinamartelli', known, idf)).toEqual(['martelli']);
    expect(splitCompound('krystinafestival', known, idf)).toEqual([]);
  });

  it('finds nothing in short, unknown or non-letter words', () => {
    expect(splitCompound('corny', known, idf)).toEqual([]);
    expect(splitCompound('qwzxvbnmpl', known, idf)).toEqual([]);
    expect(splitCompound('corn2flakes', known, idf)).toEqual([]);
  });
});

describe('withCompoundParts', () => {
  it('replaces an unknown hashtag by its parts, as claim terms and names', () => {
    const q = withCompoundParts(prepareQuery('Total chaos at #Fyrefestival today'), known, idf);
    expect(q.uniqueTerms).toEqual(expect.arrayContaining(['chao', 'fyre', 'festiv']));
    expect(q.uniqueTerms).not.toContain('fyrefestiv');
    expect(q.names.has('fyre')).toBe(true);
  });

  it('adds the parts of a lower-case @handle, but not of the poster handle of a signature', () => {
    expect(withCompoundParts(prepareQuery('.@georgesoros admits it'), known, idf).uniqueTerms).toEqual(expect.arrayContaining(['georg', 'soro']));
    expect(withCompoundParts(prepareQuery('admits it — Some One (@georgesoros) May 1, 2019'), known, idf).uniqueTerms).not.toContain('soro');
  });

  it('returns the claim unchanged when nothing splits', () => {
    const q = prepareQuery('corn prices fell');
    expect(withCompoundParts(q, known, idf)).toBe(q);
  });
});

const statement = (id: number, title: string, body: string): IndexableStatement => ({ id, title, body, url: null, publishedAt: null, status: 'active' });

describe('matching words the index does not know', () => {
  // Only BM25 rank counts here: the reranker is reduced to the reciprocal rank.
  const model = loadMatchingModel({ version: 't', features: ['rankReciprocal'], weights: [1], bias: 0, candidates: 5, thresholds: { possible: 0.3, strong: 0.8 } });
  const index = buildStatementIndex(model, [
    statement(1, 'Were Kellogg corn flakes invented to curb desire?', 'A breakfast cereal story.'),
    statement(2, 'Did George Soros collaborate with the Nazis?', 'A claim about a financier.'),
    statement(3, 'Google defines a word oddly', 'Search results for a word.'),
  ]);

  it('finds a statement through a run-together hashtag', () => {
    expect(index.rankIds('Google why were these invented #cornflakes', 3)[0]).toBe(1);
  });

  it('finds a statement through a lower-case @handle, not through a signature handle', () => {
    expect(index.rankIds('.@georgesoros admits it', 3)).toEqual([2]);
    expect(index.rankIds('admits it — Some One (@georgesoros) May 1, 2019', 3)).toEqual([]);
  });

  it('learns a compound once a statement brings its parts', () => {
    expect(index.rankIds('#Fyrefestival is a disaster', 3)).toEqual([]);
    index.upsert(statement(4, 'Fyre Festival descends into chaos', 'Attendees stranded.'));
    expect(index.rankIds('#Fyrefestival is a disaster', 3)).toEqual([4]);
  });
});
