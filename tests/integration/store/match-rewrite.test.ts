import { openDatabase, type Db } from '../../../src/store/database';
import { migrate } from '../../../src/store/migrate';
import { MatchesRepo, type StoredMatch } from '../../../src/store/matches-repo';

const FIRST = '2026-11-20T10:00:00.000Z';
const LATER = '2026-11-20T11:00:00.000Z';

function match(statementId: number, score: number, overrides: Partial<StoredMatch> = {}): StoredMatch {
  return {
    statementId,
    score,
    decision: 'strong',
    stance: 'contradicts',
    stanceReasons: ['the statement says "not collapsed"; the claim says "collapsed"'],
    stanceConfidence: 0.71,
    stanceSentence: 'The bridge has not collapsed.',
    features: { bm25: 3.2, coverage: 0.8 },
    thresholds: { possible: 0.3, strong: 0.6 },
    ...overrides,
  };
}

describe("a cluster's matches stored again", () => {
  let db: Db;
  let repo: MatchesRepo;
  const rows = () => db.prepare("SELECT id, statement_id, rank, score, created_at FROM matches WHERE subject_type = 'cluster' AND subject_id = 5 ORDER BY rank").all();

  beforeEach(() => {
    db = openDatabase(':memory:');
    migrate(db);
    const insert = db.prepare(`INSERT INTO statements (id, slug, title, body, published_at, status, version, created_at, updated_at) VALUES (?, ?, 'Bridge', 'The bridge has not collapsed.', ?, 'active', 1, ?, ?)`);
    for (const id of [1, 2, 3]) insert.run(id, `s-${id}`, FIRST, FIRST, FIRST);
    repo = new MatchesRepo(db);
    expect(repo.replace('cluster', 5, [match(1, 0.82), match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null })], 'm1', FIRST)).toBe(true);
  });
  afterEach(() => db.close());

  it('leaves an identical result as it was stored, rows and time', () => {
    const before = rows();
    expect(repo.replace('cluster', 5, [match(1, 0.82), match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null })], 'm1', LATER)).toBe(false);
    expect(rows()).toEqual(before);
    expect(repo.forSubject('cluster', 5).map((m) => m.createdAt)).toEqual([FIRST, FIRST]);
  });

  it.each([
    ['another score', [match(1, 0.83), match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null })], 'm1'],
    ['another stance', [match(1, 0.82, { stance: 'supports' }), match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null })], 'm1'],
    ['another reason', [match(1, 0.82, { stanceReasons: ['another reading'] }), match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null })], 'm1'],
    ['another feature value', [match(1, 0.82, { features: { bm25: 3.2, coverage: 0.7 } }), match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null })], 'm1'],
    ['another order', [match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null }), match(1, 0.82)], 'm1'],
    ['another model', [match(1, 0.82), match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null })], 'm2'],
    ['one match fewer', [match(1, 0.82)], 'm1'],
    ['one match more', [match(1, 0.82), match(2, 0.41, { decision: 'possible', stance: 'unclear', stanceConfidence: null, stanceSentence: null }), match(3, 0.35, { decision: 'possible' })], 'm1'],
  ] as const)('replaces the rows, with the new time, on %s', (_what, next, model) => {
    expect(repo.replace('cluster', 5, [...next], model, LATER)).toBe(true);
    const stored = repo.forSubject('cluster', 5);
    expect(stored.map((m) => [m.statementId, m.score, m.stance, m.modelVersion, m.createdAt])).toEqual(next.map((m) => [m.statementId, m.score, m.stance, model, LATER]));
  });

  it('clears the rows when nothing is usable any more, and stores nothing again for nothing', () => {
    expect(repo.replace('cluster', 5, [], 'm1', LATER)).toBe(true);
    expect(rows()).toEqual([]);
    expect(repo.replace('cluster', 5, [], 'm1', LATER)).toBe(false);
  });
});
