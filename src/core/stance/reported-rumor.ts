import type { AnalysedSentence } from './analyse-text';
import { CUE_FAMILIES } from './cue-words';

// A department quoting the rumour it answers: "Posts shared this weekend say the fountains were
// shut off", "a message going around claims ...". Such a sentence holds the rumour's words, so
// it must never count as the department asserting them.
const RUMOR_REPORT =
  /\b(posts?|rumou?rs?|messages?|texts?|videos?|claims?|stories|story|people|some(one)?|reports?)\b[^.;]{0,80}\b(say|says|said|saying|claim|claims|claimed|claiming|suggest|suggests|allege|alleges)\b|\b(going around|circulating|making the rounds|being shared|shared online|on social media)\b/i;
// A sentence that calls what came before untrue, with or without a falsity word: "That is not
// correct.", "This is false.", "None of that is true."
const CALLED_UNTRUE = /\b(not|n't|isn't|is not|was not)\s+(true|correct|accurate|the case|real|happening|so)\b|\bnone of (that|this|it) (is|was) true\b/i;
const FALSITY = [CUE_FAMILIES.deny, CUE_FAMILIES.falsity, CUE_FAMILIES.rumor];

/** Where in `text` the report of a claim going around starts, or -1. */
export function rumorReportAt(text: string): number {
  return RUMOR_REPORT.exec(text)?.index ?? -1;
}

/** Whether the sentence reports a claim going around rather than stating a fact. */
export function reportsRumor(sentence: AnalysedSentence): boolean {
  return RUMOR_REPORT.test(sentence.text);
}

/**
 * The words by which a statement calls a reported rumour untrue, looked for in the reporting
 * sentence and the one after it ("Posts say X. That is not correct."), or [] when it does not.
 *
 * @example deniedReport(sentences, 0) // ['not correct']
 */
export function deniedReport(sentences: readonly AnalysedSentence[], at: number): string[] {
  const report = sentences[at];
  if (!report || !reportsRumor(report)) return [];
  for (const s of [report, sentences[at + 1]]) {
    if (!s) continue;
    const called = CALLED_UNTRUE.exec(s.text);
    if (called) return [called[0].toLowerCase()];
    const words = (s.text.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter((w) => FALSITY.some((f) => f.has(w)));
    if (words.length) return [...new Set(words)].slice(0, 3);
  }
  return [];
}
