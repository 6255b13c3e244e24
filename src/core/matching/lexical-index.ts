import { comparableText } from '../text/normalize';
import { contentTerms } from '../text/terms';

/** One searchable unit: a statement's title or one of its paragraphs. */
interface Passage {
  statementId: number;
  isTitle: boolean;
  text: string;
  /** Comparable form of the text, computed once for the fuzzy (Dice) feature. */
  comparable: string;
  length: number;
  terms: Map<string, number>;
}

// Okapi BM25 constants as commonly used (Robertson & Zaragoza 2009, "The Probabilistic
// Relevance Framework"); short passages make b matter less than for whole documents.
const K1 = 1.2;
const B = 0.75;

export interface PassageHit {
  statementId: number;
  score: number;
  passage: string;
  comparable: string;
  titleScore: number;
}

/**
 * An in-memory inverted index over statement passages with BM25 scoring. Updates are
 * incremental: replacing a statement removes its old passages from the postings.
 */
export class LexicalIndex {
  private readonly passages = new Map<number, Passage>();
  private readonly postings = new Map<string, Set<number>>();
  private readonly byStatement = new Map<number, number[]>();
  private readonly documentTerms = new Map<number, Set<string>>();
  private nextPassageId = 1;
  private totalLength = 0;

  get statementCount(): number {
    return this.byStatement.size;
  }

  put(statementId: number, title: string, body: string): void {
    this.remove(statementId);
    const texts = [title, ...body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)];
    const ids: number[] = [];
    const all = new Set<string>();
    texts.forEach((text, i) => {
      const terms = contentTerms(text);
      if (!terms.length) return;
      const counts = new Map<string, number>();
      for (const t of terms) {
        counts.set(t, (counts.get(t) ?? 0) + 1);
        all.add(t);
      }
      const id = this.nextPassageId++;
      this.passages.set(id, { statementId, isTitle: i === 0, text, comparable: comparableText(text), length: terms.length, terms: counts });
      this.totalLength += terms.length;
      for (const term of counts.keys()) {
        let set = this.postings.get(term);
        if (!set) this.postings.set(term, (set = new Set()));
        set.add(id);
      }
      ids.push(id);
    });
    this.byStatement.set(statementId, ids);
    this.documentTerms.set(statementId, all);
  }

  remove(statementId: number): void {
    for (const id of this.byStatement.get(statementId) ?? []) {
      const passage = this.passages.get(id);
      if (!passage) continue;
      for (const term of passage.terms.keys()) {
        const set = this.postings.get(term);
        set?.delete(id);
        if (set && set.size === 0) this.postings.delete(term);
      }
      this.totalLength -= passage.length;
      this.passages.delete(id);
    }
    this.byStatement.delete(statementId);
    this.documentTerms.delete(statementId);
  }

  /** Inverse document frequency over passages (BM25's, floored at a small positive value). */
  idf(term: string): number {
    const n = this.passages.size || 1;
    const df = this.postings.get(term)?.size ?? 0;
    return Math.max(0.05, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  termsOf(statementId: number): Set<string> {
    return this.documentTerms.get(statementId) ?? new Set();
  }

  /** The best passage of each statement for the query terms, top `limit` statements by score. */
  search(queryTerms: string[], limit: number): PassageHit[] {
    const unique = [...new Set(queryTerms)];
    const avgLength = this.passages.size ? this.totalLength / this.passages.size : 1;
    const scores = new Map<number, number>();
    for (const term of unique) {
      const ids = this.postings.get(term);
      if (!ids) continue;
      const idf = this.idf(term);
      for (const id of ids) {
        const p = this.passages.get(id) as Passage;
        const tf = p.terms.get(term) ?? 0;
        const part = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * p.length) / avgLength));
        scores.set(id, (scores.get(id) ?? 0) + part);
      }
    }
    const best = new Map<number, PassageHit>();
    for (const [id, score] of scores) {
      const p = this.passages.get(id) as Passage;
      const hit = best.get(p.statementId) ?? { statementId: p.statementId, score: 0, passage: '', comparable: '', titleScore: 0 };
      if (p.isTitle) hit.titleScore = score;
      if (score > hit.score) {
        hit.score = score;
        hit.passage = p.text;
        hit.comparable = p.comparable;
      }
      best.set(p.statementId, hit);
    }
    // A title hit backs up a body hit: the statement is about this, not just mentioning it.
    return [...best.values()]
      .map((h) => ({ ...h, score: h.score + 0.5 * h.titleScore }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}
