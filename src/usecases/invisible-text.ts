/**
 * Characters that show nothing: controls, format characters (zero-width space U+200B, joiners
 * U+200C/U+200D, word joiner U+2060, BOM U+FEFF, soft hyphen, tags), whitespace, the Hangul
 * fillers and the blank braille pattern (drawn as blanks), variation selectors and the combining
 * grapheme joiner. The last two are combining marks, kept out of the bracketed class so they are
 * not read as part of the character before them (eslint's no-misleading-character-class).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\s\u115F\u1160\u2800\u3164\uFFA0]|\u034F|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/gu;

/**
 * True when a text has nothing a reader could see: a claim or a post made only of zero-width
 * characters says as little as an empty one.
 *
 * @example isInvisible('\u200B\u200D\uFEFF') // true
 */
export function isInvisible(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}
