/**
 * `{{upperFirst myth}}`: capitalise the first letter, for a field that may start a sentence.
 *
 * @example upperFirst('posts about the bridge') // 'Posts about the bridge'
 */
export function upperFirst(value: unknown): string {
  const s = typeof value === 'string' ? value : String(value ?? '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
