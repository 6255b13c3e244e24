/** An author's earlier claims, and how many sat in clusters a statement contradicts. */
export interface AuthorHistory {
  priorClaims: number;
  priorContradicted: number;
}

/**
 * Author histories for one chunk, read with one query instead of one per post.
 *
 * Exact, not approximate: the seed counts every stored post of the chunk's authors (all have
 * lower ids than the chunk's new posts), and each new post is added once it is clustered. A
 * cluster's match cannot change between its post's arrival and the end of the chunk (new
 * clusters are matched when created, re-matching waits for the chunk's end), so counting the
 * post as contradicted or not at that moment gives what a per-post query would have given.
 */
export class AuthorTally {
  private readonly counts = new Map<string, AuthorHistory>();

  constructor(seed: Map<string, AuthorHistory>) {
    for (const [handle, history] of seed) this.counts.set(handle, { ...history });
  }

  /** The history before the post being scored. */
  before(handle: string): AuthorHistory {
    const history = this.counts.get(handle);
    return history ? { ...history } : { priorClaims: 0, priorContradicted: 0 };
  }

  /** Counts a post once it belongs to a cluster. */
  add(handle: string, contradicted: boolean): void {
    const history = this.counts.get(handle);
    if (history) {
      history.priorClaims += 1;
      if (contradicted) history.priorContradicted += 1;
    } else {
      this.counts.set(handle, { priorClaims: 1, priorContradicted: contradicted ? 1 : 0 });
    }
  }
}
