import type {
  ClusterFact,
  CorrectionFact,
  HarmCount,
  MessagingCandidateFact,
  PlatformCount,
  RecognisedCluster,
  StatementReachFact,
  RebuttalDelayFact,
  TimeRange,
  TopicText,
  TotalsFact,
} from '../core/summary';
import type { MessagingKind, MessagingMatch } from '../core/reach';
import type { Db } from './database';
import { engagementSql } from './sql-rules';

/** Posts of a period: `posted_at` is stored as toISOString(), so text comparison orders instants. */
const IN_RANGE = 'p.posted_at >= @start AND p.posted_at < @end';
const REACH = engagementSql('p');
/** A discarded draft never reached the public, whatever state it passed through. */
const LIVE_DRAFT = "d.cluster_id = c.id AND d.status <> 'discarded'";

/**
 * Clusters active in the period with their in-period counts, score, matched statement and the
 * first draft/approval/publication before the period's end (so an old week reads the same later).
 */
const CLUSTER_FACTS = `
WITH active AS (
  SELECT pc.cluster_id AS cid, COUNT(*) AS posts, SUM(${REACH}) AS reach
  FROM posts p JOIN post_clusters pc ON pc.post_id = p.id
  WHERE ${IN_RANGE} GROUP BY pc.cluster_id
), hourly AS (
  SELECT cid, MAX(n) AS peak FROM (
    SELECT pc.cluster_id AS cid, substr(p.posted_at, 1, 13) AS hour, COUNT(*) AS n
    FROM posts p JOIN post_clusters pc ON pc.post_id = p.id
    WHERE ${IN_RANGE} GROUP BY pc.cluster_id, hour)
  GROUP BY cid
)
SELECT c.id AS clusterId, c.representative_text AS text, a.posts AS posts, a.reach AS reach, h.peak AS peakHourPosts,
  c.first_seen AS firstSeen, s.label AS credibilityLabel, s.how_sure AS credibilityHowSure, st.title AS statementTitle, st.status AS statementStatus, c.stance AS stance, s.harm_category AS harmCategory,
  s.action AS action, s.priority AS priority,
  (SELECT MIN(d.created_at) FROM drafts d WHERE ${LIVE_DRAFT} AND d.created_at < @end) AS firstDraftAt,
  (SELECT MIN(d.approved_at) FROM drafts d WHERE ${LIVE_DRAFT} AND d.approved_at < @end) AS firstApprovedAt,
  (SELECT MIN(d.published_at) FROM drafts d WHERE ${LIVE_DRAFT} AND d.published_at < @end) AS firstPublishedAt
FROM active a
JOIN hourly h ON h.cid = a.cid
JOIN clusters c ON c.id = a.cid
LEFT JOIN scores s ON s.subject_type = 'cluster' AND s.subject_id = c.id
LEFT JOIN statements st ON st.id = c.statement_id`;

/** Leaves out the clusters in the JSON array @exclude (the department's own messaging). */
const NOT_EXCLUDED = 'a.cid NOT IN (SELECT value FROM json_each(@exclude))';
// What triage leaves out (usecases/triage: action no_action) and what it says to answer first;
// the summary's rumor tables read the same rules. A cluster not scored yet stays listed: triage
// has said nothing of it, and a summary hides nothing it has not judged.
const TRIAGED = "COALESCE(s.action, '') <> 'no_action'";
const HIGH_PRIORITY = "c.status = 'open' AND s.action IN ('rebut_now', 'clarify')";

/** Numbered buckets from a JSON array of [start, end] pairs, so one query counts them all. */
const BUCKETS = `b AS (SELECT CAST(key AS INTEGER) AS i, json_extract(value, '$[0]') AS s, json_extract(value, '$[1]') AS e FROM json_each(@buckets))`;

const bucketJson = (buckets: readonly TimeRange[]) => JSON.stringify(buckets.map((b) => [b.start, b.end]));

