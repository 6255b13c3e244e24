import type { PrivacyFinding, PrivacyKind } from './privacy-types';

/**
 * Run a global regex over `text` and turn each accepted match into a finding. `pick` chooses the
 * span inside the match (e.g. the plate after "plate") and may reject the match by returning
 * null; a rejected match is retried one character later so a bad candidate cannot hide a good
 * one that overlaps it.
 */
export function collectMatches(
  text: string,
  pattern: RegExp,
  kind: PrivacyKind,
  pick: (match: RegExpExecArray) => { start: number; end: number } | null = (m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }),
): PrivacyFinding[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const found: PrivacyFinding[] = [];
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const span = pick(match);
    if (span && span.end > span.start) {
      found.push({ kind, value: text.slice(span.start, span.end), start: span.start, end: span.end });
      re.lastIndex = Math.max(span.end, match.index + 1);
    } else {
      re.lastIndex = match.index + 1;
    }
  }
  return found;
}
