import type { IndexedStatement } from './indexed-statement';

// Okapi BM25 (Robertson & Zaragoza 2009, "The Probabilistic Relevance Framework: BM25 and
// Beyond"). k1 as commonly used; b below the usual 0.75 because statements are short and of
// similar length, so length normalisation mostly adds noise (chosen on CheckThat! dev, see
// data/models/README-matching.md).
const K1 = 1.2;
const B = 0.5;

const EMPTY: ReadonlySet<string> = new Set();

/** A term's postings: parallel lists of slots and term frequencies. */
export interface PostingList {
  slots: number[];
  tfs: number[];
}

/** A claim term looked up once: its postings and IDF, valid while `generation` is unchanged. */
export interface ResolvedTerm {
  postings: PostingList | undefined;
  idf: number;
  /** Each posting's BM25 term score (-1: emptied slot), parallel to `postings.slots`. */
  impacts: Float64Array;
}

const NO_IMPACTS = new Float64Array(0);

export interface Candidate {
  slot: number;
  doc: IndexedStatement;
  bm25: number;
  /** Bit i set: query term i (of the first 32) occurs in the statement. */
  mask: number;
  /** Σ count × tf × idf² over shared terms: the TF-IDF dot product with the query. */
  dot: number;
}

/**
 * Statement-level inverted index with BM25 scoring. Statements live in numbered slots; removing
 * one empties its slot (postings skip empty slots) and the postings are compacted once a
 * quarter of the slots are dead, so upserts and removals stay cheap.
 */
export class InvertedIndex {
  private docs: (IndexedStatement | undefined)[] = [];
  /** term → parallel lists of slots and term frequencies (no per-posting map lookups). */
  private postings = new Map<string, PostingList>();
  /** Document length per slot; -1 marks an emptied slot. */
  private lengths: number[] = [];
  private readonly df = new Map<string, number>();
  private readonly slotOf = new Map<number, number>();
  /** Canonical URL → statement ids: claims with links must not scan every statement. */
  private readonly urlIds = new Map<string, Set<number>>();
  private totalLength = 0;
  private dead = 0;
  /**
   * Per slot, side by side: BM25 score, TF-IDF dot product, term mask. One cache line per
   * posting instead of three scattered ones (the walk visits slots in no useful order).
   */
  private acc = new Float64Array(0);
  /** Slots the current walk has scored, reused across claims: a claim touches thousands. */
  private touchedSlots = new Int32Array(0);
  private readonly idfCache = new Map<string, number>();
  /** Bumped whenever document frequencies change, so per-passage IDF sums can be cached. */
  private gen = 0;
  /** First four letters → terms: finds inflections that Porter2 leaves apart. */
  private readonly byPrefix = new Map<string, Set<string>>();
  /** The same prefixes when they are four letters a-z, as bits: tested without cutting strings. */
  private readonly prefixBits = new Uint8Array(26 ** 4);

