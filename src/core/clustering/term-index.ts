/**
 * Blocking index: stemmed term → the most recent exemplars that contain it, in a ring of at most
 * `cap` entries. A query reads at most (query terms × cap) entries whatever the number of
 * clusters, which is what keeps the cost per post flat at a million posts. Exemplars of active
 * clusters are re-inserted when they match (see `refresh`), so an old rumor that is still being
 * reposted does not fall out of the window while a quiet one does.
 */
interface Posting {
  items: Int32Array;
  /** Insertions ever made; entry `n` lives at `n % cap` until `total - n > cap`. */
  total: number;
}

export class TermIndex {
  private readonly termIds = new Map<string, number>();
  private readonly postings: Posting[] = [];
  /** Per exemplar: offset into `pool`, where (termId, insertion number) pairs are stored. */
  private exemplarOffset = new Int32Array(1024);
  private exemplarTerms = new Int32Array(1024);
  private pool = new Int32Array(16384);
  private poolUsed = 0;
  private exemplarCount = 0;
  private votes = new Int32Array(1024);
  private stamp = new Int32Array(1024);
  private stampClock = 0;

  constructor(private readonly cap: number) {}

  /** Indexes exemplar `id` (ids are dense, given in increasing order) under its distinct terms. */
  add(id: number, terms: readonly string[]): void {
    const distinct = [...new Set(terms)];
    this.ensureExemplar(id);
    this.ensurePool(distinct.length * 2);
    this.exemplarOffset[id] = this.poolUsed;
    this.exemplarTerms[id] = distinct.length;
    for (const term of distinct) {
      let termId = this.termIds.get(term);
      if (termId === undefined) {
        termId = this.postings.length;
        this.termIds.set(term, termId);
        this.postings.push({ items: new Int32Array(2), total: 0 });
      }
      this.pool[this.poolUsed++] = termId;
      this.pool[this.poolUsed++] = this.push(termId, id);
    }
    this.exemplarCount = Math.max(this.exemplarCount, id + 1);
  }

  /** Re-inserts an exemplar under the terms where it is about to leave the recency window. */
  refresh(id: number): void {
    const start = this.exemplarOffset[id] as number;
    const n = this.exemplarTerms[id] as number;
    for (let k = 0; k < n; k++) {
      const at = start + 2 * k;
      const termId = this.pool[at] as number;
      const posting = this.postings[termId] as Posting;
      if (posting.total - (this.pool[at + 1] as number) > this.cap / 2) this.pool[at + 1] = this.push(termId, id);
    }
  }

  /** Number of distinct terms an exemplar was indexed under. */
  termCount(id: number): number {
    return this.exemplarTerms[id] as number;
  }

  /**
   * Exemplars sharing terms with the query, best first by shared-term cosine, at most `limit`.
   * `alive` filters out exemplars removed by officer actions.
   */
  candidates(terms: readonly string[], limit: number, alive: (id: number) => boolean): number[] {
    const touched: number[] = [];
    const distinct = [...new Set(terms)];
    for (const term of distinct) {
      const termId = this.termIds.get(term);
      if (termId === undefined) continue;
      const posting = this.postings[termId] as Posting;
      const clock = ++this.stampClock;
      const size = Math.min(posting.total, this.cap);
      for (let i = 0; i < size; i++) {
        const id = posting.items[i] as number;
        // A refreshed exemplar can sit twice in one ring; count it once per term.
        if (this.stamp[id] === clock) continue;
        this.stamp[id] = clock;
        if (this.votes[id] === 0) touched.push(id);
        this.votes[id] = (this.votes[id] as number) + 1;
      }
    }
    // Top `limit` by insertion into a short sorted list: a full sort of thousands of touched
    // exemplars per post was the hot spot of the whole clusterer.
    const minShared = distinct.length >= 4 ? 2 : 1;
    const topIds: number[] = [];
    const topCosine: number[] = [];
    for (const id of touched) {
      const shared = this.votes[id] as number;
      this.votes[id] = 0;
      if (shared < minShared) continue;
      const cosine = shared / Math.sqrt(distinct.length * Math.max(1, this.exemplarTerms[id] as number));
      if (topIds.length === limit && cosine <= (topCosine[limit - 1] as number)) continue;
      if (!alive(id)) continue;
      let at = topIds.length;
      while (at > 0 && (topCosine[at - 1] as number) < cosine) at--;
      topIds.splice(at, 0, id);
      topCosine.splice(at, 0, cosine);
      if (topIds.length > limit) {
        topIds.pop();
        topCosine.pop();
      }
    }
    return topIds;
  }

  private push(termId: number, id: number): number {
    const posting = this.postings[termId] as Posting;
    if (posting.total < this.cap && posting.total >= posting.items.length) {
      const grown = new Int32Array(Math.min(this.cap, posting.items.length * 2));
      grown.set(posting.items);
      posting.items = grown;
    }
    posting.items[posting.total % this.cap] = id;
    return posting.total++;
  }

  private ensureExemplar(id: number): void {
    if (id < this.exemplarOffset.length) return;
    const size = Math.max(id + 1, this.exemplarOffset.length * 2);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.exemplarOffset = grow(this.exemplarOffset);
    this.exemplarTerms = grow(this.exemplarTerms);
    this.votes = grow(this.votes);
    this.stamp = grow(this.stamp);
  }

  private ensurePool(extra: number): void {
    if (this.poolUsed + extra <= this.pool.length) return;
    const grown = new Int32Array(Math.max(this.poolUsed + extra, this.pool.length * 2));
    grown.set(this.pool);
    this.pool = grown;
  }
}
