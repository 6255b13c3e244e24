import { compareTwoStrings } from 'string-similarity';
import type { MatchDecision, Stance, StatementStatus } from '../types';
import { comparableText } from '../text/normalize';
import { contentTerms } from '../text/terms';
import { canonicalUrl, extractUrls } from '../text/urls';
import { LexicalIndex } from './lexical-index';
import { detectStance } from './stance-rules';

export interface IndexableStatement {
  id: number;
  title: string;
  body: string;
  url: string | null;
  publishedAt: string | null;
  status: StatementStatus;
}

export interface MatcherWeights {
  version: string;
  bias: number;
  coverage: number;
  titleCoverage: number;
  dice: number;
  bm25: number;
  numbers: number;
  url: number;
}

export interface MatchResult {
  statementId: number;
  score: number;
  decision: MatchDecision;
  stance: Stance;
  stanceReasons: string[];
  features: Record<string, number>;
  thresholds: { suggested: number; confirmed: number };
  matchedTerms: string[];
  passage: string;
}

export interface MatcherOptions {
  suggestedThreshold: number;
  confirmedThreshold: number;
  /** Statements older than this, relative to the claim, rank lower. */
  recencyWindowDays: number;
  /** How many BM25 candidates the reranker sees. */
  candidates: number;
  /** Groups of interchangeable words (data/lexicons/synonyms.json); a synonym is a weaker match. */
  synonymGroups: string[][];
}

const DEFAULT_OPTIONS: MatcherOptions = { suggestedThreshold: 0.45, confirmedThreshold: 0.8, recencyWindowDays: 45, candidates: 30, synonymGroups: [] };
/** A claim shorter than this is never confirmed automatically: too little to be sure of. */
export const MIN_WORDS_TO_CONFIRM = 8;
/** Fewer content terms than this is not a claim at all ("omg", "fake news lol"). */
const MIN_TERMS_TO_MATCH = 3;
const DAY_MS = 86_400_000;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Stemming leaves some inflections apart ("gassed" → "gass", "gas"); a shared stem prefix of
 * at least three letters, covering all of the shorter term, counts as a weaker match.
 */
function hasPrefixRelative(terms: Set<string>, term: string): boolean {
  if (/^\d+$/.test(term)) return false;
  for (const other of terms) {
    if (other.length < 3 || /^\d+$/.test(other)) continue;
    const [short, long] = other.length <= term.length ? [other, term] : [term, other];
    if (long.length - short.length <= 2 && long.startsWith(short)) return true;
  }
  return false;
}

/**
 * Matches claims against the department's statements: BM25 over passages for candidates,
 * then a logistic reranker over lexical, fuzzy, title, number and URL features gives a
 * calibrated 0–1 score, a decision from two thresholds, and the stance with its reasons.
 *
 * @example
 * const matcher = new ClaimMatcher(weights); matcher.upsert(statement);
 * matcher.match('Elm St bridge collapsed!', { k: 3, now: new Date() })[0].stance // 'contradicts'
 */
export class ClaimMatcher {
  private readonly index = new LexicalIndex();
  private readonly statements = new Map<number, IndexableStatement & { terms: Set<string>; titleTerms: Set<string>; comparable: string; numbers: Set<string> }>();
  private readonly byUrl = new Map<string, number>();
  private readonly options: MatcherOptions;
  private readonly synonyms = new Map<string, Set<string>>();

  constructor(
    private readonly weights: MatcherWeights,
    options: Partial<MatcherOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    for (const group of this.options.synonymGroups) {
      const stems = new Set(group.flatMap((w) => contentTerms(w)));
      for (const stem of stems) this.synonyms.set(stem, new Set([...(this.synonyms.get(stem) ?? []), ...stems]));
    }
  }

  private hasSynonym(terms: Set<string>, term: string): boolean {
    for (const other of this.synonyms.get(term) ?? []) if (other !== term && terms.has(other)) return true;
    return false;
  }

  get modelVersion(): string {
    return this.weights.version;
  }

  get size(): number {
    return this.statements.size;
  }

  setThresholds(suggested: number, confirmed: number): void {
    this.options.suggestedThreshold = suggested;
    this.options.confirmedThreshold = confirmed;
  }

  upsert(s: IndexableStatement): void {
    this.remove(s.id);
    this.index.put(s.id, s.title, s.body);
    const text = `${s.title}\n${s.body}`;
    this.statements.set(s.id, {
      ...s,
      terms: this.index.termsOf(s.id),
      titleTerms: new Set(contentTerms(s.title)),
      comparable: comparableText(text),
      numbers: new Set(contentTerms(text).filter((t) => /^\d+$/.test(t))),
    });
    const canonical = s.url ? canonicalUrl(s.url) : null;
    if (canonical) this.byUrl.set(canonical, s.id);
  }

  remove(id: number): void {
    const existing = this.statements.get(id);
    if (!existing) return;
    this.index.remove(id);
    this.statements.delete(id);
    const canonical = existing.url ? canonicalUrl(existing.url) : null;
    if (canonical && this.byUrl.get(canonical) === id) this.byUrl.delete(canonical);
  }

