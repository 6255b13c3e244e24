/**
 * Small integer ids for indexed terms. The reranker compares a claim with each candidate through
 * these ids held in typed arrays: looking candidates' term strings up in hash maps touched a few
 * dozen scattered heap objects per candidate and was the largest cost of a claim.
 * Ids are process-wide and never reused (like the stem cache, the table only grows with the
 * vocabulary of statements indexed, not with claims).
 */
const ids = new Map<string, number>();

/** The id of a statement term, assigning one if the term is new. */
export function internTerm(term: string): number {
  let id = ids.get(term);
  if (id === undefined) {
    id = ids.size;
    ids.set(term, id);
  }
  return id;
}

/** The id of a term, or -1 if no statement ever held it (claims never assign ids). */
export function termIdOf(term: string): number {
  return ids.get(term) ?? -1;
}

/** Whether `id` is among `list` (a passage's or statement's few distinct term ids). */
export function hasTermId(list: Int32Array, id: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === id) return true;
  return false;
}
