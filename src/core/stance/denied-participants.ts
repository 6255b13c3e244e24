import { escapeRegex } from '../text/escape-regex';
import { stemWord } from '../text/stem';
import type { AnalysedSentence } from './analyse-text';
import type { ClaimSide, EvidenceSide } from './stance-features';

// "No other vehicles or pedestrians were involved", "no students or staff were inside": a "no" that
// opens a clause and a list of who or what was there, denied by a verb of being there. Such a list
// denies every noun of it, where the word-level reading negates only the first. "Neither the
// driver nor the passenger was hurt" denies an injury, not that they were there: not read here.
// The same holds of what a search found: "No explosive device or hazardous material was found",
// "no weapons were located".
const DENIED_LIST = /(?:^|[.;:!?]\s+|,\s+(?:and\s+|but\s+)?)(?:no|neither)\s+((?:[a-z'-]+(?:,\s*|\s+)){0,7}?)(?:was|were|is|are|has been|have been)\s+(?:involved|present|inside|aboard|on board|found|located|discovered|detected|recovered|in the (?:vehicle|car|truck|bus|building|home|house))\b/gi;
const LIST_WORDS = /[a-z][a-z'-]*/g;
// Words of such a list that are no participant.
const NOT_PARTICIPANT = new Set(['no', 'other', 'one', 'ones', 'any', 'and', 'or', 'nor', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'more', 'further', 'additional', 'known', 'serious', 'major', 'reported', 'immediate']);

// A post names one of a kind the statement denies as a whole: "BOMB FOUND" against "No explosive
// device ... was found", "they found a GUN" against "no weapons were found". Each stem, with the
// stems of the wider words a denial of which denies it too.
const WIDER: ReadonlyMap<string, readonly string[]> = new Map([
  ['bomb', ['explos', 'devic']],
  ['explos', ['bomb', 'devic']],
  ['ied', ['explos', 'devic', 'bomb']],
  ['gun', ['weapon', 'firearm']],
  ['firearm', ['weapon', 'gun']],
  ['rifl', ['weapon', 'firearm', 'gun']],
  ['pistol', ['weapon', 'firearm', 'gun']],
  ['handgun', ['weapon', 'firearm', 'gun']],
  ['knife', ['weapon']],
]);

// Words after "bomb" or "gun" that make it another thing: a threat, a scare, the squad that
// searches, the dog that sniffs.
const COMPOUND_AFTER = String.raw`\s+(?:threats?|scares?|squad|unit|team|dogs?|technicians?|calls?|hoax(?:es)?|sniffing|detection|range|show|violence|safety|shop|store)\b`;

/** Whether the post's word names another thing than the object ("bomb threat", "gun range"). */
function namesAnotherThing(text: string, word: string): boolean {
  return new RegExp(String.raw`\b${escapeRegex(word)}${COMPOUND_AFTER}`, 'i').test(text);
}

/** Whether a statement sentence uses the word plainly, not as part of "bomb squad" or "bomb threat". */
function saysPlainly(text: string, word: string): boolean {
  return new RegExp(String.raw`\b${escapeRegex(word)}\b(?!${COMPOUND_AFTER})`, 'i').test(text);
}

/**
 * The stems a sentence denies were there, every noun of the list a clause-opening "no" makes.
 *
 * @example [...deniedNouns('No other vehicles or pedestrians were involved.')] // ['vehicl', 'pedestrian']
 */
export function deniedNouns(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.toLowerCase().matchAll(DENIED_LIST)) {
    for (const w of (m[1] ?? '').match(LIST_WORDS) ?? []) if (!NOT_PARTICIPANT.has(w)) out.add(stemWord(w));
  }
  return out;
}

/**
 * A word the post asserts that the statement says only under a "no" opening its subject: "a
 * pickup hit a pedestrian" against "No other vehicles or pedestrians were involved". Null for a
 * post with a negation of its own (it mostly retells the denial: "no sand boils, levee's
 * stable"), a question, or a word the statement also says plainly.
 *
 * @example participantTheStatementDenies(claimSide, statementSide)?.word // 'pedestrian'
 */
export function participantTheStatementDenies(claim: ClaimSide, statement: EvidenceSide): { word: string; sentence: string } | null {
  if (claim.analysis.question || claim.analysis.negation > 0) return null;
  const sentences = statement.analysis.sentences as readonly AnalysedSentence[];
  const denied = sentences.map((s) => deniedNouns(s.text));
  for (const t of claim.analysis.content) {
    let at = denied.findIndex((d) => d.has(t));
    // The words the denial used are the ones to find said plainly elsewhere: "Bomb Squad" names
    // who searched, it does not say a bomb was there.
    let said = [t];
    if (at < 0) {
      const surface = claim.analysis.surfaces.get(t) ?? t;
      // "Bomb threat at Lincoln High" tells of a threat, not a bomb; nor does the statement's own
      // "responded to a bomb threat" deny the threat with "No explosive device was found".
      if (!WIDER.has(t) || namesAnotherThing(claim.analysis.text, surface) || sentences.some((s) => saysPlainly(s.text, surface))) continue;
      const wider = WIDER.get(t) ?? [];
      at = denied.findIndex((d) => wider.some((w) => d.has(w)));
      said = wider.filter((w) => (denied[at] as Set<string> | undefined)?.has(w));
    }
    if (at < 0) continue;
    if (said.some((w) => sentences.some((s, i) => s.contentSet.has(w) && !(denied[i] as Set<string>).has(w) && !s.negated.has(w)))) continue;
    return { word: claim.analysis.surfaces.get(t) ?? t, sentence: (sentences[at] as AnalysedSentence).text };
  }
  return null;
}
