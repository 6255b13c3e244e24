import { createMatchingEngine } from '../../../src/composition/matching-engine';
import { prepareStatementSide, StanceJudge } from '../../../src/core/stance';
import type { Statement } from '../../../src/core/types';
import { stanceReader } from '../../helpers/stance-reader';

// Invented statements and posts (not the demo department, not the fixture departments).
const reader = stanceReader();
const claim = 'The city shut off the water fountains in Riverside Park because of contamination';
const denial = 'Posts shared this weekend say the water fountains in Riverside Park were shut off because of contamination. That is not correct. The fountains are on and the water is safe.';
const notice = 'The water fountains in Riverside Park were shut off this weekend because of contamination found in a routine test.';

function statement(over: Partial<Statement>): Statement {
  return {
    id: 7,
    slug: 'parks-2026-007',
    title: 'Riverside Park fountains',
    body: denial,
    incident: null,
    topic: null,
    url: null,
    publishedAt: '2026-06-01T10:00:00.000Z',
    status: 'active',
    supersededBy: null,
    version: 1,
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    ...over,
  };
}

describe('prepareStatementSide', () => {
  it('reads each sentence once and hands back the same facts, so a verdict can name the sentence they came from', () => {
    const side = prepareStatementSide('Posts say the bridge collapsed. That is false.', reader.lexicon);
    expect(side.factsOf(0)).toBe(side.factsOf(0));
    expect(side.quotesRumor(0)).toBe(true);
    expect(side.quotesRumor(1)).toBe(false);
    expect(side.deniedAt(0)).toEqual(['false']);
    expect(side.denialCues(1)).toEqual(['false']);
    expect(side.sentencesWith.get('bridg')).toEqual([0]);
  });
});

describe('StanceJudge: what it keeps of a statement follows the statement', () => {
  it('drops the kept denial when the statement is edited under the same id', () => {
    const judge = new StanceJudge(reader);
    expect(judge.judge(claim, statement({ body: denial })).stance).toBe('contradicts');
    expect(judge.judge(claim, statement({ body: notice, version: 2 })).stance).toBe('supports');
    expect(judge.judge(claim, statement({ body: denial, version: 3 })).stance).toBe('contradicts');
  });
});

describe('matching engine: edited, retracted and superseded statements', () => {
  const thresholds = () => ({ possible: 0.05, strong: 0.95 });
  const top = (engine: ReturnType<typeof createMatchingEngine>) => engine.match(claim, { k: 1, now: new Date('2026-06-02T00:00:00.000Z'), urls: [] })[0];

  it('judges the edited text, says nothing for a retraction and keeps judging a superseded text as written', () => {
    const engine = createMatchingEngine([statement({})], thresholds);
    expect(top(engine)?.stance).toBe('contradicts');
    engine.upsert(statement({ body: notice, version: 2 }));
    expect(top(engine)?.stance).toBe('supports');
    engine.upsert(statement({ body: notice, version: 3, status: 'retracted' }));
    expect(top(engine)?.stanceReasons).toEqual([]);
    engine.upsert(statement({ body: denial, version: 4, status: 'superseded' }));
    expect(top(engine)?.stance).toBe('contradicts');
  });
});
