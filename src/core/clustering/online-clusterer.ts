import { compareTwoStrings } from 'string-similarity';
import { comparableText, contentHash } from '../text/normalize';
import { contentTerms } from '../text/terms';
import { canonicalUrl } from '../text/urls';

export interface ClusterablePostInput {
  key: string;
  text: string;
  urls: string[];
  sourceClusterId: number | null;
}

export type AssignReason = 'exact' | 'repost' | 'url' | 'near_duplicate' | 'new';

export interface Assignment {
  clusterId: number;
  reason: AssignReason;
  similarity: number | null;
}

export interface ClustererOptions {
  /** Pair similarity from which a post joins a cluster. */
  threshold: number;
  /** Exemplars kept per cluster for comparison; bounds memory and per-post cost. */
  exemplarsPerCluster: number;
  /** Postings longer than this are too common to block on (like stop words). */
  maxPostings: number;
  /** Candidate clusters compared in full per post. */
  maxCandidates: number;
  /** Hosts whose links say nothing about which rumor a post carries (the department's own site, link shorteners). */
  genericHosts: string[];
}

const DEFAULTS: ClustererOptions = { threshold: 0.55, exemplarsPerCluster: 4, maxPostings: 5000, maxCandidates: 40, genericHosts: [] };

interface Exemplar {
  clusterId: number;
  comparable: string;
  terms: Set<string>;
}

/** Pair similarity: character-bigram Dice on comparable text, backed by stemmed-term overlap. */
export function pairSimilarity(a: { comparable: string; terms: Set<string> }, b: { comparable: string; terms: Set<string> }): number {
  const dice = compareTwoStrings(a.comparable, b.comparable);
  let shared = 0;
  for (const t of a.terms) if (b.terms.has(t)) shared += 1;
  const jaccard = a.terms.size + b.terms.size - shared ? shared / (a.terms.size + b.terms.size - shared) : 0;
  return 0.6 * dice + 0.4 * jaccard;
}

/**
 * Assigns posts to rumor clusters in arrival order. Exact copies (same comparable text),
 * reposts and quotes (their source's cluster) and posts sharing a specific link join at once;
 * others are compared only with the exemplars of clusters that share rare terms with them
 * (an inverted index used for blocking), so the cost per post does not grow with the number
 * of clusters.
 */
export class OnlineClusterer {
  private readonly options: ClustererOptions;
  private readonly byHash = new Map<string, number>();
  private readonly byUrl = new Map<string, number>();
  private readonly exemplars: Exemplar[] = [];
  private readonly exemplarsOf = new Map<number, number[]>();
  private readonly postings = new Map<string, number[]>();
  private readonly redirect = new Map<number, number>();

