import { classifyReplyStance } from '../../../src/core/scoring';
import { stanceModel } from './load-scoring';

describe('classifyReplyStance', () => {
  it('the shipped model labels the four RumourEval stances and was fitted with the newer feature groups', () => {
    expect([...stanceModel.classes].sort()).toEqual(['comment', 'deny', 'query', 'support']);
    expect(stanceModel.bias).toHaveLength(4);
    expect(stanceModel.extras).toEqual({ phraseCues: true, crossPosition: true });
    expect(Object.keys(stanceModel.weights).some((f) => f.endsWith('|direct'))).toBe(true);
  });

  it.each([
    ['@cnn No, that is not true. It never happened', 'deny'],
    ['@bbc source?', 'query'],
    ['@ap is this true?', 'query'],
  ])('answering the rumor directly: %s → %s', (text, label) => {
    expect(classifyReplyStance(text, stanceModel, { sourceText: 'Gunman shot outside the mall', directReply: true }).label).toBe(label);
  });

  it.each([
    ['this is fake', 'deny'],
    ['@cnn This is false, stop spreading lies', 'deny'],
    ['is this confirmed?', 'query'],
    ['@bbc source? any proof of this?', 'query'],
  ])('%s → %s', (text, label) => {
    expect(classifyReplyStance(text, stanceModel).label).toBe(label);
  });

  it('returns probabilities over the four stances that sum to 1, also for empty replies', () => {
    for (const text of ['', null, 'ok']) {
      const { probabilities } = classifyReplyStance(text, stanceModel);
      const total = Object.values(probabilities).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 6);
      expect(Object.keys(probabilities).sort()).toEqual(['comment', 'deny', 'query', 'support']);
    }
  });

  it('a denial is more deny-like than a neutral remark', () => {
    const deny = classifyReplyStance('that is a hoax', stanceModel).probabilities.deny;
    const neutral = classifyReplyStance('thoughts with everyone there', stanceModel).probabilities.deny;
    expect(deny).toBeGreaterThan(neutral);
  });

  it('passing the rumor on (a quote of it) is more support-like than an unrelated remark', () => {
    const sourceText = 'Gunman inside Parliament building in Ottawa, shots fired';
    const quote = classifyReplyStance('“@cbc: Gunman inside Parliament building in Ottawa, shots fired”', stanceModel, { sourceText, directReply: true });
    const remark = classifyReplyStance('what time is the game tonight', stanceModel, { sourceText, directReply: true });
    expect(quote.probabilities.support).toBeGreaterThan(remark.probabilities.support);
  });
});
