import type { ContrastLexicon, KeyFact } from '../facts';
import { comparableText } from '../text/normalize';
import { blockingStems, prepareComparable, type PreparedText } from './cluster-text';
import { factConflicts, rememberFacts, vetoFacts, type FactConflict } from './fact-veto';
import { compilePairModel, type CompiledPairModel, type PairModel } from './pair-model';
import { specificUrls } from './specific-urls';
import { PostKeyMap } from './post-key-map';
import { TermIndex } from './term-index';
import { textHash } from './text-hash';
import { TypedVector } from './typed-vector';

/** A post as the clusterer sees it. */
export interface ClusterPost {
  /** The post id as a string. */
  key: string;
  text: string;
  urls: string[];
  /** The post this one reposts or quotes (replies are not passed: a reply is not the same claim). */
  sourceKey?: string | null;
}

/** A stored post given back at start-up, with the cluster it is in. */
export interface RestoredPost extends ClusterPost {
  clusterId: number;
  /** Placed by an officer (moved or split out): its exact copies follow it, whatever came first. */
  pinned?: boolean;
}

export type AssignReason = 'exact' | 'repost' | 'url' | 'near_duplicate' | 'new';

export interface Assignment {
  clusterId: number;
  reason: AssignReason;
  /** Pair score of the deciding comparison (1 for exact copies, null when no text was compared). */
  similarity: number | null;
  /** The earlier post that decided the assignment. */
  matchedPostKey?: string;
  /**
   * Why the best-scoring cluster was not joined: its members' key facts conflict with the
   * post's (alive/dead, 4 vs 40, another street). Present only when a cluster was refused.
   */
  conflicts?: FactConflict[];
}

export interface ClustererOptions {
  /** The fitted pair model (data/models/cluster-pair.json), raw or compiled. */
  model: PairModel | CompiledPairModel;
  /** Allocates the id of a new cluster (the store's sequence); default: a counter above every id seen. */
  nextClusterId?: () => number;
  /** Pair score from which a post joins a cluster; default the model's threshold. */
  threshold?: number;
  /** Score a post with words of its own needs to join the cluster of a link it shares. */
  urlThreshold?: number;
  /** Posts with at most this many content words are carried by their link alone ("wow", "read this"). */
  linkOnlyWords?: number;
  /** Distinct texts kept per cluster for comparison: bounds memory and per-post cost. */
  exemplarsPerCluster?: number;
  /** Most recent exemplars kept per term in the blocking index. */
  postingCap?: number;
  /** Exemplars compared in full per post. */
  candidates?: number;
  /** Hosts whose links never decide a cluster (the department's own site). */
  ignoredUrlHosts?: string[];
  /** Prepared exemplars kept ready (hot rumors are compared again and again). */
  preparedCacheSize?: number;
  /**
   * The contrast lexicon of key facts (data/lexicons/contrasts.json). With it, a post never
   * joins a cluster whose members' key facts conflict with its own; without it, no veto.
   */
  contrast?: ContrastLexicon;
  /** Key facts remembered per cluster from members that are not exemplars. */
  factsPerCluster?: number;
  /** Exemplars whose key facts are kept ready (most exemplars are never a candidate again). */
  factsCacheSize?: number;
}

/** What `decide` worked out about the post that `record` can reuse. */
interface DecideState {
  facts: readonly KeyFact[] | null;
}

const NONE = -1;

/**
 * Online rumor clustering in arrival order. In order of precedence a post joins: the cluster of
 * the post it reposts or quotes; the cluster of an earlier post with the same comparable text;
 * the cluster of an earlier post with the same specific link (if the text agrees or the post is
 * only the link); the cluster of the most similar exemplar under the fitted pair model, found
 * through a bounded term index; otherwise a new cluster.
 *
 * Officer decisions (merge, move, split, remove) are applied to this state so later posts respect
 * them: merged ids redirect for good, exact copies and reposts of a moved post follow it.
 *
 * @example
 * const c = new OnlineClusterer({ model });
 * c.assign({ key: '1', text: 'Elm St bridge closed', urls: [] }); // { clusterId: 1, reason: 'new', ... }
 * c.assign({ key: '2', text: 'RT @x: Elm St bridge closed!!', urls: [] }); // { clusterId: 1, reason: 'exact', ... }
 */
