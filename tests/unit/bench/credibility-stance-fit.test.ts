import { classifyReplyStance } from '../../../src/core/scoring/reply-stance';
import type { ReplyRow, StanceClass } from '../../../bench/lib/credibility-data';
import { STANCE_OPTIONS } from '../../../bench/lib/credibility-options';
import { candidateOutOfFold, pairedMacroF1Gain, threadFolds } from '../../../bench/lib/credibility-stance-bench';
import { fitReplyStanceOnce } from '../../../bench/lib/credibility-stance-fit';

const LABELS: StanceClass[] = ['support', 'deny', 'query', 'comment'];

/**
 * Twenty threads whose replies share one made-up word and one label per thread and say nothing
 * else: the word can predict the label only for a model that trained on the same thread.
 */
function threads(): { rows: ReplyRow[]; sourceText: Map<string, string | null> } {
  const rows: ReplyRow[] = [];
  const sourceText = new Map<string, string | null>();
  for (let t = 0; t < 20; t++) {
    const source = `s${t}`;
    sourceText.set(source, 'something happened downtown');
    for (let i = 0; i < 6; i++) rows.push({ id: `${source}-r${i}`, source_id: source, parent_id: source, text: `zq${String.fromCharCode(97 + t)}word`, label: LABELS[t % 4] });
  }
  return { rows, sourceText };
}

const options = { ...STANCE_OPTIONS, seeds: [11], keepTop: 1000 };

describe('reply-stance cross-validation by thread', () => {
  it('never puts one thread on both sides of a fold', () => {
    const { rows } = threads();
    const fold = threadFolds(rows, 5);
    const foldOf = new Map<string, number>();
    rows.forEach((r, i) => {
      expect(foldOf.get(r.source_id) ?? fold[i]).toBe(fold[i]);
      foldOf.set(r.source_id, fold[i] as number);
    });
    expect(new Set(fold).size).toBe(5);
  });

  it('out-of-fold labels come from models that never saw the thread', () => {
    const { rows, sourceText } = threads();
    // In sample, each thread's word gives its label away…
    const model = fitReplyStanceOnce(rows, sourceText, options, 'test');
    const inSample = rows.filter((r) => classifyReplyStance(r.text, model, { sourceText: 'something happened downtown', directReply: true }).label === r.label).length;
    expect(inSample / rows.length).toBeGreaterThan(0.9);
    // …out of fold it cannot, so the labels are right no more often than chance allows.
    const pred = candidateOutOfFold(rows, sourceText, { name: 'test', options });
    const right = rows.filter((r, i) => pred[i] === r.label).length;
    expect(right / rows.length).toBeLessThan(0.5);
  });
});

describe('fitReplyStanceOnce pruning', () => {
  it('keeps every feature seen often enough unless keepTop asks for fewer', () => {
    const { rows, sourceText } = threads();
    const { keepTop: _unused, ...keepAll } = options;
    const all = Object.keys(fitReplyStanceOnce(rows, sourceText, keepAll, 'test').weights);
    // Each thread's made-up word is seen six times, so an unpruned model weighs all twenty.
    expect(all.filter((f) => f.startsWith('w:zq'))).toHaveLength(20);
    expect(Object.keys(fitReplyStanceOnce(rows, sourceText, { ...keepAll, keepTop: 5 }, 'test').weights)).toHaveLength(5);
  });
});

describe('pairedMacroF1Gain', () => {
  it('is zero for identical predictions and positive when only the new ones are right', () => {
    const gold = ['deny', 'query', 'comment', 'support', 'deny', 'comment'];
    const groups = ['a', 'a', 'b', 'b', 'c', 'c'];
    expect(pairedMacroF1Gain(gold, gold, gold, groups)).toEqual({ gain: 0, ci: [0, 0] });
    const worse = gold.map(() => 'comment');
    const { gain, ci } = pairedMacroF1Gain(gold, gold, worse, groups);
    expect(gain).toBeGreaterThan(0.5);
    expect(ci[0]).toBeGreaterThan(0);
    expect(ci[1]).toBeLessThanOrEqual(1);
  });
});
