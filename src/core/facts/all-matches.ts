/**
 * Every match of a global pattern that never matches the empty string, in order: what
 * `text.matchAll(pattern)` gives, without the copy of the pattern that matchAll makes on every
 * call (extraction runs a dozen patterns per sentence of every claim).
 *
 * @example allMatches(/\d+/g, 'zone 4 and 6').map((m) => m[0]) // ['4', '6']
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) out.push(m);
  return out;
}
