import { ClaimMatcher, type IndexableStatement } from '../../../src/core/matching/claim-matcher';
import { detectStance } from '../../../src/core/matching/stance-rules';

const WEIGHTS = { version: 'test', bias: -4.5, coverage: 5, titleCoverage: 2, dice: 3, bm25: 0.5, numbers: 0.5, url: 6 };

const STATEMENTS: IndexableStatement[] = [
  {
    id: 1,
    title: 'Elm Street Bridge closed as a precaution',
    body: 'City engineers closed the Elm Street Bridge over the Cedar River at 5:45 a.m. today.\n\nThe bridge has not collapsed, and we are not aware of any damage to it.',
    url: 'https://ridgeportpd.example/news/elm-bridge',
    publishedAt: '2026-11-03T11:45:00Z',
    status: 'active',
  },
  {
    id: 2,
    title: 'Shelter open at Lincoln Middle School',
    body: 'A flood shelter is open at Lincoln Middle School, 900 Lincoln Avenue. Pets are welcome in crates.\n\nFourteen people were rescued from cars; two people were treated for minor injuries.',
    url: 'https://ridgeportpd.example/news/shelter',
    publishedAt: '2026-11-03T15:00:00Z',
    status: 'active',
  },
  {
    id: 3,
    title: 'Tap water is safe to drink',
    body: 'Posts claim that floodwater contaminated the drinking water with E. coli. These claims are false. Every sample was negative for coliform bacteria.',
    url: 'https://ridgeportpd.example/news/water',
    publishedAt: '2026-11-08T15:00:00Z',
    status: 'active',
  },
];

const NOW = new Date('2026-11-09T00:00:00Z');

function matcherWith(statements = STATEMENTS): ClaimMatcher {
  const m = new ClaimMatcher(WEIGHTS);
  for (const s of statements) m.upsert(s);
  return m;
}

describe('claim matcher', () => {
  it('finds the statement a paraphrase with typos and hashtags is about', () => {
    const [top] = matcherWith().match('OMG the #ElmStreet bridge over the cedar river colapsed this morning!! avoid downtown', { now: NOW });
    expect(top?.statementId).toBe(1);
    expect(top?.decision).not.toBe('none');
    expect(top?.stance).toBe('contradicts');
    expect(top?.matchedTerms).toEqual(expect.arrayContaining(['bridge', 'cedar', 'river']));
    expect(top?.score).toBeGreaterThan(0);
    expect(top?.score).toBeLessThanOrEqual(1);
  });

  it('never auto-confirms a claim under eight words', () => {
    const [top] = matcherWith().match('Elm Street Bridge closed', { now: NOW });
    expect(top?.statementId).toBe(1);
    expect(top?.decision).not.toBe('confirmed');
  });

  it('matches a claim that is only a link by its URL', () => {
    const [top] = matcherWith().match('https://www.ridgeportpd.example/news/water/?utm_source=fb', { now: NOW });
    expect(top?.statementId).toBe(3);
    expect(top?.features.url).toBe(1);
    expect(top?.decision).toBe('confirmed');
  });

  it('never confirms with a retracted statement, and says why', () => {
    const retracted = STATEMENTS.map((s) => (s.id === 3 ? { ...s, status: 'retracted' as const } : s));
    const [top] = matcherWith(retracted).match("Don't drink the tap water, floodwater contaminated it with E. coli, share this now", { now: NOW });
    expect(top?.statementId).toBe(3);
    expect(top?.decision).not.toBe('confirmed');
    expect(top?.stanceReasons.join(' ')).toMatch(/retracted/);
  });

  it('updates incrementally: a removed statement is no longer found, an added one is', () => {
    const m = matcherWith();
    m.remove(2);
    expect(m.match('shelter open at Lincoln Middle School pets welcome', { now: NOW }).map((r) => r.statementId)).not.toContain(2);
    m.upsert({ ...STATEMENTS[1]!, id: 22 });
    expect(m.match('shelter open at Lincoln Middle School pets welcome', { now: NOW })[0]?.statementId).toBe(22);
  });

  it('ranks an old statement below an equally good recent one', () => {
    const old = { ...STATEMENTS[1]!, id: 9, publishedAt: '2025-01-01T00:00:00Z' };
    const results = matcherWith([STATEMENTS[1]!, old]).match('flood shelter open at Lincoln Middle School, pets welcome in crates', { now: NOW });
    expect(results[0]?.statementId).toBe(2);
    expect(results[1]?.features.stale).toBeGreaterThan(0);
  });
});

describe('stance', () => {
  const bridge = STATEMENTS[0]!;
  const shelter = STATEMENTS[1]!;
  it.each([
    ['numbers', 'Police made 40 arrests at the march downtown', { title: 'March ends peacefully', body: 'Two arrests were made after the march ended.' }, 'contradicts', /two arrests.*40 arrests/i],
    ['deaths against "no deaths"', '3 people drowned at the Mill Creek crossing', { title: 'Shelter open', body: 'There have been NO flood-related deaths in Ridgeport.' }, 'contradicts', /NO flood-related deaths/],
    ['deaths against injuries', 'Three people died in the flood, rescued too late', shelter, 'contradicts', /injur/],
    ['a denied event', 'The Elm Street bridge collapsed into the Cedar River', bridge, 'contradicts', /has not collapsed/],
    ['a debunked rumor', 'Floodwater contaminated the drinking water with E. coli', STATEMENTS[2]!, 'contradicts', /false/],
    ['agreement', 'Flood shelter open at Lincoln Middle School; pets welcome in crates', shelter, 'supports', /Lincoln/],
  ])('%s', (_name, claim, statement, stance, reason) => {
    const result = detectStance(claim, statement);
    expect(result.stance).toBe(stance);
    expect(result.reasons.join(' ')).toMatch(reason);
  });

  it('says not addressed when the statement does not settle the claim', () => {
    expect(detectStance('The mayor will resign next week over the flood response', bridge).stance).toBe('not_addressed');
  });
});
