import { compareFacts, extractKeyFacts, type ConflictWhy, type ContrastLexicon, type KeyFact } from '../facts';
import { analyseText, type AnalysedSentence } from './analyse-text';
import { CUE_FAMILIES } from './cue-words';
import { deniedReport, reportsRumor, rumorReportAt } from './reported-rumor';
import type { EvidenceSide } from './stance-features';

// A claim that gives a quoted rumour's status or outcome the opposite value denies the rumour.
const OPPOSING = new Set<ConflictWhy>(['opposite', 'negation']);

const DENIAL_FAMILIES = [CUE_FAMILIES.deny, CUE_FAMILIES.falsity, CUE_FAMILIES.rumor];
const HEDGE_FAMILIES = [CUE_FAMILIES.reported, CUE_FAMILIES.modal, CUE_FAMILIES.uncertain];
const WORDS = /[\p{L}']+/gu;

/** Up to three distinct words of the sentence that belong to one of the families, in order. */
// "A wrong-way driver" calls nothing untrue.
const NOT_A_DENIAL = /\bwrong[- ](?:way|side|direction|lane|turn|number|address)\b/g;

function cueWords(sentence: AnalysedSentence, families: ReadonlyArray<ReadonlySet<string>>): string[] {
  const words = sentence.text.toLowerCase().replace(NOT_A_DENIAL, ' ').match(WORDS) ?? [];
  return [...new Set(words.filter((w) => families.some((f) => f.has(w))))].slice(0, 3);
}

/** A per-sentence memo: `read(i)` runs once per sentence of this statement version. */
function memo<T>(count: number, read: (i: number) => T): (i: number) => T {
  const done = new Array<boolean>(count).fill(false);
  const values = new Array<T | undefined>(count);
  return (i) => {
    if (i < 0 || i >= count) return read(i);
    if (!done[i]) {
      values[i] = read(i);
      done[i] = true;
    }
    return values[i] as T;
  };
}

function isScamCalled(f: KeyFact): boolean {
  return f.slot === 'status:legitimacy' && f.value === 'scam' && !f.negated;
}

const SCAM_WORD = /\b(?:scams?|scammers?|fraud|fraudulent|phishing|impostors?|imposters?)\b/i;

/**
 * Whether a sentence that reports what messages say calls them a scam in the department's own
 * words: "warning residents about a scam in which texts claim to come from BPD" does; "Posts
 * claiming that the relief fund is a scam are not accurate" and "Some residents have said the
 * texts are a scam" report the rumour's word, and a report the statement calls untrue is the rumour.
 */
function departmentsScamWord(sentences: readonly AnalysedSentence[], at: number): boolean {
  const text = (sentences[at] as AnalysedSentence).text;
  const scam = SCAM_WORD.exec(text);
  const report = rumorReportAt(text);
  if (!scam || (report >= 0 && report < scam.index)) return false;
  return deniedReport(sentences, at).length === 0;
}

/**
 * A statement's half of every comparison, computed once per statement version (the caller keeps
 * it; `StanceJudge` replaces it when the text changes): the analysed sentences, and, read on
 * first use and then kept, each sentence's key facts, whether it quotes a rumour, the words by
 * which it calls one untrue and its denial and hedge cues. None of these depend on the claim, and
 * reading them again for every claim was most of a comparison's cost.
 *
 * @example const side = prepareStatementSide('Northbound lanes closed. No injuries.', lexicon); side.factsOf(1)
 */
export function prepareStatementSide(text: string, lexicon: ContrastLexicon): EvidenceSide {
  const analysis = analyseText(text);
  const sentences = analysis.sentences;
  const count = sentences.length;
  const quotesRumor = memo(count, (i) => {
    const sentence = sentences[i];
    return sentence !== undefined && reportsRumor(sentence);
  });
  let refuteAll = 0;
  let hedgeAll = 0;
  const sentencesWith = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const s = sentences[i] as AnalysedSentence;
    refuteAll += s.refute;
    hedgeAll += s.hedge;
    // A sentence's content stems are distinct, so each sentence is listed once per stem.
    for (const t of s.content) {
      const at = sentencesWith.get(t);
      if (at) at.push(i);
      else sentencesWith.set(t, [i]);
    }
  }
  // The facts a quoted rumour states, read only when a claim is weighed against it.
  const rumorFactsOf = memo(count, (i): KeyFact[] => (quotesRumor(i) ? extractKeyFacts((sentences[i] as AnalysedSentence).text, lexicon) : []));
  const factsOf = memo(count, (i): KeyFact[] => {
    const sentence = sentences[i];
    if (!sentence) return [];
    if (!quotesRumor(i)) return extractKeyFacts(sentence.text, lexicon);
    return departmentsScamWord(sentences, i) ? extractKeyFacts(sentence.text, lexicon).filter(isScamCalled) : [];
  });
  // A claim aligns with a pair of sentences, and many claims with the same pair: the facts of the
  // pair and of the rest are gathered once per pair.
  const both = new Map<number, KeyFact[]>();
  const outside = new Map<number, KeyFact[]>();
  const gathered = (table: Map<number, KeyFact[]>, a: number, b: number, gather: () => KeyFact[]): KeyFact[] => {
    // Sentence indices, and -1 for no second sentence: one number per pair.
    const key = a * 65_536 + b + 1;
    let found = table.get(key);
    if (found === undefined) table.set(key, (found = gather()));
    return found;
  };
  return {
    analysis,
    refuteAll,
    hedgeAll,
    sentencesWith,
    // What a statement quotes from a rumour ("Posts saying the dam is failing are false") is
    // not what the department asserts: such a sentence gives no key facts.
    factsOf,
    factsOfBoth: (a, b) => gathered(both, a, b, () => [...factsOf(a), ...factsOf(b)]),
    factsOutside: (a, b) =>
      gathered(outside, a, b, () => {
        const rest: KeyFact[] = [];
        for (let i = 0; i < count; i++) if (i !== a && i !== b) rest.push(...factsOf(i));
        return rest;
      }),
    quotesRumor,
    opposesQuotedRumor: (i, claimFacts) => {
      if (!quotesRumor(i) || !claimFacts.length) return false;
      return compareFacts(claimFacts as KeyFact[], rumorFactsOf(i), lexicon).conflicts.some((c) => OPPOSING.has(c.why) && (c.claim.kind === 'status' || c.claim.kind === 'outcome'));
    },
    deniedAt: memo(count, (i): readonly string[] => (quotesRumor(i) ? deniedReport(sentences, i) : [])),
    denialCues: memo(count, (i): readonly string[] => cueWords(sentences[i] as AnalysedSentence, DENIAL_FAMILIES)),
    hedgeCues: memo(count, (i): readonly string[] => cueWords(sentences[i] as AnalysedSentence, HEDGE_FAMILIES)),
  };
}
