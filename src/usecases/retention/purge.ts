import { randomBytes } from 'crypto';
import { RumorDeskError } from '../../core/errors';
import { purgedAuthor } from '../../core/post-rules';
import type { Clock } from '../../core/types';
import type { AuditStore, PurgedClusterStore, RetentionStore, Transaction } from '../ports';

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** `90d`, `12w` or `48h` → milliseconds. */
export function parseAge(raw: string): number {
  const match = /^(\d{1,5})([hdw])$/.exec(raw.trim());
  if (!match) throw new RumorDeskError('VALIDATION_FAILED', `"${raw}" is not an age; write e.g. 90d, 12w or 48h.`);
  const value = Number(match[1]);
  if (value < 1) throw new RumorDeskError('VALIDATION_FAILED', 'The age must be at least 1.');
  return value * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/**
 * Retention: old posts lose their text, links and author data; cluster counters, hourly
 * volume, scores and drafts stay, so statistics and summaries are unchanged. A cluster whose
 * representative post is purged takes its earliest remaining post's text instead; the rumor text
 * a fully purged cluster keeps is passed through the privacy guard.
 */
export function createPurge(deps: {
  posts: RetentionStore;
  clusters: PurgedClusterStore;
  audit: AuditStore;
  transaction: Transaction;
  clock: Clock;
  redact(text: string): string;
  defaultDays(): number;
}) {
  /**
   * `dryRun` reports what a purge would remove and removes nothing: the same purge runs and is
   * rolled back, so its figures cannot drift from a real run's; nothing is audited.
   */
  return function purge(olderThan: string | null, actor: string, options: { dryRun?: boolean } = {}): PurgeReport {
    const ageMs = olderThan ? parseAge(olderThan) : deps.defaultDays() * UNIT_MS.d;
    const clock = deps.clock();
    const now = clock.toISOString();
    const cutoff = new Date(clock.getTime() - ageMs).toISOString();
    const purgeNow = () => {
      const postsPurged = deps.posts.purgeOlderThan(cutoff, now);
      // Clusters with no kept post lose their author lists first (their counters stay).
      deps.clusters.forgetAuthorsOfPurged();
      // Handles go too, each replaced by a pseudonym of this run, in the posts and in the author
      // lists of clusters that keep other posts: counts of unique authors stay right.
      const salt = randomBytes(16).toString('hex');
      for (const handle of deps.posts.purgedHandles()) {
        const pseudonym = purgedAuthor(salt, handle);
        deps.posts.replacePurgedHandle(handle, pseudonym);
        deps.clusters.pseudonymiseAuthor(handle, pseudonym);
      }
      let clustersRedacted = 0;
      for (const cluster of deps.clusters.purgedRepresentatives()) {
        deps.clusters.setRepresentative(cluster.id, cluster.postId, cluster.text, now);
        clustersRedacted += 1;
      }
      for (const cluster of deps.clusters.fullyPurgedClusters()) {
        const redacted = deps.redact(cluster.representativeText);
        if (redacted !== cluster.representativeText) {
          deps.clusters.setRepresentative(cluster.id, null, redacted, now);
          clustersRedacted += 1;
        }
      }
      return { cutoff, postsPurged, clustersRedacted };
    };
    if (!options.dryRun) {
      return deps.transaction(() => {
        const report = purgeNow();
        deps.audit.append({ actor, action: 'retention.purge', targetType: 'posts', targetId: null, after: report }, now);
        return { ...report, dryRun: false };
      });
    }
    try {
      // Throwing is how a transaction rolls back; the figures ride out on the error.
      return deps.transaction<PurgeReport>(() => {
        throw new RolledBack(purgeNow());
      });
    } catch (err) {
      if (err instanceof RolledBack) return { ...err.report, dryRun: true };
      throw err;
    }
  };
}

export interface PurgeReport {
  cutoff: string;
  postsPurged: number;
  clustersRedacted: number;
  /** True when nothing was removed: the figures say what a purge would have done. */
  dryRun: boolean;
}

/** Carries a dry run's figures out of the transaction it rolls back. */
class RolledBack extends Error {
  constructor(readonly report: Omit<PurgeReport, 'dryRun'>) {
    super('dry run');
  }
}