export class OnlineClusterer {
  private readonly scorer: CompiledPairModel;
  private readonly threshold: number;
  private readonly urlThreshold: number;
  private readonly linkOnlyWords: number;
  private readonly exemplarsPerCluster: number;
  private readonly candidateLimit: number;
  private readonly ignoredHosts: string[];
  private readonly cacheSize: number;
  private readonly contrast: ContrastLexicon | null;
  private readonly factsCap: number;
  private readonly factsCacheSize: number;
  private readonly allocate: () => number;
  private maxClusterId = 0;

  // Posts: key → dense index; per index its cluster (raw, resolve through merges), hash, exemplar,
  // in typed arrays (post-key-map.ts, typed-vector.ts): what the clusterer holds per post is most
  // of what a million-row batch keeps in memory.
  private readonly postIndex = new PostKeyMap();
  private readonly postKeys: (string | number)[] = [];
  private readonly postCluster = new TypedVector(Int32Array);
  private readonly postHash = new TypedVector(Float64Array);
  private readonly postExemplar = new TypedVector(Int32Array);

  // Exact copies and links point at the first post that carried them, so they follow that post when an officer moves it.
  private readonly byHash = new Map<number, number>();
  private readonly byUrl = new Map<string, number>();

  private readonly index: TermIndex;
  private readonly exemplarPost: number[] = [];
  private readonly exemplarText: string[] = [];
  private readonly exemplarsOf = new Map<number, number[]>();
  private readonly prepared = new Map<number, PreparedText>();
  // Key facts per exemplar (kept like `prepared`), and per cluster those stated by members that
  // are not exemplars, so a post is checked against everything its cluster has said.
  private readonly exemplarFacts = new Map<number, readonly KeyFact[]>();
  private readonly clusterFacts = new Map<number, KeyFact[]>();
  private readonly redirect = new Map<number, number>();
  private readonly clusterIds = new Set<number>();

  constructor(options: ClustererOptions) {
    this.scorer = 'score' in options.model ? options.model : compilePairModel(options.model);
    this.threshold = options.threshold ?? this.scorer.threshold;
    this.urlThreshold = options.urlThreshold ?? this.threshold / 2;
    this.linkOnlyWords = options.linkOnlyWords ?? 3;
    this.exemplarsPerCluster = options.exemplarsPerCluster ?? 4;
    this.candidateLimit = options.candidates ?? 8;
    this.ignoredHosts = options.ignoredUrlHosts ?? [];
    this.cacheSize = options.preparedCacheSize ?? 4_000;
    this.contrast = options.contrast ?? null;
    this.factsCap = options.factsPerCluster ?? 32;
    this.factsCacheSize = options.factsCacheSize ?? 20_000;
    this.index = new TermIndex(options.postingCap ?? 256);
    this.allocate = options.nextClusterId ?? (() => this.maxClusterId + 1);
  }

  /** The cluster an id now lives in, following officer merges. */
  resolve(clusterId: number): number {
    let id = clusterId;
    let next = this.redirect.get(id);
    while (next !== undefined) {
      id = next;
      next = this.redirect.get(id);
    }
    if (id !== clusterId) this.redirect.set(clusterId, id);
    return id;
  }

  /** The current cluster of a post, or null when unknown. */
  clusterOf(key: string): number | null {
    const i = this.postIndex.get(key);
    return i === undefined ? null : this.resolve(this.postCluster.get(i) as number);
  }

  /** Number of posts and exemplars held (for diagnostics and benchmarks). */
  stats(): { posts: number; exemplars: number; clusters: number } {
    return { posts: this.postIndex.size, exemplars: this.exemplarPost.length, clusters: this.clusterIds.size };
  }

