import { detectHarm, scoreClaim, triagePriority } from '../../../src/core/scoring';
import type { CredibilityResult, TriageInput } from '../../../src/core/scoring';
import type { MatchDecision, Stance } from '../../../src/core/types';
import { lexicons, model, NOW } from './load-scoring';

const categories = lexicons.harm.categories;

function credibility(stance: Stance | null, text = 'x', decision: MatchDecision = 'strong'): CredibilityResult {
  return scoreClaim({ text, evidence: stance ? { decision, stance, statementTitle: 'Statement' } : null }, model, lexicons, NOW);
}

describe('detectHarm', () => {
  it.each([
    ['Active shooter on the roof at Northgate High', 'active_threat'],
    ['Amber alert: a child was abducted near the park', 'missing_person'],
    ['Evacuate now, the levee is failing', 'evacuation'],
    ['Do not drink the tap water, it is contaminated', 'contamination'],
    ['Looting and riots downtown tonight', 'violence'],
    ['Police are calling people demanding gift cards to pay a fine', 'scam'],
    ['The shooter is Daniel Moore, this is the guy', 'wrongly_named_person'],
    // A structure said to have fallen sends people away from it (QA: it weighed as harmless).
    ['The Harbor Bridge has collapsed into the river', 'evacuation'],
    ['the parking deck caved in this morning', 'evacuation'],
  ])('%s → %s', (text, category) => {
    expect(detectHarm([text], categories).category).toBe(category);
  });

  it('finds nothing in harmless chatter', () => {
    const h = detectHarm(['The farmers market moved to Saturday'], categories);
    expect(h).toEqual({ category: null, terms: [], weight: 0 });
  });
});

describe('triagePriority', () => {
  const fast = { postCount: 180, uniqueAuthors: 150, totalEngagement: 20_000, postsLastHour: 40, postsPrevHours: 12 };
  const dangerous = ['Second shooter on the roof at Northgate High, stay away'];

  it('contradicted + dangerous + fast → rebut_now, ranked above a harmless one', () => {
    const urgent = triagePriority({ credibility: credibility('contradicts'), texts: dangerous, evidence: { decision: 'strong', stance: 'contradicts' }, ...fast }, lexicons);
    const harmless = triagePriority({ credibility: credibility('contradicts'), texts: ['The farmers market moved to Saturday'], evidence: { decision: 'strong', stance: 'contradicts' }, ...fast }, lexicons);
    expect(urgent.action).toBe('rebut_now');
    expect(urgent.harm.category).toBe('active_threat');
    expect(urgent.priority).toBeGreaterThan(harmless.priority);
    expect(urgent.reason).toMatch(/^Rebut now: an active threat rumor, rated false/);
    expect(urgent.reason).toContain('the department has said otherwise');
  });

  it('doubtful but slow and small → monitor or no_action, never rebut_now', () => {
    const input: TriageInput = { credibility: credibility(null, 'is the water contaminated?'), texts: ['is the water contaminated?'], postCount: 2, postsLastHour: 0 };
    expect(['monitor', 'no_action']).toContain(triagePriority(input, lexicons).action);
  });

  it('a doubtful, dangerous rumor with growing reach but no statement → clarify', () => {
    const doubtful: CredibilityResult = { ...credibility(null), score: 30, label: 'likely_false' };
    const r = triagePriority({ credibility: doubtful, texts: ['Do not drink the tap water'], postCount: 25, postsLastHour: 2, postsPrevHours: 6 }, lexicons);
    expect(r.action).toBe('clarify');
  });

  it('a claim the department supports through a strong match is not rebutted', () => {
    const r = triagePriority({ credibility: credibility('supports'), texts: dangerous, evidence: { decision: 'strong', stance: 'supports' }, ...fast }, lexicons);
    expect(['monitor', 'no_action']).toContain(r.action);
    expect(r.priority).toBeLessThan(10);
  });

  // Issue 16: false rumors reported as supported were floored to 'confirmed' and left alone.
  it('support from a possible match does not close a doubtful, dangerous rumor', () => {
    const text = 'SHARE NOW!!! Second shooter on the roof at Northgate High, they are hiding it';
    const evidence = { decision: 'possible', stance: 'supports' } as const;
    const r = triagePriority({ credibility: credibility('supports', text, 'possible'), texts: [text], evidence, ...fast }, lexicons);
    const unmatched = triagePriority({ credibility: credibility(null, text), texts: [text], ...fast }, lexicons);
    expect(r.action).toBe(unmatched.action);
    expect(r.action).not.toBe('no_action');
    expect(r.reason).toContain('a department statement may back it (a possible match to check)');
  });

  it('an unclear stance is triaged like not addressed, and the reason says to read the statement', () => {
    const text = 'Is the water at Eastgate safe to drink again?';
    const input = { texts: [text], ...fast };
    const unclear = triagePriority({ ...input, credibility: credibility('unclear', text), evidence: { decision: 'strong', stance: 'unclear' } }, lexicons);
    const notAddressed = triagePriority({ ...input, credibility: credibility('not_addressed', text), evidence: { decision: 'strong', stance: 'not_addressed' } }, lexicons);
    expect(unclear.action).toBe(notAddressed.action);
    expect(unclear.priority).toBe(notAddressed.priority);
    expect(unclear.reason).toBe(`${notAddressed.reason} Read the department's statement: the desk cannot tell whether it backs or contradicts the claim.`);
  });

  it('a closed cluster needs nothing', () => {
    const r = triagePriority({ credibility: credibility('contradicts'), texts: dangerous, status: 'closed', ...fast }, lexicons);
    expect(r).toMatchObject({ priority: 0, action: 'no_action' });
  });

  it('missing reach and velocity data still gives a finite priority', () => {
    const r = triagePriority({ credibility: credibility(null), texts: [''], postCount: Number.NaN, totalEngagement: null, postsLastHour: undefined }, lexicons);
    expect(Number.isFinite(r.priority)).toBe(true);
    expect(Object.values(r.components).every(Number.isFinite)).toBe(true);
  });
});
