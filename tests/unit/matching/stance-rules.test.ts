import type { IndexableStatement } from '../../../src/core/matching';
import { detectStance } from '../../../src/core/matching/stance-rules';


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

describe('stance rules', () => {
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

describe('stance rules on posts that agree', () => {
  it('a post linking the statement supports it unless it calls it false', () => {
    expect(detectStance('Read the update', STATEMENTS[0]!, { linksToStatement: true }).stance).toBe('supports');
    expect(detectStance('This "update" is fake, the bridge is gone', STATEMENTS[0]!, { linksToStatement: true }).stance).not.toBe('supports');
  });
  it('a post denying the rumor the statement debunks agrees with it', () => {
    expect(detectStance('No, floodwater has not contaminated the drinking water with E. coli', STATEMENTS[2]!).stance).toBe('supports');
  });
});

describe('stance rules reuse the analysis of a statement', () => {
  it('answers each claim on its own when claims alternate against the same statements', () => {
    const bridge = STATEMENTS[0]!;
    const water = STATEMENTS[2]!;
    for (let round = 0; round < 2; round++) {
      expect(detectStance('The Elm Street bridge collapsed into the Cedar River', bridge).stance).toBe('contradicts');
      expect(detectStance('Floodwater contaminated the drinking water with E. coli', water).stance).toBe('contradicts');
      expect(detectStance('The Elm Street bridge over the Cedar River is closed as a precaution', bridge).stance).toBe('supports');
    }
  });

  it('reads an edited statement object anew instead of its earlier text', () => {
    const statement = { title: 'Elm Street Bridge closed as a precaution', body: 'City engineers closed the Elm Street Bridge over the Cedar River today.' };
    const claim = 'The Elm Street bridge collapsed into the Cedar River';
    expect(detectStance(claim, statement).stance).not.toBe('contradicts');
    statement.body = 'City engineers closed the Elm Street Bridge over the Cedar River today. The bridge has not collapsed.';
    expect(detectStance(claim, statement).stance).toBe('contradicts');
  });
});
