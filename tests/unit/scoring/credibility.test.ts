import fc from 'fast-check';
import { scoreClaim, scoreCluster } from '../../../src/core/scoring';
import type { ClaimEvidence, ClusterEvidence, CredibilityResult } from '../../../src/core/scoring';
import { lexicons, model, NOW } from './load-scoring';

const plain: ClaimEvidence = {
  text: 'The Elm Street bridge is closed this morning',
  author: { verified: false, followers: 800, following: 600, accountCreatedAt: '2019-03-01T00:00:00Z' },
  postedAt: '2026-11-28T10:00:00Z',
};

function score(claim: ClaimEvidence): CredibilityResult {
  return scoreClaim(claim, model, lexicons, NOW);
}

function cluster(c: Partial<ClusterEvidence>): CredibilityResult {
  return scoreCluster({ representative: plain, ...c }, model, lexicons, NOW);
}

function factor(r: CredibilityResult, key: string) {
  return r.factors.find((f) => f.key === key);
}

describe('department evidence dominates', () => {
  const trusted: ClaimEvidence = { ...plain, author: { verified: true, followers: 2_000_000, following: 10, accountCreatedAt: '2009-01-01T00:00:00Z' }, links: ['https://reuters.com/x'] };

  it('a contradiction from a strong match makes the claim false whatever the source', () => {
    const r = score({ ...trusted, evidence: { decision: 'strong', stance: 'contradicts', statementTitle: 'Elm St bridge reopened', score: 0.91 } });
    expect(r.label).toBe('false');
    expect(r.score).toBeLessThanOrEqual(10);
    expect(r.factors[0]?.sentence).toBe("Contradicted by the department's statement 'Elm St bridge reopened' (match 0.91).");
    expect(r.factors[0]?.contribution).toBeLessThanOrEqual(-40);
  });

  it('a contradiction from a possible match gives likely_false', () => {
    const r = score({ ...trusted, evidence: { decision: 'possible', stance: 'contradicts', statementTitle: 'x', score: 0.6 } });
    expect(r.label).toBe('likely_false');
    expect(r.score).toBeLessThanOrEqual(30);
  });

  it('support from a strong match makes even a shouty claim confirmed', () => {
    const r = score({ text: 'SHARE NOW!!! bridge CLOSED', evidence: { decision: 'strong', stance: 'supports', statementTitle: 'Elm St bridge closed' } });
    expect(r.label).toBe('confirmed');
    expect(r.score).toBeGreaterThanOrEqual(90);
  });

  // Issue 16: a support the desk is unsure of must not close a rumor as true.
  it('support from a possible match sets no floor and no label, and says the match needs a check', () => {
    const text = 'SHARE NOW!!! bridge CLOSED';
    const without = score({ text });
    const r = score({ text, evidence: { decision: 'possible', stance: 'supports', statementTitle: 'Elm St bridge closed', score: 0.4 } });
    expect(r.score).toBe(without.score);
    expect(r.label).toBe(without.label);
    expect(r.label).not.toBe('confirmed');
    expect(factor(r, 'evidence_statement')?.sentence).toMatch(/possible match \(match 0\.40\); an officer must check it/);
  });

  it.each(['strong', 'possible'] as const)('an unclear stance (%s match) moves nothing and says to read the statement', (decision) => {
    const without = score(plain);
    const r = score({ ...plain, evidence: { decision, stance: 'unclear', statementTitle: 'Elm St bridge', score: 0.7 } });
    expect(r.score).toBe(without.score);
    expect(r.label).toBe(without.label);
    expect(factor(r, 'evidence_statement')).toEqual({
      key: 'evidence_statement',
      group: 'evidence',
      contribution: 0,
      sentence: "The department's statement 'Elm St bridge' is on this topic, but whether it backs or contradicts the claim is unclear; read the statement (match 0.70).",
    });
  });

  it('a statement that does not address the claim leaves the label to the model', () => {
    const without = score(plain);
    const r = score({ ...plain, evidence: { decision: 'strong', stance: 'not_addressed' } });
    expect(r.score).toBe(without.score);
    expect(factor(r, 'evidence_statement')?.contribution).toBe(0);
  });
});

