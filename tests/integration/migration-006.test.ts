import { openDatabase } from '../../src/store/database';
import { migrate } from '../../src/store/migrate';
import { MIGRATIONS } from '../../src/store/migrations';
import { MatchesRepo } from '../../src/store/matches-repo';

describe('migration 006: a match keeps its stance confidence and deciding sentence', () => {
  it('adds the columns, keeps older rows readable as null, and stores new values', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 5));
    const now = '2026-11-20T10:00:00.000Z';
    db.prepare(`INSERT INTO statements (id, slug, title, body, published_at, status, version, created_at, updated_at) VALUES (1, 's-1', 'Bridge closed', 'The bridge is closed.', ?, 'active', 1, ?, ?)`).run(now, now, now);
    db.prepare(`INSERT INTO matches (subject_type, subject_id, statement_id, rank, score, decision, stance, created_at) VALUES ('post', 7, 1, 1, 0.9, 'strong', 'contradicts', ?)`).run(now);
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 6))).toEqual([6]);
    const repo = new MatchesRepo(db);
    expect(repo.forSubject('post', 7)[0]).toMatchObject({ stance: 'contradicts', stanceConfidence: null, stanceSentence: null });
    repo.replace('post', 8, [{ statementId: 1, score: 0.8, decision: 'strong', stance: 'unclear', stanceReasons: ['read it'], stanceConfidence: 0.41, stanceSentence: 'The bridge is closed.', features: {}, thresholds: { possible: 0.1, strong: 0.6 } }], 'm', now);
    expect(repo.forSubject('post', 8)[0]).toMatchObject({ stance: 'unclear', stanceConfidence: 0.41, stanceSentence: 'The bridge is closed.' });
    db.close();
  });
});