  /** Assigns a new post to a cluster and remembers it. */
  assign(post: ClusterPost): Assignment {
    if (this.postIndex.has(post.key)) {
      const i = this.postIndex.get(post.key) as number;
      return { clusterId: this.resolve(this.postCluster.get(i) as number), reason: 'exact', similarity: 1, matchedPostKey: post.key };
    }
    const comparable = comparableText(post.text);
    const state: DecideState = { facts: null };
    const decision = this.decide(post, comparable, state);
    this.record(post, comparable, decision, false, state.facts);
    return decision;
  }

  /** The cluster a text would join, without remembering it (checking a claim), or null for a new one. */
  peek(text: string, urls: string[] = []): Assignment | null {
    const decision = this.decide({ key: '', text, urls }, comparableText(text), { facts: null });
    return decision.reason === 'new' ? null : decision;
  }

  /**
   * Restores one stored post at start-up. Call in arrival order (post id), after which the
   * clusterer decides later posts as if it had assigned the restored ones itself.
   */
  restore(post: RestoredPost): void {
    if (this.postIndex.has(post.key)) return;
    const viaSource = !!post.sourceKey && this.postIndex.has(post.sourceKey);
    const comparable = comparableText(post.text);
    this.record(post, comparable, { clusterId: post.clusterId, reason: viaSource ? 'repost' : 'near_duplicate', similarity: null }, !!post.pinned);
  }

  /** Restores a whole cluster (members in arrival order); see {@link restore}. */
  addExisting(clusterId: number, members: ClusterPost[]): void {
    for (const m of members) this.restore({ ...m, clusterId });
  }

  /** Officer merge: `fromId` and everything pointing at it live in `intoId` from now on. */
  merge(fromId: number, intoId: number): void {
    const from = this.resolve(fromId);
    const into = this.resolve(intoId);
    this.maxClusterId = Math.max(this.maxClusterId, fromId, intoId);
    if (from === into) return;
    this.redirect.set(from, into);
    this.clusterIds.delete(from);
    const moved = this.exemplarsOf.get(from) ?? [];
    this.exemplarsOf.delete(from);
    this.exemplarsOf.set(into, [...(this.exemplarsOf.get(into) ?? []), ...moved]);
    // An officer's merge overrides the veto: the facts travel with the posts.
    const facts = this.clusterFacts.get(from);
    if (facts) {
      const target = this.clusterFacts.get(into) ?? [];
      rememberFacts(target, facts, this.factsCap * 2);
      this.clusterFacts.set(into, target);
      this.clusterFacts.delete(from);
    }
  }

  /**
   * Officer move: the post now belongs to `toClusterId`, and so do its later exact copies,
   * reposts and link-only shares. Pass the post's text when it may not be one of the kept
   * exemplars, so near-duplicates of it find it in its new cluster too.
   */
  movePost(key: string, toClusterId: number, text?: string): void {
    const i = this.postIndex.get(key);
    if (i === undefined) return;
    this.maxClusterId = Math.max(this.maxClusterId, toClusterId);
    const to = this.resolve(toClusterId);
    const exemplar = this.postExemplar.get(i) as number;
    const source = exemplar !== NONE ? (this.exemplarText[exemplar] as string) : text !== undefined ? comparableText(text) : '';
    if (exemplar !== NONE) this.dropExemplar(exemplar);
    this.postCluster.set(i, to);
    this.clusterIds.add(to);
    const hash = this.postHash.get(i) as number;
    if (hash !== NONE) this.byHash.set(hash, i);
    this.postExemplar.set(i, NONE);
    if (source) this.addExemplar(i, to, source, true);
  }

  /** Officer split: the post leaves its cluster for a new one; returns the new id. */
  splitPost(key: string, text?: string): number {
    const id = this.allocate();
    this.movePost(key, id, text);
    return id;
  }

  /**
   * Forgets a post (deleted or purged): its text is dropped from the exemplars. Its cluster
   * keeps the hash of its text, so a later exact copy still joins the same cluster.
   */
  removePost(key: string): void {
    const i = this.postIndex.get(key);
    if (i === undefined) return;
    const exemplar = this.postExemplar.get(i) as number;
    if (exemplar !== NONE) this.dropExemplar(exemplar);
    this.postExemplar.set(i, NONE);
    this.postIndex.delete(key);
    this.postKeys[i] = '';
  }

