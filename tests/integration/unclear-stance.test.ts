import { readFileSync } from 'fs';
import { join } from 'path';
import { loadConfig } from '../../src/config';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { startHttp } from '../helpers/desk';

const DEMO_STATEMENTS = readFileSync(join(__dirname, '../../data/demo/statements.jsonl'), 'utf8');
const NOW = new Date('2026-11-20T12:00:00Z');
const CLAIM = 'The Elm Street Bridge just collapsed into the Cedar River!!! Avoid downtown, people are hurt';

/**
 * A desk whose stance reader abstains on every match, as the classifier of issue 16 does when it
 * is not confident: every surface must then say "read the statement" and settle nothing.
 */
function abstainingDesk(): OpenDesk {
  return openDesk(loadConfig({ db: ':memory:' }, {}), () => NOW, {
    decorate: (ports) => ({
      ...ports,
      matching: {
        ...ports.matching,
        modelVersion: ports.matching.modelVersion,
        match: (text, options) =>
          ports.matching.match(text, options).map((m) => (m.decision === 'none' ? m : { ...m, stance: 'unclear' as const, stanceReasons: ['the stance model is not confident'] })),
      },
    }),
  });
}

describe('an unclear stance, end to end', () => {
  let handle: OpenDesk;
  let clusterId: number;
  beforeAll(() => {
    handle = abstainingDesk();
    handle.desk.statements.importFile(DEMO_STATEMENTS, 'jsonl', 'test');
    const posts = Array.from({ length: 30 }, (_, i) => ({
      platform: 'x',
      id: `p${i}`,
      text: CLAIM,
      posted_at: new Date(NOW.getTime() - (30 - i) * 60_000).toISOString(),
      author: { handle: `resident${i}`, followers: 40 },
      engagement: { reposts: 40, likes: 200, replies: 10 },
    }));
    const summary = handle.desk.ingestPosts(posts);
    expect(summary.stored).toBe(30);
    clusterId = handle.db.prepare('SELECT cluster_id FROM post_clusters LIMIT 1').pluck().get() as number;
  });
  afterAll(() => handle.close());

  it('is stored on the cluster and its matches, which the schema accepts', () => {
    const cluster = handle.db.prepare('SELECT stance, match_decision FROM clusters WHERE id = ?').get(clusterId) as { stance: string; match_decision: string };
    expect(cluster.stance).toBe('unclear');
    expect(['strong', 'possible']).toContain(cluster.match_decision);
    const stances = handle.db.prepare("SELECT DISTINCT stance FROM matches WHERE subject_type = 'cluster' AND subject_id = ?").pluck().all(clusterId);
    expect(stances).toEqual(['unclear']);
  });

  it('settles no credibility and tells the officer to read the statement in triage', () => {
    const [item] = handle.desk.triage({ limit: 5 });
    expect(item?.id).toBe(clusterId);
    expect(item?.credibility?.label).not.toMatch(/^(confirmed|false)$/);
    expect(item?.credibility?.factors.find((f) => f.key === 'evidence_statement')).toMatchObject({ contribution: 0, sentence: expect.stringContaining('is unclear; read the statement') });
    expect(item?.triage?.action).not.toBe('rebut_now');
    expect(item?.triage?.reason).toMatch(/Read the department's statement: the desk cannot tell whether it backs or contradicts the claim\.$/);
  });

  it('drafts only holding messages, and exports no ClaimReview', () => {
    const forCluster = handle.desk.drafts.generate({ clusterId }, 'all', 'officer');
    const forText = handle.desk.drafts.preview(handle.desk.drafts.subjectOfText(CLAIM));
    expect(forCluster.length).toBeGreaterThan(0);
    expect(new Set([...forCluster, ...forText].map((d) => d.kind))).toEqual(new Set(['holding']));
    expect(() => handle.desk.claimReview.forCluster(clusterId)).toThrow(expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('is not settled by a statement') }));
  });

  it('shows "unclear — read the statement" beside the match strength on the cluster and check pages', async () => {
    const http = await startHttp(handle);
    try {
      const cluster = await (await fetch(`${http.url}/clusters/${clusterId}`)).text();
      expect(cluster).toContain('unclear — read the statement');
      expect(cluster).toMatch(/badge decision-(strong|possible)">(strong|possible) match</);
      // No link to an export that would only answer 409: the page says why there is none.
      expect(cluster).not.toContain('id="claimreview-link"');
      expect(cluster).toMatch(/id="claimreview-unavailable">No ClaimReview export yet: Cluster \d+ is not settled by a statement/);
      const check = await (await fetch(`${http.url}/?text=${encodeURIComponent(CLAIM)}`)).text();
      expect(check).toContain('unclear — read the statement');
    } finally {
      await http.close();
    }
  });
});
