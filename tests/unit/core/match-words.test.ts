import { MATCH_DECISION_WORDS, matchDecisionWords, STANCE_WORDS, stanceWords } from '../../../src/core/match-words';
import { MATCH_DECISIONS, STANCES } from '../../../src/core/types';

describe('the words for match strength and stance', () => {
  it('say how strong the match is, never with a credibility word', () => {
    expect(MATCH_DECISIONS.map(matchDecisionWords)).toEqual(['strong match', 'possible match', 'no match']);
    const credibilityWords = /confirm|true|false|verified|likely/i;
    for (const words of [...Object.values(MATCH_DECISION_WORDS), ...Object.values(STANCE_WORDS)]) expect(words).not.toMatch(credibilityWords);
  });

  it('tell the officer to read the statement when the stance is unclear', () => {
    expect(STANCES.map(stanceWords)).toEqual(['supports', 'contradicts', 'not addressed', 'unclear — read the statement']);
  });

  it('show a missing value as no match / nothing, and an unknown one as it is', () => {
    expect(matchDecisionWords(null)).toBe('no match');
    expect(stanceWords(null)).toBe('');
    expect(matchDecisionWords('confirmed')).toBe('confirmed');
    expect(stanceWords('some_code')).toBe('some code');
  });
});