  /** Changes whenever any IDF may have changed. */
  get generation(): number {
    return this.gen;
  }

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
    this.lengths.push(doc.length);
    this.slotOf.set(doc.statement.id, slot);
    if (doc.url !== null) {
      let ids = this.urlIds.get(doc.url);
      if (!ids) this.urlIds.set(doc.url, (ids = new Set()));
      ids.add(doc.statement.id);
    }
    this.totalLength += doc.length;
    for (const [term, tf] of doc.tf) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = { slots: [], tfs: [] }));
      list.slots.push(slot);
      list.tfs.push(tf);
      const df = this.df.get(term) ?? 0;
      this.df.set(term, df + 1);
      // Only a term new to the index can be new to its prefix group.
      if (df === 0 && term.length >= 4) {
        const key = term.slice(0, 4);
        const code = letterCode(term, 0);
        if (code >= 0) this.prefixBits[code] = 1;
        let set = this.byPrefix.get(key);
        if (!set) this.byPrefix.set(key, (set = new Set()));
        set.add(term);
      }
    }
    this.idfCache.clear();
    this.gen++;
  }

  /** Whether some statement currently holds `term`. */
  has(term: string): boolean {
    return this.df.has(term);
  }

  /** Every term currently indexed. */
  terms(): IterableIterator<string> {
    return this.df.keys();
  }

  /**
   * Whether some term ever indexed starts with the four letters at `word[start]` (a-z only; false
   * otherwise). Like prefixSiblings(word.slice(start)).size > 0, without the slice.
   */
  hasPrefixAt(word: string, start: number): boolean {
    const code = letterCode(word, start);
    return code >= 0 && this.prefixBits[code] === 1;
  }

  /** Indexed terms sharing `term`'s first four letters (may include terms no longer indexed). */
  prefixSiblings(term: string): ReadonlySet<string> {
    return this.byPrefix.get(term.slice(0, 4)) ?? EMPTY;
  }

  remove(statementId: number): void {
    const slot = this.slotOf.get(statementId);
    if (slot === undefined) return;
    const doc = this.docs[slot] as IndexedStatement;
    this.docs[slot] = undefined;
    this.lengths[slot] = -1;
    this.slotOf.delete(statementId);
    if (doc.url !== null) this.urlIds.get(doc.url)?.delete(statementId);
    this.totalLength -= doc.length;
    for (const term of doc.tf.keys()) {
      const n = (this.df.get(term) ?? 1) - 1;
      if (n > 0) this.df.set(term, n);
      else this.df.delete(term);
    }
    this.idfCache.clear();
    this.gen++;
    this.dead++;
    if (this.dead > 64 && this.dead * 4 > this.docs.length) this.compact();
  }

  private compact(): void {
    const live = this.values();
    this.docs = [];
    this.lengths = [];
    this.postings = new Map();
    this.df.clear();
    this.slotOf.clear();
    this.totalLength = 0;
    this.dead = 0;
    for (const doc of live) this.add(doc);
  }

  /** BM25 inverse document frequency (the +1 form, never negative). */
  idf(term: string): number {
    let value = this.idfCache.get(term);
    if (value === undefined) {
      const n = this.slotOf.size;
      const df = this.df.get(term) ?? 0;
      value = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      this.idfCache.set(term, value);
    }
    return value;
  }

  /** A term's postings and IDF, for callers that keep them per term across claims. */
  resolve(term: string): ResolvedTerm {
    const postings = this.postings.get(term);
    const idf = this.idf(term);
    return { postings, idf, impacts: postings ? this.impactsOf(postings, idf) : NO_IMPACTS };
  }

  /**
   * A term's BM25 score in each statement holding it. The same for every claim until the index
   * changes, so callers that keep resolved terms do not recompute it, nor read the statement's
   * length at a random place, for each posting of each claim.
   */
  private impactsOf({ slots, tfs }: PostingList, idf: number): Float64Array {
    const { base, perLength } = this.lengthNorm();
    const gain = idf * (K1 + 1);
    const out = new Float64Array(slots.length);
    for (let i = 0; i < slots.length; i++) {
      const length = this.lengths[slots[i] as number] as number;
      const tf = tfs[i] as number;
      out[i] = length < 0 ? -1 : (gain * tf) / (tf + base + perLength * length);
    }
    return out;
  }

  private lengthNorm(): { base: number; perLength: number } {
    const avg = this.slotOf.size ? this.totalLength / this.slotOf.size : 1;
    return { base: K1 * (1 - B), perLength: (K1 * B) / avg };
  }

  /**
   * The `limit` statements with the highest BM25 score for the query's distinct terms, each with
   * the mask of the terms it holds (the posting walk knows it; the reranker would otherwise look
   * every term up again).
   */
  search(queryTerms: readonly string[], limit: number, queryCounts: readonly number[] = []): Candidate[] {
    return this.searchResolved(queryTerms.map((t) => this.resolve(t)), limit, queryCounts);
  }

  /** `search` for terms already resolved in the current generation. */
  searchResolved(queryTerms: readonly ResolvedTerm[], limit: number, queryCounts: readonly number[] = []): Candidate[] {
    if (this.acc.length < this.docs.length * 3) {
      this.acc = new Float64Array(this.docs.length * 6);
      this.touchedSlots = new Int32Array(this.docs.length * 2);
    }
    const acc = this.acc;
    const touched = this.touchedSlots;
    let nTouched = 0;
    for (let q = 0; q < queryTerms.length; q++) {
      const { postings: list, idf, impacts } = queryTerms[q] as ResolvedTerm;
      if (!list) continue;
      const bit = q < 32 ? 1 << q : 0;
      const dotGain = (queryCounts[q] ?? 1) * idf * idf;
      const { slots, tfs } = list;
      for (let i = 0; i < impacts.length; i++) {
        const impact = impacts[i] as number;
        if (impact < 0) continue;
        const slot = slots[i] as number;
        const tf = tfs[i] as number;
        const at = slot * 3;
        const before = acc[at] as number;
        if (before === 0) touched[nTouched++] = slot;
        acc[at] = before + impact;
        acc[at + 1] = (acc[at + 1] as number) + dotGain * tf;
        // Bit 31 makes the int32 negative; `>>> 0` below gives the unsigned mask back.
        acc[at + 2] = (acc[at + 2] as number) | bit;
      }
    }
    // Partial selection: keep the best `limit` slots without sorting every touched statement.
    const top: number[] = [];
    let floor = -Infinity;
    for (let t = 0; t < nTouched; t++) {
      const slot = touched[t] as number;
      const score = acc[slot * 3] as number;
      if (top.length >= limit && score <= floor) continue;
      let i = top.length;
      while (i > 0 && (acc[(top[i - 1] as number) * 3] as number) < score) i--;
      top.splice(i, 0, slot);
      if (top.length > limit) top.pop();
      floor = acc[(top[top.length - 1] as number) * 3] as number;
    }
    const out = top.map((slot) => ({ slot, doc: this.docs[slot] as IndexedStatement, bm25: acc[slot * 3] as number, mask: (acc[slot * 3 + 2] as number) >>> 0, dot: acc[slot * 3 + 1] as number }));
    for (let t = 0; t < nTouched; t++) {
      const at = (touched[t] as number) * 3;
      acc[at] = 0;
      acc[at + 1] = 0;
      acc[at + 2] = 0;
    }
    return out;
  }

  /** The statements whose canonical URL is one of `urls`. */
  byUrl(urls: readonly string[]): IndexedStatement[] {
    const out: IndexedStatement[] = [];
    for (const url of new Set(urls)) {
      for (const id of this.urlIds.get(url) ?? []) {
        const doc = this.get(id);
        if (doc) out.push(doc);
      }
    }
    return out;
  }
}

/** The four letters at `s[start]` as a number below 26^4, or -1 if they are not all a-z. */
function letterCode(s: string, start: number): number {
  if (start + 4 > s.length) return -1;
  let code = 0;
  for (let i = start; i < start + 4; i++) {
    const c = s.charCodeAt(i) - 97;
    if (c < 0 || c > 25) return -1;
    code = code * 26 + c;
  }
  return code;
}
