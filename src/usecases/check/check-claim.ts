import { z } from 'zod';
import { RumorDeskError } from '../../core/errors';
import { usableTopMatch } from '../../core/matching/usable-match';
import { extractUrls } from '../../core/text/urls';
import type { Clock, Statement } from '../../core/types';
import type { StatementMatch } from '../../core/matching';
import { isInvisible } from '../invisible-text';
import type { Credibility, CredibilityEngine, MatchingEngine, OffloadedMatching } from '../ports';

/** A claim's link: http or https, at most 2,000 characters (the route's body schema uses it too). */
export const claimLinkSchema = z.url({ protocol: /^https?$/ }).max(2000);

export interface CheckDeps {
  matching: MatchingEngine;
  /** When present, `checkClaimAsync` matches there instead of on the caller's thread. */
  offloadedMatching?: OffloadedMatching;
  credibility: CredibilityEngine;
  clusterFor(text: string, urls: string[]): ClusterGlimpse | null;
  clock: Clock;
  maxClaimChars: number;
}

export interface ClusterGlimpse {
  id: number;
  similarity: number;
  postCount: number;
  firstSeen: string | null;
  postsPerHourPeak: number;
}

export interface CheckedMatch extends StatementMatch {
  statement: { id: number; title: string; url: string | null; status: Statement['status']; publishedAt: string };
}

export interface CheckResult {
  text: string;
  /** The top match's strength (`strong`, `possible`, `none`): how sure the statement is about the claim, not whether the claim is true. */
  matchDecision: StatementMatch['decision'];
  stance: StatementMatch['stance'] | null;
  matches: CheckedMatch[];
  credibility: Credibility;
  cluster: ClusterGlimpse | null;
  checkedAt: string;
  modelVersions: { matching: string; credibility: string };
}

export interface CheckOptions {
  k?: number;
  url?: string | null;
}

interface CheckRequest {
  text: string;
  k: number;
  now: Date;
  urls: string[];
}

/**
 * Checks one claim: the statements it is about (with match strength, stance and reasons), its
 * credibility with the factors behind it, and the rumor cluster it resembles. Reads only.
 * `check` matches on the caller's thread; `checkAsync` lets the service's matching workers
 * do it, so the HTTP thread is free for other requests meanwhile. Both give the same result.
 *
 * @example const { check } = createCheckClaim(deps); check('Elm St bridge collapsed, 12 dead', { k: 3 })
 */
export function createCheckClaim(deps: CheckDeps) {
  function prepare(rawText: unknown, options: CheckOptions): CheckRequest {
    if (typeof rawText !== 'string') throw new RumorDeskError('VALIDATION_FAILED', 'text must be a string.');
    const text = rawText.trim();
    if (isInvisible(text)) throw new RumorDeskError('TEXT_EMPTY', 'The claim text is empty.');
    // Unicode code points, as the limit is documented: `length` counts UTF-16 units, an emoji as two.
    const chars = [...text].length;
    if (chars > deps.maxClaimChars) {
      throw new RumorDeskError('TEXT_TOO_LONG', `The claim is ${chars} characters; the limit is ${deps.maxClaimChars} characters.`);
    }
    const k = options.k ?? 5;
    if (!Number.isInteger(k) || k < 1 || k > 20) throw new RumorDeskError('VALIDATION_FAILED', 'k must be a whole number from 1 to 20.');
    const url = options.url ?? null;
    // The HTTP route's schema checks this too; the CLI passes whatever was typed.
    if (url !== null && !claimLinkSchema.safeParse(url).success) {
      throw new RumorDeskError('VALIDATION_FAILED', `url must be an http or https URL of at most 2,000 characters, such as https://example.com/post/1; got "${url.slice(0, 100)}".`);
    }
    return { text, k, now: deps.clock(), urls: [...extractUrls(text), ...(url ? [url] : [])] };
  }

  function finish({ text, now, urls }: CheckRequest, found: StatementMatch[]): CheckResult {
    const matches: CheckedMatch[] = [];
    for (const match of found) {
      // The statement as it was matched, so title and status agree with the score and stance.
      const statement = deps.matching.statement(match.statementId);
      if (!statement) continue;
      matches.push({
        ...match,
        statement: { id: statement.id, title: statement.title, url: statement.url, status: statement.status, publishedAt: statement.publishedAt },
      });
    }
    const top = usableTopMatch(matches);
    const credibility = deps.credibility.scoreClaim(
      {
        text,
        urls,
        author: null,
        authorHistory: null,
        evidence: top ? { decision: top.decision, stance: top.stance, statementTitle: top.statement.title, score: top.score } : null,
        postedAt: null,
      },
      now,
    );
    return {
      text,
      matchDecision: top ? top.decision : 'none',
      stance: top ? top.stance : null,
      matches,
      credibility,
      cluster: deps.clusterFor(text, urls),
      checkedAt: now.toISOString(),
      modelVersions: { matching: deps.matching.modelVersion, credibility: deps.credibility.modelVersion },
    };
  }

  return {
    check(rawText: unknown, options: CheckOptions = {}): CheckResult {
      const request = prepare(rawText, options);
      return finish(request, deps.matching.match(request.text, request));
    },
    async checkAsync(rawText: unknown, options: CheckOptions = {}): Promise<CheckResult> {
      const request = prepare(rawText, options);
      if (!deps.offloadedMatching) return finish(request, deps.matching.match(request.text, request));
      return finish(request, await deps.offloadedMatching.match(request.text, { k: request.k, now: request.now, urls: request.urls }));
    },
  };
}
