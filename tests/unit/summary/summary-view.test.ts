import { SAMPLE_SUMMARY, summaryView, type RumorLine, type Summary } from '../../../src/core/summary';

const withStance = (stance: string | null, statementTitle: string | null = 'Eastgate boil advisory lifted'): Summary => ({
  ...SAMPLE_SUMMARY,
  topByReach: SAMPLE_SUMMARY.topByReach.slice(0, 1).map((l) => ({ ...l, statementTitle, stance })),
});

describe('the summary view of a rumor line', () => {
  it('marks a statement whose stance is unclear, so the reader reads it', () => {
    expect(summaryView(withStance('unclear'), 'Ridgeport PD').topByReach[0]?.statement.text).toBe('Eastgate boil advisory lifted (unclear — read the statement)');
  });

  // QA: a statement listed beside a rumor read as its answer, though it did not address it.
  it('marks a statement that does not address the rumor', () => {
    expect(summaryView(withStance('not_addressed'), 'Ridgeport PD').topByReach[0]?.statement.text).toBe('Eastgate boil advisory lifted (not addressed)');
  });

  it.each(['contradicts', 'supports'])('shows the title alone when the stance is %s', (stance) => {
    expect(summaryView(withStance(stance), 'Ridgeport PD').topByReach[0]?.statement.text).toBe('Eastgate boil advisory lifted');
  });

  // QA: a superseded or retracted statement read as the department's word now.
  it.each(['superseded', 'retracted'])('marks a statement %s since, with the stance note after it', (status) => {
    const summary: Summary = { ...SAMPLE_SUMMARY, topByReach: [{ ...(SAMPLE_SUMMARY.topByReach[0] as RumorLine), statementTitle: 'Boy missing', statementStatus: status, stance: 'unclear' }] };
    expect(summaryView(summary, 'Ridgeport PD').topByReach[0]?.statement.text).toBe(`Boy missing (${status}; unclear — read the statement)`);
  });

  it('says when no statement matched', () => {
    expect(summaryView(withStance(null, null), 'Ridgeport PD').topByReach[0]?.statement.text).toBe('no statement matched');
  });
});

describe('the summary view of a statement\'s reach', () => {
  it.each([
    ['superseded', 'Boy missing (superseded)'],
    ['retracted', 'Boy missing (retracted)'],
    ['active', 'Boy missing'],
  ])('marks a %s statement', (status, text) => {
    const summary: Summary = { ...SAMPLE_SUMMARY, statementReach: [{ ...(SAMPLE_SUMMARY.statementReach[0] as Summary['statementReach'][number]), title: 'Boy missing', status }] };
    expect(summaryView(summary, 'Ridgeport PD').statementReach[0]?.statement.text).toBe(text);
  });
});

describe('the summary view when no high-priority rumor is open', () => {
  // QA: "every high-priority rumor of the period had an approved or published rebuttal" was said
  // of a week that had none.
  it.each([
    [0, 'None: no rumor of the period needed a rebuttal or a clarification.'],
    [1, 'None: the one high-priority rumor of the period had an approved or published response.'],
    [3, 'None: all 3 high-priority rumors of the period had an approved or published response.'],
  ])('with %d high-priority rumors in the period says "%s"', (count, note) => {
    const summary: Summary = { ...SAMPLE_SUMMARY, openHighPriority: [], highPriorityCount: count };
    expect(summaryView(summary, 'Ridgeport PD').openHighPriorityNote).toBe(note);
  });

  it('says "so far" of a week still running', () => {
    const summary: Summary = { ...SAMPLE_SUMMARY, openHighPriority: [], highPriorityCount: 2, inProgress: true };
    expect(summaryView(summary, 'Ridgeport PD').openHighPriorityNote).toBe('None: all 2 high-priority rumors of the period so far had an approved or published response.');
  });
});

describe('the summary view of a period', () => {
  // QA: the week in progress read like a whole week, its "Change" against a complete one.
  it('says a period still running is in progress, and a finished one nothing', () => {
    expect(summaryView({ ...SAMPLE_SUMMARY, inProgress: true }, 'Ridgeport PD').periodText).toBe('2026-11-16 to 2026-11-22 (America/Chicago, 168 hours), in progress: figures so far, not final');
    expect(summaryView(SAMPLE_SUMMARY, 'Ridgeport PD').periodText).toBe('2026-11-16 to 2026-11-22 (America/Chicago, 168 hours)');
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