describe('each factor moves the score the right way', () => {
  const base = score(plain).score;

  it.each([
    ['urgency', 'The Elm Street bridge is closed this morning, share before they delete this'],
    ['sensational words', 'The Elm Street bridge is closed this morning, shocking chaos'],
    ['exclamation run', 'The Elm Street bridge is closed this morning!!!'],
    ['all caps', 'THE ELM STREET BRIDGE IS CLOSED THIS MORNING'],
    ['question', 'Is the Elm Street bridge closed this morning?'],
  ])('%s lowers credibility', (_name, text) => {
    expect(score({ ...plain, text }).score).toBeLessThan(base);
  });

  it('a verified, widely followed author raises it', () => {
    expect(score({ ...plain, author: { ...plain.author, verified: true } }).score).toBeGreaterThan(base);
    expect(score({ ...plain, author: { ...plain.author, followers: 900_000 } }).score).toBeGreaterThan(base);
  });

  it('a brand-new account never raises it', () => {
    const r = score({ ...plain, author: { ...plain.author, accountCreatedAt: '2026-11-20T00:00:00Z' } });
    expect(r.score).toBeLessThanOrEqual(base);
    expect(r.factors.find((f) => f.key === 'source_account_age')?.sentence).toContain('only 8 days old');
  });

  it('an author whose earlier claims were contradicted lowers it', () => {
    const r = score({ ...plain, authorHistory: { priorClaims: 4, priorContradicted: 3 } });
    expect(r.score).toBeLessThan(base);
    expect(factor(r, 'source_history')?.sentence).toBe("3 of the author's 4 earlier claims on this desk were contradicted by the department.");
  });

  it("says a prolific author's record is their latest claims, which is all the desk reads", () => {
    const r = score({ ...plain, authorHistory: { priorClaims: 20, priorContradicted: 12 } });
    expect(factor(r, 'source_history')?.sentence).toBe("12 of the author's last 20 claims on this desk were contradicted by the department.");
  });

  it('low-credibility links lower it and trusted links raise it', () => {
    const low = score({ ...plain, links: ['https://www.infowars.com/story'] });
    const good = score({ ...plain, links: ['https://apnews.com/article/1'] });
    expect(low.score).toBeLessThan(base);
    expect(good.score).toBeGreaterThan(low.score);
    expect(factor(low, 'links_low_credibility')?.contribution).toBeLessThan(0);
    expect(factor(good, 'links_trusted')?.contribution).toBeGreaterThan(0);
  });

  it('replies that deny lower it; replies that support raise it', () => {
    const none = cluster({}).score;
    const denied = cluster({ crowd: { support: 0, deny: 8, query: 1, comment: 3 } });
    const backed = cluster({ crowd: { support: 8, deny: 0, query: 0, comment: 3 } });
    expect(denied.score).toBeLessThan(none);
    expect(backed.score).toBeGreaterThan(denied.score);
    expect(factor(denied, 'crowd_deny')?.sentence).toBe('8 of 12 replies deny the claim.');
  });

  it('corrections already posted lower it', () => {
    const crowd = { support: 1, deny: 1, query: 1, comment: 3 };
    expect(cluster({ crowd: { ...crowd, corrections: 6 } }).score).toBeLessThan(cluster({ crowd }).score);
  });

  it('coordinated copies from new accounts lower it', () => {
    const organic = cluster({ spread: { postCount: 40, uniqueAuthors: 38, newAccountPosts: 1, identicalTextAuthors: 0, postsLastHour: 2, postsPerHourPeak: 6 } });
    const campaign = cluster({ spread: { postCount: 40, uniqueAuthors: 38, newAccountPosts: 30, identicalTextAuthors: 25, postsLastHour: 30, postsPerHourPeak: 30, postsPrevHours: 3 } });
    expect(campaign.score).toBeLessThan(organic.score);
    expect(factor(campaign, 'spread_coordination')?.sentence).toBe('25 different accounts posted identical text, a sign of coordination.');
    expect(factor(campaign, 'spread_new_accounts')?.contribution).toBeLessThan(0);
  });

  it('names the copied posts and the new accounts\' posts behind the spread factors, and links them', () => {
    const ref = (id: string) => ({ kind: 'post' as const, id, url: `https://x.com/a/status/${id}` });
    const spread = { postCount: 20, uniqueAuthors: 18, newAccountPosts: 9, copyPosts: 12, postsLastHour: 1, postsPerHourPeak: 4 };
    const named = cluster({ spread: { ...spread, copyExamples: ['4', '7', '9', '11', '15'].map(ref), newAccountExamples: [ref('7')] } });
    expect(factor(named, 'spread_coordination')?.sentence).toBe('12 of 20 posts are copy-pasted identical text (posts #4, #7, #9 and 9 more).');
    expect(factor(named, 'spread_coordination')?.refs?.map((r) => r.id)).toEqual(['4', '7', '9', '11', '15']);
    expect(factor(named, 'spread_new_accounts')?.sentence).toBe('9 of 20 posts come from accounts less than 30 days old (post #7 and 8 more).');
    // Counts alone (the benchmark's threads) still read as before.
    expect(factor(cluster({ spread }), 'spread_coordination')?.sentence).toBe('12 of 20 posts are copy-pasted identical text.');
    expect(factor(cluster({ spread }), 'spread_coordination')?.refs).toBeUndefined();
  });
});