  private decide(post: ClusterPost, comparable: string, state: DecideState): Assignment {
    const source = post.sourceKey ? this.postIndex.get(post.sourceKey) : undefined;
    if (source !== undefined) return this.answer(source, 'repost', null);
    if (comparable) {
      const first = this.byHash.get(textHash(comparable));
      if (first !== undefined) return this.answer(first, 'exact', 1);
    }
    const stems = blockingStems(comparable);
    let query: PreparedText | null = null;
    // The first refusal, reported with whatever the post does instead.
    let refused: FactConflict[] | undefined;
    const admits = (clusterId: number): boolean => {
      const conflicts = this.conflictsWith(clusterId, comparable, state);
      if (!conflicts.length) return true;
      refused ??= conflicts;
      return false;
    };
    const explained = (a: Assignment): Assignment => (refused ? { ...a, conflicts: refused } : a);
    for (const url of specificUrls(post.urls, this.ignoredHosts)) {
      const first = this.byUrl.get(url);
      if (first === undefined) continue;
      const clusterId = this.resolve(this.postCluster.get(first) as number);
      if (stems.length <= this.linkOnlyWords) {
        if (admits(clusterId)) return explained(this.answer(first, 'url', null));
        continue;
      }
      // Same link is not same claim: in the Twitter URL corpus 74% of tweet pairs sharing an
      // article link are not paraphrases, so a post with its own words must also agree in text.
      query ??= prepareComparable(comparable);
      let best = 0;
      for (const e of this.exemplarsOf.get(clusterId) ?? []) best = Math.max(best, this.scorer.score(query, this.preparedExemplar(e)));
      if (best >= this.urlThreshold && admits(clusterId)) return explained(this.answer(first, 'url', best));
    }
    if (stems.length) {
      query ??= prepareComparable(comparable);
      const above: { exemplar: number; score: number }[] = [];
      for (const e of this.index.candidates(stems, this.candidateLimit, (id) => this.exemplarPost[id] !== NONE)) {
        const score = this.scorer.score(query, this.preparedExemplar(e));
        if (score >= this.threshold) above.push({ exemplar: e, score });
      }
      // Best first (a stable sort keeps candidate order among equal scores); a cluster whose
      // key facts conflict with the post's is passed over for the next one.
      above.sort((x, y) => y.score - x.score);
      for (const { exemplar, score } of above) {
        const postIndex = this.exemplarPost[exemplar] as number;
        if (!admits(this.resolve(this.postCluster.get(postIndex) as number))) continue;
        this.index.refresh(exemplar);
        return explained(this.answer(postIndex, 'near_duplicate', score));
      }
    }
    return explained({ clusterId: NONE, reason: 'new', similarity: null });
  }

  /** The conflicts between the post's key facts and those its cluster's members stated. */
  private conflictsWith(clusterId: number, comparable: string, state: DecideState): FactConflict[] {
    if (!this.contrast) return [];
    state.facts ??= vetoFacts(comparable, this.contrast);
    if (!state.facts.length) return [];
    for (const e of this.exemplarsOf.get(clusterId) ?? []) {
      const key = this.postKeys[this.exemplarPost[e] as number];
      const conflicts = factConflicts(state.facts, this.factsOfExemplar(e), this.contrast, clusterId, key === undefined || key === '' ? undefined : String(key));
      if (conflicts.length) return conflicts;
    }
    const stated = this.clusterFacts.get(clusterId);
    return stated ? factConflicts(state.facts, stated, this.contrast, clusterId) : [];
  }

  private factsOfExemplar(e: number): readonly KeyFact[] {
    let found = this.exemplarFacts.get(e);
    if (found === undefined) found = vetoFacts(this.exemplarText[e] as string, this.contrast as ContrastLexicon);
    else this.exemplarFacts.delete(e); // re-inserted below as the most recently used
    this.cacheFacts(e, found);
    return found;
  }

