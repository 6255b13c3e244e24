/**
 * JSON text of a parsed value for a reject's preview or reason. JSON.parse accepts nesting
 * far deeper than JSON.stringify can recurse, so a hostile `[[[[…]]]]` record would otherwise
 * throw a RangeError and end the whole batch instead of becoming one reject.
 *
 * @example previewJson([1, 2]) // '[1,2]'
 */
export function previewJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '[…too deeply nested…]' : '{…too deeply nested…}';
  }
}
