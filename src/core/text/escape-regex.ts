/**
 * A literal string made safe to put inside a regular expression.
 *
 * @example new RegExp(`\\b${escapeRegex('$5 (cash)')}`) // matches the text "$5 (cash)" literally
 */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