  private cacheFacts(e: number, facts: readonly KeyFact[]): void {
    this.exemplarFacts.set(e, facts);
    if (this.exemplarFacts.size > this.factsCacheSize) this.exemplarFacts.delete(this.exemplarFacts.keys().next().value as number);
  }

  private answer(postIndex: number, reason: AssignReason, similarity: number | null): Assignment {
    const key = this.postKeys[postIndex];
    const out: Assignment = { clusterId: this.resolve(this.postCluster.get(postIndex) as number), reason, similarity };
    if (key !== '' && key !== undefined) out.matchedPostKey = String(key);
    return out;
  }

  private record(post: ClusterPost, comparable: string, decision: Assignment, pinned: boolean, facts: readonly KeyFact[] | null = null): void {
    if (decision.reason === 'new') decision.clusterId = this.allocate();
    const clusterId = this.resolve(decision.clusterId);
    decision.clusterId = clusterId;
    this.maxClusterId = Math.max(this.maxClusterId, clusterId);
    this.clusterIds.add(clusterId);
    const i = this.postKeys.length;
    this.postIndex.set(post.key, i);
    this.postKeys.push(PostKeyMap.compact(post.key));
    this.postCluster.push(clusterId);
    this.postExemplar.push(NONE);
    // A repost's or quote's own words are the reposter's, not the rumor's: they are not indexed.
    if (decision.reason === 'repost' || !comparable) {
      this.postHash.push(NONE);
      return;
    }
    const hash = textHash(comparable);
    this.postHash.push(hash);
    const firstOfText = !this.byHash.has(hash);
    if (firstOfText || pinned) this.byHash.set(hash, i);
    for (const url of specificUrls(post.urls, this.ignoredHosts)) if (!this.byUrl.has(url) || pinned) this.byUrl.set(url, i);
    if (firstOfText || pinned) this.addExemplar(i, clusterId, comparable, pinned);
    if (!facts) return;
    const e = this.postExemplar.get(i) as number;
    if (e !== NONE) this.cacheFacts(e, facts);
    else if (facts.length && (decision.reason === 'near_duplicate' || decision.reason === 'url')) {
      const stated = this.clusterFacts.get(clusterId) ?? [];
      rememberFacts(stated, facts, this.factsCap);
      this.clusterFacts.set(clusterId, stated);
    }
  }

  private addExemplar(postIndex: number, clusterId: number, comparable: string, force: boolean): void {
    const list = this.exemplarsOf.get(clusterId) ?? [];
    if (!force && list.length >= this.exemplarsPerCluster) return;
    const stems = blockingStems(comparable);
    if (!stems.length) return;
    const e = this.exemplarPost.length;
    this.exemplarPost.push(postIndex);
    this.exemplarText.push(comparable);
    this.index.add(e, stems);
    list.push(e);
    this.exemplarsOf.set(clusterId, list);
    this.postExemplar.set(postIndex, e);
  }

  private dropExemplar(e: number): void {
    const postIndex = this.exemplarPost[e] as number;
    const clusterId = this.resolve(this.postCluster.get(postIndex) as number);
    const rest = (this.exemplarsOf.get(clusterId) ?? []).filter((x) => x !== e);
    if (rest.length) this.exemplarsOf.set(clusterId, rest);
    else this.exemplarsOf.delete(clusterId);
    this.exemplarPost[e] = NONE;
    this.exemplarText[e] = '';
    this.prepared.delete(e);
    this.exemplarFacts.delete(e);
  }

  private preparedExemplar(e: number): PreparedText {
    let found = this.prepared.get(e);
    if (found) {
      // Re-insert to mark as recently used (Map keeps insertion order: the first key is the oldest).
      this.prepared.delete(e);
      this.prepared.set(e, found);
      return found;
    }
    found = prepareComparable(this.exemplarText[e] as string);
    this.prepared.set(e, found);
    if (this.prepared.size > this.cacheSize) this.prepared.delete(this.prepared.keys().next().value as number);
    return found;
  }
}
