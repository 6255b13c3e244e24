import { createStatementReach } from '../../../src/usecases/triage/statement-reach';
import { createTriage } from '../../../src/usecases/triage/triage';
import type { MessagingReason } from '../../../src/core/reach';

/** Queue rows as the clusters use case returns them, reduced to what the two lists read. */
function row(id: number, action: string, messaging: MessagingReason | null, posts = 10) {
  return {
    id,
    representativeText: `cluster ${id}`,
    postCount: posts,
    uniqueAuthors: posts - 1,
    totalEngagement: posts * 10,
    lastSeen: null,
    triage: { priority: 100 - id, action, reason: null, harmCategory: null },
    messaging,
  };
}

const rows = [
  row(1, 'rebut_now', null),
  // Department messaging the scoring still wants answered: it is reach, never a rumor.
  row(2, 'clarify', { kind: 'link', statementId: 7 }, 30),
  row(3, 'no_action', { kind: 'words', statementId: 7 }, 5),
  row(4, 'no_action', { kind: 'supports', statementId: 8 }, 2),
  row(5, 'monitor', null),
];
const clusters = () => rows;

it('the triage queue holds rumors only, whatever action scoring gave the department\'s messaging', () => {
  expect(createTriage({ clusters })({}).map((r) => r.id)).toEqual([1, 5]);
});

it('statement reach groups the messaging by statement, most engagement first, with the kinds in order of strength', () => {
  const reach = createStatementReach({ clusters, statement: (id) => ({ id, title: `Statement ${id}`, url: null, status: id === 8 ? 'superseded' : 'active' }) })({});
  expect(reach.map((r) => r.statement.status)).toEqual(['active', 'superseded']);
  expect(reach.map((r) => [r.statement.id, r.posts, r.authors, r.engagement, r.recognisedBy, r.clusters.map((c) => c.id)])).toEqual([
    [7, 35, 33, 350, ['link', 'words'], [2, 3]],
    [8, 2, 1, 20, ['supports'], [4]],
  ]);
});
