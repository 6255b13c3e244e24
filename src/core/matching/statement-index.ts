import { cachedSplitter, withCompoundParts } from './compound';
import { decide } from './decide';
import { addRelativeFeatures, F, matchFeatureRecord, type FeatureRow } from './feature-row';
import { computeFeatures, idfMassOf, tfidfNormOf, type CandidateFeatures, type FeatureContext, type TermFacts } from './features';
import { indexStatement, type IndexedPassage, type IndexedStatement } from './indexed-statement';
import { InvertedIndex, type ResolvedTerm } from './inverted-index';
import { internTerm, termIdOf } from './term-ids';
import type { MatchingModel } from './model';
import { claimWordCount, prepareQuery, type PreparedQuery } from './query';
import { rerankScore } from './score';
import { describeStanceReason, type StanceJudge } from '../stance';
import type { IndexableStatement, MatchOptions, StatementMatch, StatementIndexOptions } from './types';

const DAY_MS = 86_400_000;
const NO_TERMS: readonly string[] = [];
const NO_IDS = new Int32Array(0);
const DEFAULT_RECENCY_DAYS = 60;
/** Ranking multipliers: a superseded or out-of-window statement still shows, below current ones. */
const SUPERSEDED_FACTOR = 0.85;
const RETRACTED_FACTOR = 0.5;
const MAX_STALE_PENALTY = 0.3;
const RELATED_CACHE_LIMIT = 100_000;

/**
 * Everything a claim needs about one of its terms, looked up once per index generation: whether
 * some statement holds it, its postings and IDF, related terms and associations.
 */
type TermInfo = ResolvedTerm & TermFacts & { indexed: boolean };

interface Scored {
  doc: IndexedStatement;
  score: number;
  /** Reranker features in FEATURE_NAMES order; named only when explained (featuresOf). */
  row: FeatureRow;
  /** The out-of-window penalty applied to the score. */
  stale: number;
  passage: IndexedPassage | undefined;
  /** The superseded statement whose rank this one took (see liftReplacements). */
  replaces?: number;
}

/** A candidate's features by name, with the ranking multipliers that were applied. */
function featuresOf(s: Scored): Record<string, number> {
  return matchFeatureRecord(s.row, s.stale, s.doc.statement.status === 'retracted' ? 1 : 0);
}

/**
 * The department's statements, searchable by claim: BM25 over statement text for candidates,
 * a fitted logistic reranker for a calibrated 0–1 score, two thresholds for the decision, and
 * the learned stance verdict (src/core/stance) with reasons. Upsert/remove update it incrementally.
 *
 * Retracted statements stay in the results, flagged (`features.retracted = 1`, a reason, score
 * halved) and never a 'strong' match, so an officer sees that a claim touches a withdrawn statement.
 *
 * @example
 * const index = buildStatementIndex(model, statements);
 * const [best] = index.match('12 dead in the Elm St shooting', { now: new Date() });
 * best.decision; best.stance; best.stanceReasons;
 */
export class StatementIndex {
  private readonly index = new InvertedIndex();
  private thresholds: { possible: number; strong: number };
  private readonly recencyWindowDays: number;
  private readonly splitCompounds: boolean;
  private readonly stanceJudge: StanceJudge | null;

  constructor(
    private readonly model: MatchingModel,
    options: StatementIndexOptions = {},
  ) {
    this.thresholds = {
      possible: options.possibleThreshold ?? model.reranker.thresholds.possible,
      strong: options.strongThreshold ?? model.reranker.thresholds.strong,
    };
    this.recencyWindowDays = options.recencyWindowDays ?? DEFAULT_RECENCY_DAYS;
    this.splitCompounds = options.splitCompounds ?? true;
    this.stanceJudge = options.stanceJudge ?? null;
  }

  get size(): number {
    return this.index.size;
  }

  get modelVersion(): string {
    return this.model.reranker.version;
  }

  /** Thresholds are department settings that may change while the service runs. */
  setThresholds(possible: number, strong: number): void {
    this.thresholds = { possible, strong };
  }

  upsert(statement: IndexableStatement): void {
    this.index.add(indexStatement(statement));
  }

  remove(id: number): void {
    this.index.remove(id);
    this.stanceJudge?.forget(id);
  }

