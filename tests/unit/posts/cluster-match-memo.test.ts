import type { StatementMatch } from '../../../src/core/matching';
import { passedMilestone } from '../../../src/usecases/posts/cluster-matcher';
import { keptMatches, MatchMemos, remember } from '../../../src/usecases/posts/match-memo';
import { usableMatches, usableTopMatch } from '../../../src/core/matching/usable-match';
import { withSharedStance } from '../../../src/usecases/posts/shared-stance-match';

const NOW = new Date('2026-11-20T12:00:00Z');

function match(statementId: number, stance: StatementMatch['stance'], decision: StatementMatch['decision'] = 'strong'): StatementMatch {
  return {
    statementId,
    score: 0.8,
    decision,
    stance,
    stanceConfidence: 0.9,
    stanceSentence: null,
    stanceReasons: ['its own reason'],
    decisionNotes: [],
    features: {},
    thresholds: { possible: 0.4, strong: 0.7 },
    matchedTerms: [],
    passage: '',
  };
}

describe('passedMilestone', () => {
  it('passes at 2, 4, 8, 16… posts, once per power of two', () => {
    let last: number | undefined;
    const passed: number[] = [];
    for (let count = 1; count <= 40; count++) {
      if (passedMilestone(count, last)) {
        passed.push(count);
        last = count;
      }
    }
    expect(passed).toEqual([2, 4, 8, 16, 32]);
  });

  it('passes once when a cluster jumps past several milestones in one chunk', () => {
    expect(passedMilestone(9, undefined)).toBe(true);
    expect(passedMilestone(15, 9)).toBe(false);
  });
});

describe('match memos', () => {
  it('keep a cluster’s memo for their lifetime, then start afresh', () => {
    const memos = new MatchMemos(600_000, 100);
    const memo = memos.of(1, NOW);
    remember(memo, 10, [match(3, 'supports')]);
    expect(memos.of(1, new Date(NOW.getTime() + 600_000))).toBe(memo);
    expect(memos.of(2, NOW)).not.toBe(memo);
    const fresh = memos.of(1, new Date(NOW.getTime() + 600_001));
    expect(fresh).not.toBe(memo);
    expect(fresh.scores.size).toBe(0);
  });

  it('hold at most their limit however many clusters a batch makes, the least recently used going first', () => {
    const memos = new MatchMemos(600_000, 3);
    const first = memos.of(1, NOW);
    for (let clusterId = 2; clusterId <= 10_000; clusterId++) {
      memos.of(clusterId, NOW);
      // Cluster 1 keeps growing: its memo is used all along and stays.
      if (clusterId % 2 === 0) expect(memos.of(1, NOW)).toBe(first);
    }
    expect(memos.size).toBe(3);
    expect(memos.of(1, NOW)).toBe(first);
    const evicted = memos.of(2, NOW);
    expect(evicted.scores.size).toBe(0);
    expect(memos.size).toBe(3);
  });

  it('remember a member’s top score always, and its vote only for a usable match', () => {
    const memo = new MatchMemos(1, 100).of(1, NOW);
    expect(remember(memo, 10, [match(3, 'contradicts'), match(4, 'supports')])).toBe(0.8);
    expect(remember(memo, 11, [match(3, 'supports', 'none')])).toBe(0.8);
    expect(remember(memo, 12, [])).toBe(0);
    expect([...memo.scores]).toEqual([[10, 0.8], [11, 0.8], [12, 0]]);
    expect([...memo.stances]).toEqual([[10, { statementId: 3, stance: 'contradicts' }]]);
  });
});

describe('keptMatches', () => {
  it('keeps the usable matches as they are and leaves only a decision of the others, in place', () => {
    const found = [match(3, 'supports', 'none'), match(4, 'contradicts', 'possible'), match(5, 'supports', 'none')];
    const kept = keptMatches(found);
    expect(kept.map((m) => m.decision)).toEqual(['none', 'possible', 'none']);
    expect(kept[1]).toBe(found[1]);
    expect(kept[0]?.stanceReasons).toEqual([]);
    expect(usableTopMatch(kept)).toBeNull();
    expect(usableMatches(kept)).toEqual(usableMatches(found));
    const strong = [match(3, 'supports'), match(4, 'supports', 'none')];
    expect(usableTopMatch(keptMatches(strong))).toBe(strong[0]);
  });
});

describe('withSharedStance', () => {
  function memoWith(votes: [number, StatementMatch['stance']][]) {
    const memo = new MatchMemos(1, 100).of(1, NOW);
    votes.forEach(([statementId, stance], i) => remember(memo, i, [match(statementId, stance)]));
    return memo;
  }

  it('leaves the matches alone when the members agree with the top match', () => {
    const found = [match(3, 'supports'), match(4, 'contradicts')];
    expect(withSharedStance(found, memoWith([[3, 'supports'], [3, 'contradicts'], [3, 'supports']]))).toBe(found);
  });

  it('counts only the votes for the top match’s statement', () => {
    const found = [match(3, 'supports')];
    expect(withSharedStance(found, memoWith([[3, 'supports'], [4, 'contradicts'], [4, 'contradicts']]))).toBe(found);
  });

  it('turns a split between supports and contradicts into unclear, naming the split first', () => {
    const found = [match(3, 'supports'), match(4, 'contradicts')];
    const shared = withSharedStance(found, memoWith([[3, 'supports'], [3, 'contradicts'], [3, 'not_addressed'], [3, 'contradicts']]));
    expect(shared[0]?.stance).toBe('unclear');
    expect(shared[0]?.stanceReasons).toEqual(["the cluster's posts read differently against this statement (1 supports, 2 contradicts, 1 not addressed); the cluster takes what most of them say", 'its own reason']);
    expect(shared[1]).toBe(found[1]);
    expect(found[0]?.stance).toBe('supports');
  });

  it('leaves a top match decided none alone', () => {
    const found = [match(3, 'supports', 'none')];
    expect(withSharedStance(found, memoWith([[3, 'contradicts'], [3, 'contradicts']]))).toBe(found);
  });
});