describe('the factors are the score', () => {
  it('contributions add up to the score from the model base (no evidence, no clamp)', () => {
    const r = score({ ...plain, text: 'Reportedly the bridge is closed!! share this' });
    const ti = model.classes.indexOf('true');
    const fi = model.classes.indexOf('false');
    const base = 50 + model.pointsPerLogit * ((model.bias[ti] ?? 0) - (model.bias[fi] ?? 0));
    const sum = r.factors.reduce((s, f) => s + f.contribution, base);
    // Factors under half a point are left out of the list and values are rounded to 0.1.
    expect(Math.abs(sum - r.score)).toBeLessThan(3);
  });
});

describe('missing metadata degrades gracefully', () => {
  it('no author, no timestamps, no links: finite score and "unknown" sentences', () => {
    const r = score({ text: 'bridge closed' });
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.factors.map((f) => f.sentence)).toEqual(expect.arrayContaining(["The author's follower count is unknown.", "The author's account age is unknown."]));
    expect(r.label).not.toBe('confirmed');
  });

  it('never NaN, whatever the metadata', () => {
    const num = fc.oneof(fc.constant(null), fc.constant(undefined), fc.double(), fc.integer({ min: -5, max: 10_000_000 }));
    fc.assert(
      fc.property(
        fc.string(),
        fc.record({ verified: fc.option(fc.boolean()), followers: num, following: num, accountCreatedAt: fc.option(fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()))) }),
        fc.record({ support: fc.nat(50), deny: fc.nat(50), query: fc.nat(50), comment: fc.nat(50), corrections: num }),
        fc.record({ postCount: fc.nat(500), newAccountPosts: num, identicalTextAuthors: num, copyPosts: num, postsLastHour: num, postsPerHourPeak: num, postsPrevHours: num }),
        (text, author, crowd, spread) => {
          const r = scoreCluster({ representative: { text, author, postedAt: null }, crowd, spread }, model, lexicons, NOW);
          expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
          for (const f of r.factors) expect(Number.isFinite(f.contribution)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a claim the model cannot call', () => {
  it('is unverified, not likely false by a hair, when nothing but bland text is known', () => {
    const r = score({ text: 'The library on Main Street is open until eight this evening' });
    expect(r.label).toBe('unverified');
    expect(Number.isFinite(r.score)).toBe(true);
  });
});