  /**
   * Fills the per-passage IDF sums and the related-term table for the whole index, so the first
   * claims after start-up do not pay for them. Called once after a bulk build; optional.
   *
   * @example const index = buildStatementIndex(model, statements); // already primed
   */
  prime(): void {
    const ctx: FeatureContext = { idf: this.idfOf, generation: this.syncTermCache(), terms: [] };
    for (const doc of this.index.values()) {
      tfidfNormOf(doc, ctx);
      for (const p of doc.passages) idfMassOf(p, ctx);
    }
    for (const term of this.index.terms()) this.termInfo(term);
  }

  /** Top `k` statements for a claim, best first. */
  match(text: string, opts: MatchOptions = {}): StatementMatch[] {
    const q = prepareQuery(text, opts.urls);
    const scored = this.rank(q, opts.now);
    const wordCount = claimWordCount(text);
    return scored.slice(0, opts.k ?? 5).map((s) => this.explain(q, wordCount, s));
  }

  /** Ranked statement ids only, with no decision or stance: what the benchmark measures. */
  rankIds(text: string, k = 10): number[] {
    return this.rank(prepareQuery(text), undefined)
      .slice(0, k)
      .map((s) => s.doc.statement.id);
  }

  /** Raw features of the BM25 candidates (for fitting the reranker). */
  candidateFeatures(text: string): { id: number; features: Record<string, number> }[] {
    return this.rank(prepareQuery(text), undefined).map((s) => ({ id: s.doc.statement.id, features: featuresOf(s) }));
  }