  match(text: string, opts: { k?: number; now?: Date; urls?: string[] } = {}): MatchResult[] {
    const k = opts.k ?? 5;
    const now = opts.now ?? new Date(0);
    const urls = [...new Set([...(opts.urls ?? []), ...extractUrls(text)].map((u) => canonicalUrl(u)).filter((u): u is string => !!u))];
    const linked = new Set(urls.map((u) => this.byUrl.get(u)).filter((id): id is number => id !== undefined));
    const terms = contentTerms(text);
    const wordCount = comparableText(text).split(' ').filter(Boolean).length;
    const unique = [...new Set(terms)];
    const idfTotal = unique.reduce((sum, t) => sum + this.index.idf(t), 0) || 1;

    const hits = this.index.search(terms, this.options.candidates);
    const candidates = new Map(hits.map((h) => [h.statementId, h]));
    for (const id of linked) if (!candidates.has(id)) candidates.set(id, { statementId: id, score: 0, passage: this.statements.get(id)?.title ?? '', comparable: comparableText(this.statements.get(id)?.title ?? ''), titleScore: 0 });

    const claimComparable = comparableText(text);
    const claimNumbers = new Set(terms.filter((t) => /^\d+$/.test(t)));
    const results: MatchResult[] = [];
    for (const hit of candidates.values()) {
      const s = this.statements.get(hit.statementId);
      if (!s) continue;
      let covered = 0;
      for (const t of unique) {
        if (s.terms.has(t)) covered += this.index.idf(t);
        else if ((t.length >= 3 && hasPrefixRelative(s.terms, t)) || this.hasSynonym(s.terms, t)) covered += 0.7 * this.index.idf(t);
      }
      let titleCovered = 0;
      let titleTotal = 0;
      for (const t of s.titleTerms) {
        const idf = this.index.idf(t);
        titleTotal += idf;
        if (terms.includes(t)) titleCovered += idf;
      }
      const sharedNumbers = [...claimNumbers].filter((n) => s.numbers.has(n)).length;
      const features: Record<string, number> = {
        coverage: covered / idfTotal,
        titleCoverage: titleTotal ? titleCovered / titleTotal : 0,
        dice: compareTwoStrings(claimComparable, hit.comparable),
        bm25: Math.min(1.5, hit.score / idfTotal),
        numbers: claimNumbers.size ? sharedNumbers / claimNumbers.size : 0,
        url: linked.has(s.id) ? 1 : 0,
      };
      const w = this.weights;
      let score = sigmoid(
        w.bias + w.coverage * features.coverage! + w.titleCoverage * features.titleCoverage! + w.dice * features.dice! + w.bm25 * features.bm25! + w.numbers * features.numbers! + w.url * features.url!,
      );
      // A claim that is only a link is matched by the link alone.
      if (wordCount === 0 && linked.has(s.id)) score = Math.max(score, this.options.confirmedThreshold);
      const ageDays = s.publishedAt ? (now.getTime() - Date.parse(s.publishedAt)) / DAY_MS : 0;
      const stale = Number.isFinite(ageDays) && ageDays > this.options.recencyWindowDays ? Math.min(0.3, (ageDays - this.options.recencyWindowDays) / 365) : 0;
      features.stale = stale;
      score *= 1 - stale;
      if (s.status === 'superseded') score *= 0.9;
      features.score = score;
      results.push({ statementId: s.id, score, decision: 'none', stance: 'not_addressed', stanceReasons: [], features, thresholds: { suggested: this.options.suggestedThreshold, confirmed: this.options.confirmedThreshold }, matchedTerms: [], passage: hit.passage });
    }
    results.sort((a, b) => b.score - a.score || a.statementId - b.statementId);
    const top = results.slice(0, k);
    for (const r of top) this.decide(r, text, wordCount, terms);
    return top;
  }

  private decide(r: MatchResult, text: string, wordCount: number, terms: string[]): void {
    const s = this.statements.get(r.statementId);
    if (!s) return;
    const { suggested, confirmed } = r.thresholds;
    r.decision = r.score >= confirmed ? 'confirmed' : r.score >= suggested ? 'suggested' : 'none';
    const guards: string[] = [];
    if (r.decision === 'confirmed' && wordCount > 0 && wordCount < MIN_WORDS_TO_CONFIRM && r.features.url !== 1) {
      r.decision = 'suggested';
      guards.push(`The claim has only ${wordCount} words; a person must confirm this match.`);
    }
    // "fake news lol" or "omg" carry no claim to match; only their link could.
    if (new Set(terms).size < MIN_TERMS_TO_MATCH && r.features.url !== 1) r.decision = 'none';
    if (s.status === 'retracted' && r.decision === 'confirmed') {
      r.decision = 'suggested';
    }
    if (s.status === 'retracted') guards.push('This statement was retracted; it cannot confirm or refute anything.');
    if (s.status === 'superseded') guards.push('A newer statement supersedes this one.');
    if (r.decision === 'none') {
      r.stance = 'not_addressed';
      r.stanceReasons = ['No statement is close enough to this claim.'];
    } else {
      const stance = detectStance(text, s, { linksToStatement: r.features.url === 1 });
      r.stance = s.status === 'retracted' ? 'not_addressed' : stance.stance;
      r.stanceReasons = [...stance.reasons, ...guards];
    }
    const termSet = new Set(terms);
    r.matchedTerms = [...new Set(comparableText(text).split(' ').filter((w) => w && termSet.has(contentTerms(w)[0] ?? '') && s.terms.has(contentTerms(w)[0] ?? '')))];
  }
}