/**
 * Every SQL query of the weekly summary. Reads only; never selects author handles or names.
 * Implements the use case's SummaryStore port.
 *
 * @example new SummaryRepo(db).totals({start: '2026-11-16T06:00:00.000Z', end: '2026-11-23T06:00:00.000Z'}).posts
 */
export class SummaryRepo {
  constructor(private readonly db: Db) {}

  totals(range: TimeRange): TotalsFact {
    const posts = this.db.prepare(`SELECT COUNT(*) AS n FROM posts p WHERE ${IN_RANGE}`).get(range) as { n: number };
    const active = this.db
      .prepare(`SELECT COUNT(DISTINCT pc.cluster_id) AS n FROM posts p JOIN post_clusters pc ON pc.post_id = p.id WHERE ${IN_RANGE}`)
      .get(range) as { n: number };
    // A merged cluster lives on in the one it joined, which keeps the earlier first_seen.
    const fresh = this.db
      .prepare(`SELECT COUNT(*) AS n FROM clusters WHERE first_seen >= @start AND first_seen < @end AND status <> 'merged' AND post_count > 0`)
      .get(range) as { n: number };
    return { posts: posts.n, activeClusters: active.n, newClusters: fresh.n };
  }

  /**
   * The most-engaged (`reach`) or fastest (`velocity`: busiest hour) clusters of the period, but
   * those in `exclude` and those triage says need no action (chatter such as "First snow
   * flurries!" is no rumor, and the triage queue leaves it out too).
   */
  topClusters(range: TimeRange, by: 'reach' | 'velocity', limit: number, exclude: readonly number[] = []): ClusterFact[] {
    const order = by === 'reach' ? 'a.reach DESC, a.posts DESC' : 'h.peak DESC, a.posts DESC';
    return this.db
      .prepare(`${CLUSTER_FACTS} WHERE ${NOT_EXCLUDED} AND ${TRIAGED} ORDER BY ${order}, c.id LIMIT @limit`)
      .all({ ...range, limit, exclude: JSON.stringify(exclude) }) as ClusterFact[];
  }