  private rank(claim: PreparedQuery, now: Date | undefined): Scored[] {
    const reranker = this.model.reranker;
    const generation = this.syncTermCache();
    // One map lookup per claim term; postings, IDF, related terms and associations come with it.
    let terms = this.resolveTerms(claim.uniqueTerms);
    const q = this.splitCompounds ? withCompoundParts(claim, this.isIndexed, this.idfOf, this.splitCompound, this.mayBeIndexed) : claim;
    if (q !== claim) terms = this.resolveTerms(q.uniqueTerms);
    const ctx: FeatureContext = { idf: this.idfOf, generation, terms };
    const hits = this.index.searchResolved(terms, reranker.candidates, q.uniqueCounts);
    const linked = new Set(this.index.byUrl(q.urls).map((d) => d.statement.id));
    const maxBm25 = hits[0]?.bm25 ?? 0;
    // Arrays built by push, not Array.prototype.map (see resolveTerms), and one call shape for
    // every candidate, so the optimised code of this loop sees one kind of array and object.
    const docs: IndexedStatement[] = [];
    const computed: CandidateFeatures[] = [];
    for (let rank = 0; rank < hits.length; rank++) {
      const hit = hits[rank] as (typeof hits)[number];
      docs.push(hit.doc);
      computed.push(computeFeatures(q, hit.doc, hit.bm25, rank, maxBm25, linked.has(hit.doc.statement.id), ctx, hit));
    }
    for (const id of linked) {
      const doc = this.index.get(id);
      if (!doc || docs.includes(doc)) continue;
      computed.push(computeFeatures(q, doc, 0, docs.length, maxBm25, true, ctx, undefined));
      docs.push(doc);
    }
    addRelativeFeatures(computed);
    const out: Scored[] = [];
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as IndexedStatement;
      const { row, passage } = computed[i] as CandidateFeatures;
      let score = rerankScore(reranker, row);
      // A link to the statement itself is the strongest evidence there is.
      if (row[F.url] === 1) score = Math.max(score, claimWordCount(q.text) === 0 ? 0.99 : 0.9);
      const stale = this.stalePenalty(doc, now);
      score *= 1 - stale;
      out.push({ doc, score, row, stale, passage });
    }
    this.liftReplacements(out, now, (doc) => {
      const { row, passage } = computeFeatures(q, doc, 0, docs.length, maxBm25, linked.has(doc.statement.id), ctx, undefined);
      const stale = this.stalePenalty(doc, now);
      return { doc, score: rerankScore(reranker, row) * (1 - stale), row, stale, passage };
    });
    for (const s of out) {
      if (s.doc.statement.status === 'superseded') s.score *= SUPERSEDED_FACTOR;
      if (s.doc.statement.status === 'retracted') s.score *= RETRACTED_FACTOR;
    }
    out.sort((a, b) => b.score - a.score || a.doc.statement.id - b.doc.statement.id);
    return out;
  }

  /**
   * A claim that matches a superseded statement is about what its replacement now says (a notice
   * naming the wrong pharmacy and its correction): the replacement is scored too, and ranks at
   * least as high as the statement it replaces would have before the superseded discount, so the
   * officer reads the department's current word first. Follows a chain of replacements to the
   * first active one still in the index, when it was published by the time the claim is judged.
   */
  private liftReplacements(out: Scored[], now: Date | undefined, score: (doc: IndexedStatement) => Scored): void {
    const count = out.length;
    for (let i = 0; i < count; i++) {
      const old = out[i] as Scored;
      const replacement = this.currentReplacement(old.doc);
      // A claim judged as of an earlier moment (a post ingested when it was made) is about what
      // the department said then, not about a replacement published later.
      if (!replacement || (now && replacement.publishedMs !== null && replacement.publishedMs > now.getTime())) continue;
      let current = out.find((s) => s.doc === replacement);
      if (!current) {
        current = score(replacement);
        out.push(current);
      }
      if (current.score < old.score) {
        current.score = old.score;
        current.replaces = old.doc.statement.id;
      }
    }
  }

  private currentReplacement(doc: IndexedStatement): IndexedStatement | null {
    let next = doc;
    for (let hops = 0; hops < 10 && next.statement.status === 'superseded'; hops++) {
      const id = next.statement.supersededBy;
      const found = id === null || id === undefined ? undefined : this.index.get(id);
      if (!found || found === doc) return null;
      next = found;
    }
    return next === doc || next.statement.status !== 'active' ? null : next;
  }

  /**
   * Term records are kept across claims until the index changes (a new statement can change an
   * IDF or add a near-prefix sibling): the lookups were a large share of a claim's cost. Returns
   * the generation the cache now holds.
   */
  private syncTermCache(): number {
    const generation = this.index.generation;
    // Claims bring words the statements never use; the cap keeps a long-running service bounded.
    if (this.termGen !== generation || this.termCache.size > RELATED_CACHE_LIMIT) {
      this.termCache.clear();
      this.termGen = generation;
    }
    return generation;
  }

  /** Claim terms were resolved just before (one lookup); split parts are probed in the index. */
  private readonly isIndexed = (t: string): boolean => this.termCache.get(t)?.indexed ?? this.index.has(t);
  /** A word of five letters or more stems to a term with its first four letters (Porter2 keeps them; "city" → "citi" does not). */
  private readonly mayBeIndexed = (word: string, start: number, end: number): boolean => end - start < 5 || this.index.hasPrefixAt(word, start);
  private readonly splitCompound = cachedSplitter(() => this.index.generation);
  private readonly termCache = new Map<string, TermInfo>();
  private termGen = -1;
  private readonly idfOf = (t: string): number => this.index.idf(t);
  /** Associations with their targets as term ids, converted once per claim term. */
  private readonly associationIds = new Map<string, { ids: Int32Array; weights: Float64Array } | undefined>();
  private readonly associationsOf = (t: string): { ids: Int32Array; weights: Float64Array } | undefined => {
    if (this.associationIds.has(t)) return this.associationIds.get(t);
    const targets = this.model.associations.get(t);
    const found = targets ? { ids: Int32Array.from(targets.keys(), internTerm), weights: Float64Array.from(targets.values()) } : undefined;
    if (this.associationIds.size < RELATED_CACHE_LIMIT) this.associationIds.set(t, found);
    return found;
  };

  /**
   * The records of a claim's terms, in order. A loop, not `Array.prototype.map`: map now and then
   * returned a holey array (its fast path gives up part-way), and that one array of another kind
   * deoptimised the BM25 walk, the per-claim tables and rank itself in the middle of a run.
   */
  private resolveTerms(terms: readonly string[]): TermInfo[] {
    const out: TermInfo[] = [];
    for (let i = 0; i < terms.length; i++) out.push(this.termInfo(terms[i] as string));
    return out;
  }

  /** Valid for the generation `syncTermCache()` last saw (it clears the cache on a change). */
  private readonly termInfo = (term: string): TermInfo => {
    let info = this.termCache.get(term);
    if (info === undefined) {
      const out = new Set(this.model.related.get(term) ?? NO_TERMS);
      if (term.length >= 4 && !/^\d/.test(term)) {
        // Stemming leaves some inflections apart ("gassed" → "gass", "gas"): a term that
        // extends the other by at most two letters counts as related.
        for (const other of this.index.prefixSiblings(term)) {
          const longer = other.length > term.length;
          const gap = longer ? other.length - term.length : term.length - other.length;
          if (other !== term && gap <= 2 && (longer ? other.startsWith(term) : term.startsWith(other))) out.add(other);
        }
      }
      // As term ids (interned: a statement that brings the term later gets the same id). Most
      // claim words new to the index have none: they share one empty array.
      const related = out.size ? new Int32Array(out.size) : NO_IDS;
      let k = 0;
      for (const t of out) related[k++] = internTerm(t);
      // A term in no statement may get an id later (as another term's relative) without a new
      // generation; only ids of indexed terms are compared, and those are fixed.
      const { postings, idf, impacts } = this.index.resolve(term);
      info = { postings, idf, impacts, id: termIdOf(term), related, associations: this.associationsOf(term), indexed: this.index.has(term) };
      this.termCache.set(term, info);
    }
    return info;
  };

  private stalePenalty(doc: IndexedStatement, now: Date | undefined): number {
    if (!now || doc.publishedMs === null) return 0;
    const ageDays = (now.getTime() - doc.publishedMs) / DAY_MS;
    if (ageDays <= this.recencyWindowDays) return 0;
    return Math.min(MAX_STALE_PENALTY, (ageDays - this.recencyWindowDays) / 365 + 0.05);
  }

  private explain(q: PreparedQuery, wordCount: number, s: Scored): StatementMatch {
    const statement = s.doc.statement;
    const thresholds = { ...this.thresholds };
    const { decision, notes } = decide({ score: s.score, thresholds, wordCount, status: statement.status, linkedByUrl: s.row[F.url] === 1 });
    if (s.replaces !== undefined) notes.push(`ranked as high as statement ${s.replaces}, which this statement replaces`);
    let stance: StatementMatch['stance'] = 'not_addressed';
    let stanceConfidence = 0;
    let stanceSentence: string | null = null;
    let stanceReasons: string[];
    let stanceDecidedBy: 'statement_words' | undefined;
    if (statement.status === 'retracted') stanceReasons = [];
    else if (decision === 'none') stanceReasons = ['no statement is close enough to this claim to judge agreement'];
    else if (!this.stanceJudge) {
      stance = 'unclear';
      stanceReasons = ['no stance model is loaded: read the statement'];
    } else {
      const verdict = this.stanceJudge.judge(q.text, statement);
      stance = verdict.stance;
      stanceConfidence = verdict.confidence;
      stanceSentence = verdict.sentence;
      stanceReasons = verdict.reasons.map(describeStanceReason);
      stanceDecidedBy = verdict.decidedBy;
    }
    const docTerms = s.doc.tf;
    const matchedTerms = [...new Set(q.tokens.filter((t) => docTerms.has(t.term)).map((t) => t.surface))];
    return {
      statementId: statement.id,
      score: Math.min(1, Math.max(0, s.score)),
      decision,
      stance,
      stanceConfidence,
      stanceSentence,
      stanceReasons,
      ...(stanceDecidedBy ? { stanceDecidedBy } : {}),
      decisionNotes: notes,
      features: featuresOf(s),
      thresholds,
      matchedTerms,
      passage: s.passage?.text ?? statement.title,
    };
  }
}

/**
 * Builds an index over many statements at once (start-up).
 *
 * @example const index = buildStatementIndex(model, repo.all(), { recencyWindowDays: 30 });
 */
export function buildStatementIndex(model: MatchingModel, statements: Iterable<IndexableStatement>, options: StatementIndexOptions = {}): StatementIndex {
  const index = new StatementIndex(model, options);
  for (const s of statements) index.upsert(s);
  index.prime();
  return index;
}
