import { openDatabase } from '../../../src/store/database';
import { migrate } from '../../../src/store/migrate';
import { StatementsRepo } from '../../../src/store/statements-repo';

describe('StatementsRepo.findByIds', () => {
  const db = openDatabase(':memory:');
  migrate(db);
  const repo = new StatementsRepo(db);
  const now = '2026-11-03T12:00:00.000Z';
  const made = ['Bridge closed', 'Shelter open', 'Water safe'].map((title, i) =>
    repo.insert({ slug: `s-${i}`, title, body: `${title} today.`, incident: null, topic: null, url: null, publishedAt: now, status: 'active' }, now),
  );
  afterAll(() => db.close());

  it('returns exactly the statements asked for, by id, whatever the order', () => {
    const [a, , c] = made as [(typeof made)[0], (typeof made)[0], (typeof made)[0]];
    const found = repo.findByIds([c.id, a.id]);
    expect([...found.keys()].sort()).toEqual([a.id, c.id].sort());
    expect(found.get(c.id)).toEqual(repo.findById(c.id));
  });

  it('skips unknown ids and answers an empty list with an empty map', () => {
    expect(repo.findByIds([999_999]).size).toBe(0);
    expect(repo.findByIds([]).size).toBe(0);
  });
});
