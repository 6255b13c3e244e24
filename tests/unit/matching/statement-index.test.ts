import { buildStatementIndex, loadMatchingModel, StatementIndex } from '../../../src/core/matching';
import { NOW, STATEMENTS, testModel } from './fixtures';

const index = () => buildStatementIndex(testModel(), STATEMENTS);

describe('StatementIndex retrieval', () => {
  it('finds the statement a paraphrase with a typo and a hashtag is about', () => {
    const [top] = index().match('OMG the #ElmStreet bridge over the cedar river colapsed this morning!! avoid downtown', { now: NOW });
    expect(top?.statementId).toBe(1);
    expect(top?.matchedTerms).toEqual(expect.arrayContaining(['bridge', 'cedar', 'river']));
  });

  it('reaches a statement through a WordNet-style synonym', () => {
    const results = index().match('people say the water supply has e coli in it from the flood', { now: NOW });
    expect(results[0]?.statementId).toBe(3);
  });

  it('returns calibrated scores in [0, 1], best first, with features and thresholds', () => {
    const results = index().match('shooting at northgate mall, one shooter, someone hurt', { now: NOW, k: 3 });
    expect(results[0]?.statementId).toBe(2);
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.thresholds).toEqual({ possible: 0.3, strong: 0.8 });
      expect(typeof r.features.queryCoverage).toBe('number');
    }
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('StatementIndex features', () => {
  const withFeatures = (features: string[], weights: number[], relatedness: object = { groups: [] }) =>
    loadMatchingModel({ version: 't', features, weights, bias: -2, candidates: 20, thresholds: { possible: 0.3, strong: 0.8 } }, relatedness);

  it('compares the year a pasted tweet was posted with the years a statement names', () => {
    const statements = [
      { ...STATEMENTS[1]!, id: 1, title: 'Mall shooting in June 2019', body: 'One person was injured at Northgate Mall.' },
      { ...STATEMENTS[1]!, id: 2, title: 'Mall shooting in May 2012', body: 'One person was injured at Northgate Mall.' },
    ];
    const idx = buildStatementIndex(withFeatures(['yearMatch', 'yearMismatch', 'queryCoverage'], [2, -2, 4]), statements);
    const results = idx.match('Shooting at Northgate Mall right now, one injured — Ann Lee (@annlee) June 4, 2019', { k: 2 });
    expect(results.map((r) => r.statementId)).toEqual([1, 2]);
    expect(results[0]?.features).toMatchObject({ yearMatch: 1, yearMismatch: 0 });
    expect(results[1]?.features).toMatchObject({ yearMatch: 0, yearMismatch: 1 });
    expect(idx.match('Shooting at Northgate Mall right now, one injured', { k: 1 })[0]?.features.yearMatch).toBe(0);
  });

  it('reaches a statement word through a learned association, not through the word itself', () => {
    const statements = [
      { ...STATEMENTS[0]!, id: 1, title: 'State of the Union viewing figures', body: 'More people watched the address than the Super Bowl.' },
      { ...STATEMENTS[0]!, id: 2, title: 'Super Bowl viewing figures', body: 'The Super Bowl drew a record audience for the network.' },
    ];
    const model = withFeatures(['association', 'queryCoverage'], [6, 2], { groups: [], associations: [['sotu', 'union', 0.8]] });
    const [top] = buildStatementIndex(model, statements).match('The SOTU had more viewers than the Super Bowl', { k: 2 });
    expect(top?.statementId).toBe(1);
    expect(top?.features.association).toBeGreaterThan(0.5);
  });

  it('computes the TF-IDF cosine for searched candidates and for statements reached by link alone', () => {
    const claim = 'Elm Street Bridge closed over the Cedar River https://ridgeportpd.example/news/elm-bridge';
    const idx = buildStatementIndex(withFeatures(['cosine'], [1]), STATEMENTS);
    const viaSearch = idx.match(claim, { now: NOW }).find((r) => r.statementId === 1);
    const linkOnly = buildStatementIndex(withFeatures(['cosine'], [1]), STATEMENTS).match('https://ridgeportpd.example/news/elm-bridge', { now: NOW })[0];
    expect(viaSearch?.features.cosine).toBeGreaterThan(0.3);
    expect(linkOnly?.statementId).toBe(1);
    expect(linkOnly?.features.cosine).toBe(0);
  });
  it('scales graded features by the best candidate of the same claim', () => {
    const results = buildStatementIndex(withFeatures(['cosineRel'], [1]), STATEMENTS).match('Elm Street Bridge closed, one person injured at the mall, water safe to drink', { now: NOW, k: 5 });
    const best = Math.max(...results.map((r) => r.features.cosine as number));
    expect(results.length).toBeGreaterThan(1);
    for (const r of results) expect(r.features.cosineRel).toBeCloseTo((r.features.cosine as number) / best, 12);
    expect(results.filter((r) => r.features.cosineRel === 1)).toHaveLength(1);
  });
});

describe('StatementIndex guards', () => {
  it('never confirms a claim under eight words', () => {
    const [top] = index().match('Elm Street Bridge closed', { now: NOW });
    expect(top?.statementId).toBe(1);
    expect(top?.decision).not.toBe('strong');
  });

  it('confirms a long, close claim', () => {
    const [top] = index().match('City engineers closed the Elm Street Bridge over the Cedar River on Tuesday as a precaution', { now: NOW });
    expect(top?.statementId).toBe(1);
    expect(top?.decision).toBe('strong');
  });

  it('matches a claim that is only a link by its canonical URL', () => {
    const [top] = index().match('https://www.ridgeportpd.example/news/water/?utm_source=fb', { now: NOW });
    expect(top?.statementId).toBe(3);
    expect(top?.features.url).toBe(1);
    expect(top?.decision).toBe('strong');
  });

  it('never confirms a retracted statement and flags it', () => {
    const statements = STATEMENTS.map((s) => (s.id === 1 ? { ...s, status: 'retracted' as const } : s));
    const [top] = buildStatementIndex(testModel(), statements).match('City engineers closed the Elm Street Bridge over the Cedar River on Tuesday as a precaution', { now: NOW });
    expect(top?.statementId).toBe(1);
    expect(top?.decision).not.toBe('strong');
    expect(top?.features.retracted).toBe(1);
    expect(top?.decisionNotes.join(' ')).toMatch(/retracted/);
    expect(top?.stanceReasons.join(' ')).not.toMatch(/retracted/);
  });

  it('ranks a statement older than the recency window lower', () => {
    const claim = 'Elm Street Bridge over the Cedar River closed';
    const fresh = index().match(claim, { now: NOW })[0];
    const late = index().match(claim, { now: new Date('2027-06-01T00:00:00Z') })[0];
    expect(late?.score).toBeLessThan(fresh?.score ?? 0);
    expect(late?.features.stale).toBeGreaterThan(0);
  });

  it('ranks a superseded statement lower than the same active one', () => {
    const claim = 'Elm Street Bridge over the Cedar River closed';
    const superseded = buildStatementIndex(testModel(), STATEMENTS.map((s) => (s.id === 1 ? { ...s, status: 'superseded' as const } : s))).match(claim, { now: NOW })[0];
    expect(superseded?.score).toBeLessThan(index().match(claim, { now: NOW })[0]?.score ?? 0);
  });
});

describe('StatementIndex: superseded statements yield to their replacement', () => {
  const claim = 'The exposure was at the Main Street pharmacy in Halsey Falls on Monday';
  const notice = { id: 10, title: 'Measles exposure at the Main Street pharmacy, Halsey Falls', body: 'People at the Main Street pharmacy in Halsey Falls on Monday afternoon may have been exposed to measles.', url: null, publishedAt: '2026-10-07T15:00:00Z', status: 'active' as const };
  const correction = { id: 11, title: 'Correction: measles exposure location', body: 'Yesterday we named the wrong place. The exposure site was the Ridge Road store in Pike Crossing.', url: null, publishedAt: '2026-10-08T15:00:00Z', status: 'active' as const };
  const corrected = [{ ...notice, status: 'superseded' as const, supersededBy: 11 }, correction];
  const after = new Date('2026-10-09T00:00:00Z');

  it('ranks the current replacement first, as high as the statement it replaces, and says why', () => {
    const active = buildStatementIndex(testModel(), [notice, correction]).match(claim, { now: after, k: 2 });
    expect(active[0]?.statementId).toBe(10);
    const results = buildStatementIndex(testModel(), corrected).match(claim, { now: after, k: 2 });
    expect(results.map((r) => r.statementId)).toEqual([11, 10]);
    expect(results[0]?.score).toBeCloseTo(active[0]?.score ?? -1, 6);
    expect(results[0]?.decisionNotes).toContain('ranked as high as statement 10, which this statement replaces');
  });

  it('follows a chain of replacements to the active one', () => {
    const third = { ...correction, id: 12, title: 'Measles: exposure sites updated', body: 'The exposure sites are listed on our website.', publishedAt: '2026-10-08T18:00:00Z' };
    const chain = [{ ...notice, status: 'superseded' as const, supersededBy: 11 }, { ...correction, status: 'superseded' as const, supersededBy: 12 }, third];
    expect(buildStatementIndex(testModel(), chain).match(claim, { now: after, k: 3 })[0]?.statementId).toBe(12);
  });

  it('leaves a claim judged before the replacement was published with the statement of its time', () => {
    const before = new Date('2026-10-07T20:00:00Z');
    expect(buildStatementIndex(testModel(), corrected).match(claim, { now: before, k: 2 })[0]?.statementId).toBe(10);
  });

  it('never lifts a retracted replacement', () => {
    const retracted = [{ ...notice, status: 'superseded' as const, supersededBy: 11 }, { ...correction, status: 'retracted' as const }];
    expect(buildStatementIndex(testModel(), retracted).match(claim, { now: after, k: 2 })[0]?.statementId).toBe(10);
  });
});

describe('StatementIndex updates', () => {
  it('upsert adds and replaces, remove deletes', () => {
    const idx = new StatementIndex(testModel());
    expect(idx.size).toBe(0);
    idx.upsert(STATEMENTS[0]!);
    idx.upsert({ ...STATEMENTS[1]!, id: 9 });
    expect(idx.size).toBe(2);
    expect(idx.match('shooting at northgate mall one injured')[0]?.statementId).toBe(9);
    idx.upsert({ ...STATEMENTS[2]!, id: 9 });
    expect(idx.size).toBe(2);
    expect(idx.match('shooting at northgate mall one injured').map((r) => r.statementId)).not.toContain(9);
    idx.remove(1);
    expect(idx.size).toBe(1);
    expect(idx.match('Elm Street Bridge closed').map((r) => r.statementId)).not.toContain(1);
  });

  it('forgets a removed or re-addressed statement for URL-only claims', () => {
    const idx = buildStatementIndex(testModel(), STATEMENTS);
    const link = 'https://ridgeportpd.example/news/water';
    expect(idx.match(link, { now: NOW })[0]?.features.url).toBe(1);
    idx.upsert({ ...STATEMENTS[2]!, url: 'https://ridgeportpd.example/news/other' });
    expect(idx.match(link, { now: NOW }).some((r) => r.features.url === 1)).toBe(false);
    idx.remove(STATEMENTS[2]!.id);
    expect(idx.match('https://ridgeportpd.example/news/other', { now: NOW }).map((r) => r.statementId)).not.toContain(STATEMENTS[2]!.id);
  });

  it('scores a claim after upserts exactly as a fresh build does (cached per-passage sums follow the index)', () => {
    const idx = buildStatementIndex(testModel(), STATEMENTS);
    const claim = 'Elm Street Bridge closed over the Cedar River';
    idx.match(claim, { now: NOW });
    const extra = [0, 1, 2, 3, 4].map((i) => ({ ...STATEMENTS[1]!, id: 100 + i, body: 'Cedar River flood warning for the Elm district.' }));
    for (const s of extra) idx.upsert(s);
    const fresh = buildStatementIndex(testModel(), [...STATEMENTS, ...extra]);
    const coverage = (i: StatementIndex) => i.match(claim, { now: NOW }).find((r) => r.statementId === 1)?.features.passageCoverage;
    expect(coverage(idx)).toBeDefined();
    expect(coverage(idx)).toBeCloseTo(coverage(fresh) as number, 9);
  });

  it('scores the same whether or not the index was primed after a bulk build', () => {
    const unprimed = new StatementIndex(testModel());
    for (const s of STATEMENTS) unprimed.upsert(s);
    const primed = buildStatementIndex(testModel(), STATEMENTS);
    const claim = 'people say the water supply has e coli in it from the flood';
    const scores = (i: StatementIndex) => i.match(claim, { now: NOW, k: 3 }).map((r) => [r.statementId, r.score]);
    expect(scores(primed)).toEqual(scores(unprimed));
    expect(scores(primed).length).toBeGreaterThan(0);
  });
});