  constructor(options: Partial<ClustererOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Follows merges: the cluster an old id now lives in. */
  resolve(clusterId: number): number {
    let id = clusterId;
    for (let guard = 0; guard < 100 && this.redirect.has(id); guard++) id = this.redirect.get(id) as number;
    return id;
  }

  private prepare(text: string): { comparable: string; terms: Set<string> } {
    return { comparable: comparableText(text), terms: new Set(contentTerms(text)) };
  }

  private specificUrls(urls: string[]): string[] {
    return urls
      .map((u) => canonicalUrl(u))
      .filter((u): u is string => !!u && u.includes('/') && !this.options.genericHosts.some((h) => u.startsWith(h)));
  }

  private addExemplar(clusterId: number, prepared: { comparable: string; terms: Set<string> }): void {
    const list = this.exemplarsOf.get(clusterId) ?? [];
    if (list.length >= this.options.exemplarsPerCluster || !prepared.comparable) return;
    const index = this.exemplars.length;
    this.exemplars.push({ clusterId, ...prepared });
    list.push(index);
    this.exemplarsOf.set(clusterId, list);
    for (const term of prepared.terms) {
      const posting = this.postings.get(term);
      if (!posting) this.postings.set(term, [index]);
      else if (posting.length <= this.options.maxPostings) posting.push(index);
    }
  }

  /** The best cluster for a text without joining it, or null. */
  peek(text: string, urls: string[] = []): { clusterId: number; similarity: number } | null {
    const hashHit = this.byHash.get(contentHash(text));
    if (hashHit !== undefined) return { clusterId: this.resolve(hashHit), similarity: 1 };
    for (const url of this.specificUrls(urls)) {
      const hit = this.byUrl.get(url);
      if (hit !== undefined) return { clusterId: this.resolve(hit), similarity: 1 };
    }
    const best = this.nearest(this.prepare(text));
    return best && best.similarity >= this.options.threshold ? best : null;
  }

  private nearest(prepared: { comparable: string; terms: Set<string> }): { clusterId: number; similarity: number } | null {
    const votes = new Map<number, number>();
    for (const term of prepared.terms) {
      const posting = this.postings.get(term);
      if (!posting || posting.length > this.options.maxPostings) continue;
      for (const index of posting) votes.set(index, (votes.get(index) ?? 0) + 1);
    }
    const candidates = [...votes.entries()]
      .filter(([, n]) => n >= Math.min(2, prepared.terms.size))
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.options.maxCandidates);
    let best: { clusterId: number; similarity: number } | null = null;
    for (const [index] of candidates) {
      const exemplar = this.exemplars[index] as Exemplar;
      const similarity = pairSimilarity(prepared, exemplar);
      if (!best || similarity > best.similarity) best = { clusterId: this.resolve(exemplar.clusterId), similarity };
    }
    return best;
  }

  assign(post: ClusterablePostInput, newClusterId: () => number): Assignment {
    const prepared = this.prepare(post.text);
    const hash = contentHash(post.text);
    const urls = this.specificUrls(post.urls);
    const remember = (clusterId: number, reason: AssignReason, similarity: number | null): Assignment => {
      const id = this.resolve(clusterId);
      if (prepared.comparable && !this.byHash.has(hash)) this.byHash.set(hash, id);
      for (const url of urls) if (!this.byUrl.has(url)) this.byUrl.set(url, id);
      if (reason === 'new' || reason === 'near_duplicate') this.addExemplar(id, prepared);
      return { clusterId: id, reason, similarity };
    };
    if (post.sourceClusterId !== null) return remember(post.sourceClusterId, 'repost', null);
    const exact = prepared.comparable ? this.byHash.get(hash) : undefined;
    if (exact !== undefined) return remember(exact, 'exact', 1);
    for (const url of urls) {
      const hit = this.byUrl.get(url);
      if (hit !== undefined) return remember(hit, 'url', null);
    }
    const best = this.nearest(prepared);
    if (best && best.similarity >= this.options.threshold) return remember(best.clusterId, 'near_duplicate', best.similarity);
    return remember(newClusterId(), 'new', null);
  }

  /** Restores a cluster from storage: its representative and a few members. */
  restore(clusterId: number, texts: string[], urls: string[]): void {
    for (const text of texts) {
      const prepared = this.prepare(text);
      this.addExemplar(clusterId, prepared);
      const hash = contentHash(text);
      if (prepared.comparable && !this.byHash.has(hash)) this.byHash.set(hash, clusterId);
    }
    for (const url of this.specificUrls(urls)) if (!this.byUrl.has(url)) this.byUrl.set(url, clusterId);
  }

  /** Restores one exact-copy identity (a post's content hash); later calls win. */
  restoreHash(hash: string, clusterId: number): void {
    this.byHash.set(hash, clusterId);
  }

  /** Officer merge: everything that pointed at `fromId` now lands in `intoId`. */
  merge(fromId: number, intoId: number): void {
    this.redirect.set(fromId, intoId);
  }

  /**
   * Officer move or split: the post's exact copies follow it to its new cluster, so the
   * automatic assignment never undoes the officer's decision for later copies.
   */
  movePost(text: string | null, toClusterId: number): void {
    if (text) this.byHash.set(contentHash(text), toClusterId);
  }
}
