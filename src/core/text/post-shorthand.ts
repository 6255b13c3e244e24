/** Shorthand of posts written out: "w/o" and "w/" are how posts spell without and with. */
const SHORTHAND = /(?<![\p{L}\p{N}/])(w\/o|b\/c|w\/)(?![\p{L}\p{N}/])|(?<![\p{L}\p{N}/])w\/(?=\p{L})/giu;
const WRITTEN: Record<string, string> = { 'w/o': 'without', 'b/c': 'because', 'w/': 'with' };

/**
 * A post's shorthand in words, so the readers see the negation in "no drones w/o a permit".
 *
 * @example expandShorthand('no drones w/o a permit') // 'no drones without a permit'
 */
export function expandShorthand(text: string): string {
  if (!text.includes('/')) return text;
  return text.replace(SHORTHAND, (m: string, _group: string | undefined, offset: number) => {
    const written = WRITTEN[m.toLowerCase()] ?? m;
    // "w/the kids": the word after it was glued on.
    return /\p{L}/u.test(text.charAt(offset + m.length)) ? `${written} ` : written;
  });
}
