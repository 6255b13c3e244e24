/**
 * Small integer ids for indexed terms. The reranker compares a claim with each candidate through
 * these ids held in typed arrays: looking candidates' term strings up in hash maps touched a few
 * dozen scattered heap objects per candidate and was the largest cost of a claim.
 * Ids are process-wide and never reused. The table grows with the vocabulary of the statements
 * indexed and of the model's synonym and association tables, never with claims' own words.
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

/** The id of a term, or -1 if it has none (claims never assign ids). */
export function termIdOf(term: string): number {
  return ids.get(term) ?? -1;
}

/** Whether `id` is among `list` (a passage's or statement's few distinct term ids). */
export function hasTermId(list: Int32Array, id: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === id) return true;
  return false;
}
