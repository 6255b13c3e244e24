import Handlebars from 'handlebars';
import { matchDecisionWords, stanceWords } from '../../core/match-words';
import { highlightTerms } from './highlight-terms';
import { asFindings, kindLabel, markFindings } from './privacy-marks';
import { formatInstant } from '../../core/time/zoned-time';

type HelperOptions = Handlebars.HelperOptions;

function rootZone(options: HelperOptions): string {
  const root = (options.data as { root?: { timeZone?: unknown } } | undefined)?.root;
  return typeof root?.timeZone === 'string' ? root.timeZone : 'UTC';
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * The helpers views may call. Any helper that returns markup escapes its input itself and
 * says so by returning a SafeString; every other helper returns plain text that Handlebars
 * escapes as usual.
 */
export const VIEW_HELPERS: Record<string, Handlebars.HelperDelegate> = {
  /** `{{highlight text terms}}`: the text escaped, matched words in <mark>. */
  highlight: (text: unknown, terms: unknown) =>
    new Handlebars.SafeString(highlightTerms(String(text ?? ''), Array.isArray(terms) ? terms.filter((t): t is string => typeof t === 'string') : [])),
  /** `{{privacyMarked text findings}}`: the draft text escaped, each finding marked with its kind. */
  privacyMarked: (text: unknown, findings: unknown) =>
    new Handlebars.SafeString(markFindings(String(text ?? ''), asFindings(Array.isArray(findings) ? findings : []))),
  kindLabel: (kind: unknown) => kindLabel(String(kind)),
  /** A signed credibility contribution in points, with a true minus sign: +12.5, −3.0. */
  signed: (value: unknown) => {
    const n = num(value);
    if (Math.abs(n) < 0.05) return '0.0';
    return `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(1)}`;
  },
  fixed: (value: unknown, digits: unknown) => num(value).toFixed(typeof digits === 'number' ? digits : 2),
  percent: (value: unknown) => `${Math.round(num(value) * 100)}%`,
  /** `{{when iso}}`: an instant in the department's time zone (the page model's `timeZone`). */
  when: (iso: unknown, options: HelperOptions) => formatInstant(typeof iso === 'string' ? iso : null, rootZone(options)),
  /** snake_case codes in words: rebut_now → "rebut now". */
  words: (value: unknown) => String(value ?? '').replace(/_/g, ' '),
  /** A match decision as its strength: strong → "strong match" (never a credibility word). */
  matchWords: (value: unknown) => matchDecisionWords(typeof value === 'string' ? value : null),
  /** A stance in words: unclear → "unclear — read the statement". */
  stanceWords: (value: unknown) => stanceWords(typeof value === 'string' ? value : null),
  eq: (a: unknown, b: unknown) => a === b,
  lt: (a: unknown, b: unknown) => num(a) < num(b),
  /** A compact one-line rendering of an audit record's payload (escaped like any text). */
  brief: (value: unknown) => {
    if (value === null || value === undefined) return '';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 240 ? `${text.slice(0, 237)}…` : text;
  },
};
