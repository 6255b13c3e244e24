import { SAMPLE_SUMMARY, summaryView, type Summary } from '../../../src/core/summary';

const withStance = (stance: string | null, statementTitle: string | null = 'Eastgate boil advisory lifted'): Summary => ({
  ...SAMPLE_SUMMARY,
  topByReach: SAMPLE_SUMMARY.topByReach.slice(0, 1).map((l) => ({ ...l, statementTitle, stance })),
});

describe('the summary view of a rumor line', () => {
  it('marks a statement whose stance is unclear, so the reader reads it', () => {
    expect(summaryView(withStance('unclear'), 'Ridgeport PD').topByReach[0]?.statement.text).toBe('Eastgate boil advisory lifted (unclear — read the statement)');
  });

  it.each(['contradicts', 'supports', 'not_addressed'])('shows the title alone when the stance is %s', (stance) => {
    expect(summaryView(withStance(stance), 'Ridgeport PD').topByReach[0]?.statement.text).toBe('Eastgate boil advisory lifted');
  });

  it('says when no statement matched', () => {
    expect(summaryView(withStance(null, null), 'Ridgeport PD').topByReach[0]?.statement.text).toBe('no statement matched');
  });
});

describe('the summary view of the time to rebuttal', () => {
  // QA: "1 rumors got their first approved rebuttal".
  it.each([
    [1, '1 rumor'],
    [2, '2 rumors'],
    [0, '0 rumors'],
  ])('counts %d as "%s"', (rebuttals, words) => {
    const summary: Summary = { ...SAMPLE_SUMMARY, rebuttalTime: { ...SAMPLE_SUMMARY.rebuttalTime, rebuttals } };
    expect(summaryView(summary, 'Ridgeport PD').rebuttal.rumors).toBe(words);
  });
});