  /** How many active clusters triage says to rebut or clarify, answered or not. */
  highPriorityCount(range: TimeRange, exclude: readonly number[] = []): number {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS n FROM (${CLUSTER_FACTS} WHERE ${HIGH_PRIORITY} AND ${NOT_EXCLUDED})`)
      .get({ ...range, exclude: JSON.stringify(exclude) }) as { n: number };
    return row.n;
  }

  /** Active clusters triage says to rebut or clarify, with nothing approved or published by the period's end. */
  openHighPriority(range: TimeRange, limit: number, exclude: readonly number[] = []): ClusterFact[] {
    return this.db
      .prepare(
        `${CLUSTER_FACTS}
         WHERE ${HIGH_PRIORITY} AND ${NOT_EXCLUDED}
           AND NOT EXISTS (SELECT 1 FROM drafts d WHERE ${LIVE_DRAFT} AND (d.approved_at < @end OR d.published_at < @end))
         ORDER BY COALESCE(s.priority, 0) DESC, a.posts DESC, c.id LIMIT @limit`,
      )
      .all({ ...range, limit, exclude: JSON.stringify(exclude) }) as ClusterFact[];
  }

  /** Clusters active in the range that matched a statement, with their stored matches in rank order. */
  messagingCandidates(range: TimeRange): MessagingCandidateFact[] {
    const rows = this.db
      .prepare(
        `WITH active AS (SELECT DISTINCT pc.cluster_id AS cid FROM posts p JOIN post_clusters pc ON pc.post_id = p.id WHERE ${IN_RANGE})
         SELECT c.id AS clusterId, c.representative_text AS text, m.statement_id AS statementId, m.decision AS decision, m.stance AS stance,
           json_extract(m.features, '$.url') AS url, st.title AS title, st.body AS body, st.url AS statementUrl, st.superseded_by AS supersededBy
         FROM active a JOIN clusters c ON c.id = a.cid
         JOIN matches m ON m.subject_type = 'cluster' AND m.subject_id = c.id
         LEFT JOIN statements st ON st.id = m.statement_id
         WHERE c.statement_id IS NOT NULL ORDER BY c.id, m.rank`,
      )
      .all(range) as ({ clusterId: number; text: string; url: number | null; title: string | null; body: string | null; statementUrl: string | null; supersededBy: number | null } & Pick<MessagingMatch, 'statementId' | 'decision' | 'stance'>)[];
    const out: MessagingCandidateFact[] = [];
    for (const r of rows) {
      let last = out[out.length - 1];
      if (!last || last.clusterId !== r.clusterId) {
        last = { clusterId: r.clusterId, text: r.text, matches: [] };
        out.push(last);
      }
      last.matches.push({
        statementId: r.statementId,
        decision: r.decision,
        stance: r.stance,
        features: r.url === null ? {} : { url: r.url },
        statement: r.title === null ? null : { title: r.title, body: r.body ?? '', url: r.statementUrl, supersededBy: r.supersededBy },
      });
    }
    return out;
  }

  /** Per statement, the posts in the range of the clusters recognised as its messaging, most reach first. */
  statementReach(range: TimeRange, recognised: readonly RecognisedCluster[], limit: number): StatementReachFact[] {
    if (!recognised.length) return [];
    const rows = this.db
      .prepare(
        `WITH r AS (SELECT json_extract(value, '$[0]') AS cid, json_extract(value, '$[1]') AS sid, json_extract(value, '$[2]') AS kind FROM json_each(@recognised))
         SELECT r.sid AS statementId, st.title AS title, st.status AS status, COUNT(*) AS posts, COUNT(DISTINCT p.author_handle) AS authors, SUM(${REACH}) AS reach,
           json_group_array(DISTINCT r.cid) AS clusterIds, json_group_array(DISTINCT r.kind) AS kinds
         FROM r JOIN post_clusters pc ON pc.cluster_id = r.cid JOIN posts p ON p.id = pc.post_id
         LEFT JOIN statements st ON st.id = r.sid
         WHERE ${IN_RANGE} GROUP BY r.sid ORDER BY reach DESC, posts DESC, r.sid LIMIT @limit`,
      )
      .all({ ...range, limit, recognised: JSON.stringify(recognised.map((c) => [c.clusterId, c.statementId, c.kind])) }) as (Omit<StatementReachFact, 'clusterIds' | 'kinds'> & { clusterIds: string; kinds: string })[];
    return rows.map((row) => ({ ...row, clusterIds: JSON.parse(row.clusterIds) as number[], kinds: JSON.parse(row.kinds) as MessagingKind[] }));
  }

  /** Posts per bucket (e.g. per local day). */
  volumeByBucket(buckets: readonly TimeRange[]): number[] {
    const rows = this.db
      .prepare(`WITH ${BUCKETS} SELECT b.i AS i, COUNT(p.id) AS n FROM b LEFT JOIN posts p ON p.posted_at >= b.s AND p.posted_at < b.e GROUP BY b.i ORDER BY b.i`)
      .all({ buckets: bucketJson(buckets) }) as { i: number; n: number }[];
    return rows.map((r) => r.n);
  }

  /** Each cluster's posts per bucket, zeros included. */
  clusterVolumes(clusterIds: readonly number[], buckets: readonly TimeRange[]): Record<number, number[]> {
    const out: Record<number, number[]> = {};
    for (const id of clusterIds) out[id] = buckets.map(() => 0);
    if (!clusterIds.length || !buckets.length) return out;
    const rows = this.db
      .prepare(
        `WITH ${BUCKETS}
         SELECT pc.cluster_id AS cid, b.i AS i, COUNT(*) AS n
         FROM b JOIN posts p ON p.posted_at >= b.s AND p.posted_at < b.e JOIN post_clusters pc ON pc.post_id = p.id
         WHERE pc.cluster_id IN (SELECT value FROM json_each(@ids)) GROUP BY pc.cluster_id, b.i`,
      )
      .all({ buckets: bucketJson(buckets), ids: JSON.stringify(clusterIds) }) as { cid: number; i: number; n: number }[];
    for (const r of rows) (out[r.cid] as number[])[r.i] = r.n;
    return out;
  }

  /** Clusters whose first approved rebuttal was approved in the period. */
  rebuttalDelays(range: TimeRange): RebuttalDelayFact[] {
    return this.db
      .prepare(
        `SELECT c.id AS clusterId, c.first_seen AS firstSeen, f.first AS firstApprovedAt
         FROM (SELECT cluster_id, MIN(approved_at) AS first FROM drafts
               WHERE cluster_id IS NOT NULL AND approved_at IS NOT NULL AND status <> 'discarded' GROUP BY cluster_id) f
         JOIN clusters c ON c.id = f.cluster_id
         WHERE f.first >= @start AND f.first < @end AND c.first_seen IS NOT NULL ORDER BY f.first, c.id`,
      )
      .all(range) as RebuttalDelayFact[];
  }

  /**
   * Corrections published in the period with the cluster's posts in the `hours` whole hours
   * before the hour of publication and the `hours` after it. The publication hour itself is
   * left out: it mixes both sides. cluster_hourly keys are UTC hour starts.
   */
  corrections(range: TimeRange, hours: number): CorrectionFact[] {
    const hourOf = (modifier: string) => `strftime('%Y-%m-%dT%H:00:00.000Z', d.published_at${modifier})`;
    return this.db
      .prepare(
        `SELECT d.id AS draftId, d.cluster_id AS clusterId, c.representative_text AS clusterText, d.platform AS platform,
           d.published_at AS publishedAt,
           (SELECT COALESCE(SUM(h.posts), 0) FROM cluster_hourly h WHERE h.cluster_id = d.cluster_id
              AND h.hour >= ${hourOf(", '-' || @hours || ' hours'")} AND h.hour < ${hourOf('')}) AS postsBefore,
           (SELECT COALESCE(SUM(h.posts), 0) FROM cluster_hourly h WHERE h.cluster_id = d.cluster_id
              AND h.hour > ${hourOf('')} AND h.hour <= ${hourOf(", '+' || @hours || ' hours'")}) AS postsAfter
         FROM drafts d JOIN clusters c ON c.id = d.cluster_id
         WHERE d.status = 'published' AND d.published_at >= @start AND d.published_at < @end
         ORDER BY d.published_at, d.id`,
      )
      .all({ ...range, hours }) as CorrectionFact[];
  }

  platforms(range: TimeRange): PlatformCount[] {
    return this.db
      .prepare(`SELECT p.platform AS platform, COUNT(*) AS posts FROM posts p WHERE ${IN_RANGE} GROUP BY p.platform ORDER BY posts DESC, platform`)
      .all(range) as PlatformCount[];
  }

  /** Posts and clusters per harm category of the cluster's current score (NULL: none found). */
  harm(range: TimeRange): HarmCount[] {
    return this.db
      .prepare(
        `SELECT s.harm_category AS harmCategory, COUNT(*) AS posts, COUNT(DISTINCT pc.cluster_id) AS clusters
         FROM posts p JOIN post_clusters pc ON pc.post_id = p.id
         LEFT JOIN scores s ON s.subject_type = 'cluster' AND s.subject_id = pc.cluster_id
         WHERE ${IN_RANGE} GROUP BY s.harm_category ORDER BY posts DESC, harmCategory IS NULL, harmCategory`,
      )
      .all(range) as HarmCount[];
  }

  /** Distinct post texts of the period with their post counts, most repeated first (purged texts are gone). */
  topicTexts(range: TimeRange, limit: number): TopicText[] {
    return this.db
      .prepare(
        `SELECT MIN(p.text) AS text, COUNT(*) AS posts FROM posts p
         WHERE ${IN_RANGE} AND p.text IS NOT NULL AND p.purged_at IS NULL
         GROUP BY p.content_hash ORDER BY posts DESC, MIN(p.id) LIMIT @limit`,
      )
      .all({ ...range, limit }) as TopicText[];
  }
}
