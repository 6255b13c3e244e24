import { clamp, plural, quoteList, type FeatureValue } from './feature';
import type { ContentCueLexicon } from './lexicons';
import { findPhrases, scoringTokens } from './tokenize';

const SPECIFIC_DETAIL = /\b\d{1,2}(:\d{2})?\s?(am|pm|a\.m\.|p\.m\.)|\b\d{1,5}\s+[A-Z][a-z]+\s+(st|street|ave|avenue|rd|road|blvd|dr|drive)\b/i;

/**
 * Content cues of a claim's text: tone (sensational words, capitals, exclamation runs, urgency),
 * sourcing (unverifiable, official), certainty (hedges, absolutes, questions) and first-hand detail.
 *
 * @example contentFeatures('SHARE BEFORE THEY DELETE THIS!!!', cues).find((f) => f.key === 'content_urgency')?.value // 1
 */
export function contentFeatures(text: string, cues: ContentCueLexicon): FeatureValue[] {
  const tokens = scoringTokens(text).filter((t) => t !== '_url_' && t !== '_user_');
  const out: FeatureValue[] = [];
  const cue = (key: string, list: string[], scale: number, describe: (found: string[]) => string): void => {
    const found = findPhrases(tokens, list);
    if (found.length > 0) out.push({ key, group: 'content', value: clamp(found.length / scale, 0, 1), sentence: describe(found) });
  };
  cue('content_sensational', cues.sensational, 2, (f) => `Uses sensational or emotional words (${quoteList(f)}).`);
  cue('content_urgency', cues.urgency, 1, (f) => `Pushes people to share urgently (${quoteList(f)}).`);
  cue('content_unverifiable_source', cues.unverifiableSource, 1, (f) => `Cites a source nobody can check (${quoteList(f)}).`);
  cue('content_hedge', cues.hedges, 2, (f) => `Hedges its own claim (${quoteList(f)}).`);
  cue('content_absolutes', cues.absolutes, 2, (f) => `Uses absolute language (${quoteList(f)}).`);
  cue('content_first_hand', cues.firstHand, 1, (f) => `Reads as a first-hand account (${quoteList(f)}).`);
  cue('content_news_style', cues.newsStyle, 1, (f) => `Written in newsroom style (${quoteList(f)}).`);
  cue('content_official_source', cues.officialSource, 1, (f) => `Attributes the claim to officials (${quoteList(f)}).`);

  const words = text.match(/\b[A-Za-z]{3,}\b/g) ?? [];
  const caps = words.filter((w) => w === w.toUpperCase()).length;
  if (words.length >= 3 && caps / words.length >= 0.3) {
    out.push({ key: 'content_all_caps', group: 'content', value: clamp(caps / words.length, 0, 1), sentence: `Written largely in capitals (${Math.round((100 * caps) / words.length)}% of words).` });
  }
  const run = Math.max(0, ...(text.match(/!+/g) ?? []).map((m) => m.length));
  if (run >= 2) out.push({ key: 'content_exclamation', group: 'content', value: clamp((run - 1) / 2, 0, 1), sentence: `Has a run of ${run} exclamation marks.` });
  if (tokens.includes('?')) out.push({ key: 'content_question', group: 'content', value: 1, sentence: 'Is phrased as a question rather than a statement.' });
  if (/\d/.test(text.replace(/https?:\/\/\S+/g, ''))) out.push({ key: 'content_numbers', group: 'content', value: 1, sentence: 'States numbers (counts, times or ages).' });
  if (/["\u201C][^"\u201D]{3,}["\u201D]/.test(text)) out.push({ key: 'content_quote', group: 'content', value: 1, sentence: 'Quotes someone directly.' });
  const mentions = (text.match(/(^|[^\w@])@\w{1,15}/g) ?? []).length;
  if (mentions > 0) out.push({ key: 'content_mentions', group: 'content', value: clamp(mentions / 3, 0, 1), sentence: `Addresses or names ${plural(mentions, 'account')} (@…).` });
  if (SPECIFIC_DETAIL.test(text)) out.push({ key: 'content_specifics', group: 'content', value: 1, sentence: 'Gives checkable specifics (a time or a street address).' });
  return out;
}
