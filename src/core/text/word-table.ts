/**
 * A word → value table without a prototype. Words come from user text, and a plain object
 * answers "constructor" or "toString" with Object's own functions (a claim saying "constructor"
 * became a number token whose term was a function).
 *
 * @example wordTable({ one: '1' }).constructor // undefined
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
