import type { IndexedStatement } from './indexed-statement';

// Okapi BM25 constants as commonly used (Robertson & Zaragoza 2009, "The Probabilistic
// Relevance Framework: BM25 and Beyond").
const K1 = 1.2;
const B = 0.75;

export interface Candidate {
  slot: number;
  doc: IndexedStatement;
  bm25: number;
}

/**
 * Statement-level inverted index with BM25 scoring. Statements live in numbered slots; removing
 * one empties its slot (postings skip empty slots) and the postings are compacted once a
 * quarter of the slots are dead, so upserts and removals stay cheap.
 */
export class InvertedIndex {
  private docs: (IndexedStatement | undefined)[] = [];
  private postings = new Map<string, number[]>();
  private readonly df = new Map<string, number>();
  private readonly slotOf = new Map<number, number>();
  private totalLength = 0;
  private dead = 0;
  private scores = new Float64Array(0);

  get size(): number {
    return this.slotOf.size;
  }

  get(statementId: number): IndexedStatement | undefined {
    const slot = this.slotOf.get(statementId);
    return slot === undefined ? undefined : this.docs[slot];
  }

  values(): IndexedStatement[] {
    return this.docs.filter((d): d is IndexedStatement => d !== undefined);
  }

  add(doc: IndexedStatement): void {
    this.remove(doc.statement.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.slotOf.set(doc.statement.id, slot);
    this.totalLength += doc.length;
    for (const term of doc.tf.keys()) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(slot);
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  remove(statementId: number): void {
    const slot = this.slotOf.get(statementId);
    if (slot === undefined) return;
    const doc = this.docs[slot] as IndexedStatement;
    this.docs[slot] = undefined;
    this.slotOf.delete(statementId);
    this.totalLength -= doc.length;
    for (const term of doc.tf.keys()) {
      const n = (this.df.get(term) ?? 1) - 1;
      if (n > 0) this.df.set(term, n);
      else this.df.delete(term);
    }
    this.dead++;
    if (this.dead > 64 && this.dead * 4 > this.docs.length) this.compact();
  }

  private compact(): void {
    const live = this.values();
    this.docs = [];
    this.postings = new Map();
    this.df.clear();
    this.slotOf.clear();
    this.totalLength = 0;
    this.dead = 0;
    for (const doc of live) this.add(doc);
  }

  /** BM25 inverse document frequency (the +1 form, never negative). */
  idf(term: string): number {
    const n = this.slotOf.size;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The `limit` statements with the highest BM25 score for the query terms. */
  search(queryTerms: string[], limit: number): Candidate[] {
    if (this.scores.length < this.docs.length) this.scores = new Float64Array(this.docs.length * 2);
    const scores = this.scores;
    const touched: number[] = [];
    const avg = this.slotOf.size ? this.totalLength / this.slotOf.size : 1;
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const slot of list) {
        const doc = this.docs[slot];
        if (!doc) continue;
        const tf = doc.tf.get(term) as number;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] = (scores[slot] as number) + (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / avg));
      }
    }
    const out: Candidate[] = touched.map((slot) => ({ slot, doc: this.docs[slot] as IndexedStatement, bm25: scores[slot] as number }));
    for (const slot of touched) scores[slot] = 0;
    out.sort((a, b) => b.bm25 - a.bm25 || a.doc.statement.id - b.doc.statement.id);
    return out.slice(0, limit);
  }

  /** The statements whose canonical URL is one of `urls`. */
  byUrl(urls: readonly string[]): IndexedStatement[] {
    if (!urls.length) return [];
    const wanted = new Set(urls);
    return this.values().filter((d) => d.url !== null && wanted.has(d.url));
  }
}
