import type Database from 'better-sqlite3';
import type { MatchDecision, Stance } from '../core/types';
import { CompiledSql } from './compiled-sql';
import type { Db } from './database';
import { carriesLinkSql, engagementSql, newAccountSql } from './sql-rules';

type Statement = Database.Statement;

export interface ClusterRecord {
  id: number;
  representativePostId: number | null;
  representativeText: string;
  firstSeen: string | null;
  lastSeen: string | null;
  postCount: number;
  uniqueAuthors: number;
  totalEngagement: number;
  platforms: string[];
  status: 'open' | 'merged' | 'closed';
  mergedInto: number | null;
  statementId: number | null;
  stance: Stance | null;
  matchScore: number | null;
  matchDecision: MatchDecision | null;
  newAccountPosts: number;
  copyPosts: number;
  replies: { support: number; deny: number; query: number; comment: number };
  corrections: number;
  peakHourPosts: number;
  createdAt: string;
  updatedAt: string;
}

interface ClusterRowDb {
  id: number;
  representative_post_id: number | null;
  representative_text: string;
  first_seen: string | null;
  last_seen: string | null;
  post_count: number;
  unique_authors: number;
  total_engagement: number;
  platforms: string;
  status: ClusterRecord['status'];
  merged_into: number | null;
  statement_id: number | null;
  stance: ClusterRecord['stance'];
  match_score: number | null;
  match_decision: ClusterRecord['matchDecision'];
  new_account_posts: number;
  copy_posts: number;
  replies_support: number;
  replies_deny: number;
  replies_query: number;
  replies_comment: number;
  corrections: number;
  peak_hour_posts: number;
  created_at: string;
  updated_at: string;
}

function toCluster(r: ClusterRowDb): ClusterRecord {
  return {
    id: r.id,
    representativePostId: r.representative_post_id,
    representativeText: r.representative_text,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    postCount: r.post_count,
    uniqueAuthors: r.unique_authors,
    totalEngagement: r.total_engagement,
    platforms: JSON.parse(r.platforms) as string[],
    status: r.status,
    mergedInto: r.merged_into,
    statementId: r.statement_id,
    stance: r.stance,
    matchScore: r.match_score,
    matchDecision: r.match_decision,
    newAccountPosts: r.new_account_posts,
    copyPosts: r.copy_posts,
    replies: { support: r.replies_support, deny: r.replies_deny, query: r.replies_query, comment: r.replies_comment },
    corrections: r.corrections,
    peakHourPosts: r.peak_hour_posts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface MembershipSignals {
  postId: number;
  reason: string;
  similarity: number | null;
  pinned: boolean;
  author: string | null;
  platform: string;
  postedAt: string | null;
  engagement: number;
  fromNewAccount: boolean;
  isCopy: boolean;
}

export type SortKey = 'priority' | 'volume' | 'velocity' | 'recent';

/** Rumor clusters, their members and the counters that scoring reads. */
export class ClustersRepo {
  constructor(private readonly db: Db) {}

  private compiled: CompiledSql | null = null;

  private sql(text: string): Statement {
    return (this.compiled ??= new CompiledSql(this.db)).get(text);
  }

  create(representativePostId: number | null, representativeText: string, now: string): number {
    const info = this.sql(
        `INSERT INTO clusters (representative_post_id, representative_text, created_at, updated_at) VALUES (?, ?, ?, ?)`,
      )
      .run(representativePostId, representativeText, now, now);
    return Number(info.lastInsertRowid);
  }

  /** Adds a post and updates every counter in the same statement batch. */
  addPost(clusterId: number, m: MembershipSignals, now: string): void {
    this.addMember(clusterId, m, now);
    this.bumpCounters(clusterId, m, 1, now);
  }

  /** The membership row alone; the counters follow with {@link addCounters}. */
  addMember(clusterId: number, m: MembershipSignals, now: string): void {
    this.sql(
        `INSERT INTO post_clusters (post_id, cluster_id, reason, similarity, pinned, assigned_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(post_id) DO UPDATE SET cluster_id = excluded.cluster_id, reason = excluded.reason,
           similarity = excluded.similarity, pinned = excluded.pinned, assigned_at = excluded.assigned_at`,
      )
      .run(m.postId, clusterId, m.reason, m.similarity, m.pinned ? 1 : 0, now);
  }

  /**
   * The counters of many new members at once, as addPost would have left them one by one:
   * one update per cluster, one per cluster-hour and one per new cluster author, instead of
   * four statements a post. Sums, minimums and maximums do not depend on the order of the
   * posts, and the peak hour is the hour's final count since members only add to it.
   */
  addCounters(members: readonly { clusterId: number; membership: MembershipSignals }[], now: string): void {
    type Sum = { posts: number; newAuthors: number; engagement: number; fromNew: number; copies: number; first: string | null; last: string | null; peak: number; platforms: Set<string>; authors: Set<string>; hours: Map<string, { posts: number; engagement: number }> };
    const sums = new Map<number, Sum>();
    for (const { clusterId, membership: m } of members) {
      let sum = sums.get(clusterId);
      if (!sum) {
        sum = { posts: 0, newAuthors: 0, engagement: 0, fromNew: 0, copies: 0, first: null, last: null, peak: 0, platforms: new Set(), authors: new Set(), hours: new Map() };
        sums.set(clusterId, sum);
      }
      sum.posts += 1;
      sum.engagement += m.engagement;
      if (m.fromNewAccount) sum.fromNew += 1;
      if (m.isCopy) sum.copies += 1;
      sum.platforms.add(m.platform);
      if (m.author) sum.authors.add(m.author);
      if (m.postedAt) {
        if (sum.first === null || m.postedAt < sum.first) sum.first = m.postedAt;
        if (sum.last === null || m.postedAt > sum.last) sum.last = m.postedAt;
        const hour = m.postedAt.slice(0, 13) + ':00:00.000Z';
        const h = sum.hours.get(hour) ?? { posts: 0, engagement: 0 };
        h.posts += 1;
        h.engagement += m.engagement;
        sum.hours.set(hour, h);
      }
    }
    const addAuthor = this.sql('INSERT OR IGNORE INTO cluster_authors (cluster_id, author) VALUES (?, ?)');
    const addHour = this.sql(
      `INSERT INTO cluster_hourly (cluster_id, hour, posts, engagement) VALUES (?, ?, ?, ?)
       ON CONFLICT(cluster_id, hour) DO UPDATE SET posts = posts + excluded.posts, engagement = engagement + excluded.engagement
       RETURNING posts`,
    );
    const update = this.sql(
      `UPDATE clusters SET
         post_count = post_count + @posts,
         unique_authors = unique_authors + @newAuthors,
         total_engagement = total_engagement + @engagement,
         new_account_posts = new_account_posts + @fromNew,
         copy_posts = copy_posts + @copies,
         first_seen = CASE WHEN @first IS NOT NULL AND (first_seen IS NULL OR @first < first_seen) THEN @first ELSE first_seen END,
         last_seen = CASE WHEN @last IS NOT NULL AND (last_seen IS NULL OR @last > last_seen) THEN @last ELSE last_seen END,
         peak_hour_posts = MAX(peak_hour_posts, @peak),
         platforms = CASE WHEN EXISTS (SELECT 1 FROM json_each(@platforms) n WHERE n.value NOT IN (SELECT value FROM json_each(platforms)))
           THEN (SELECT json_group_array(value) FROM (SELECT value FROM json_each(platforms) UNION SELECT value FROM json_each(@platforms) ORDER BY value))
           ELSE platforms END,
         updated_at = MAX(updated_at, @now)
       WHERE id = @id`,
    );
    for (const [clusterId, sum] of sums) {
      for (const author of sum.authors) sum.newAuthors += addAuthor.run(clusterId, author).changes;
      for (const [hour, h] of sum.hours) sum.peak = Math.max(sum.peak, (addHour.get(clusterId, hour, h.posts, h.engagement) as { posts: number }).posts);
      update.run({
        id: clusterId,
        posts: sum.posts,
        newAuthors: sum.newAuthors,
        engagement: sum.engagement,
        fromNew: sum.fromNew,
        copies: sum.copies,
        first: sum.first,
        last: sum.last,
        peak: sum.peak,
        platforms: JSON.stringify([...sum.platforms]),
        now,
      });
    }
  }

  /** Reverses addPost's counters (used by move and split); hourly volume is kept exact too. */
  removePostCounters(clusterId: number, m: MembershipSignals, now: string): void {
    this.bumpCounters(clusterId, m, -1, now);
  }

  private bumpCounters(clusterId: number, m: MembershipSignals, sign: 1 | -1, now: string): void {
    let newAuthor = 0;
    if (m.author) {
      if (sign === 1) {
        newAuthor = this.sql('INSERT OR IGNORE INTO cluster_authors (cluster_id, author) VALUES (?, ?)').run(clusterId, m.author).changes;
      } else {
        const stillThere = this.sql(
            `SELECT 1 FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
             WHERE pc.cluster_id = ? AND p.author_handle = ? AND pc.post_id <> ? LIMIT 1`,
          )
          .get(clusterId, m.author, m.postId);
        if (!stillThere) {
          newAuthor = -this.sql('DELETE FROM cluster_authors WHERE cluster_id = ? AND author = ?').run(clusterId, m.author).changes;
        }
      }
    }
    const hour = m.postedAt ? m.postedAt.slice(0, 13) + ':00:00.000Z' : null;
    let hourPosts = 0;
    if (hour) {
      // RETURNING gives the hour's new total in the same step (one statement a post, not two).
      hourPosts = (
        this.sql(
          `INSERT INTO cluster_hourly (cluster_id, hour, posts, engagement) VALUES (?, ?, ?, ?)
           ON CONFLICT(cluster_id, hour) DO UPDATE SET posts = posts + excluded.posts, engagement = engagement + excluded.engagement
           RETURNING posts`,
        ).get(clusterId, hour, sign, sign * m.engagement) as { posts: number }
      ).posts;
    }
    // The platform list is a sorted JSON array; it is rebuilt in SQL only when a new platform
    // joins, so the common case reads nothing back into JavaScript.
    this.sql(
        `UPDATE clusters SET
           post_count = post_count + @sign,
           unique_authors = unique_authors + @newAuthor,
           total_engagement = total_engagement + @sign * @engagement,
           new_account_posts = new_account_posts + @sign * @fromNew,
           copy_posts = copy_posts + @sign * @isCopy,
           first_seen = CASE WHEN @postedAt IS NOT NULL AND @sign = 1 AND (first_seen IS NULL OR @postedAt < first_seen) THEN @postedAt ELSE first_seen END,
           last_seen = CASE WHEN @postedAt IS NOT NULL AND @sign = 1 AND (last_seen IS NULL OR @postedAt > last_seen) THEN @postedAt ELSE last_seen END,
           peak_hour_posts = MAX(peak_hour_posts, @hourPosts),
           platforms = CASE WHEN @sign = 1 AND NOT EXISTS (SELECT 1 FROM json_each(platforms) WHERE value = @platform)
             THEN (SELECT json_group_array(value) FROM (SELECT value FROM json_each(platforms) UNION SELECT @platform ORDER BY value))
             ELSE platforms END,
           updated_at = @now
         WHERE id = @id`,
      )
      .run({
        id: clusterId,
        sign,
        newAuthor,
        engagement: m.engagement,
        fromNew: m.fromNewAccount ? 1 : 0,
        isCopy: m.isCopy ? 1 : 0,
        postedAt: m.postedAt,
        hourPosts,
        platform: m.platform,
        now,
      });
  }

  addReplyStance(clusterId: number, stance: 'support' | 'deny' | 'query' | 'comment', isCorrection: boolean, now: string): void {
    const column = { support: 'replies_support', deny: 'replies_deny', query: 'replies_query', comment: 'replies_comment' }[stance];
    this.sql(`UPDATE clusters SET ${column} = ${column} + 1, corrections = corrections + ?, updated_at = ? WHERE id = ?`)
      .run(isCorrection ? 1 : 0, now, clusterId);
  }

  setMatch(clusterId: number, match: { statementId: number | null; stance: string | null; score: number | null; decision: string | null }, now: string): void {
    this.sql('UPDATE clusters SET statement_id = ?, stance = ?, match_score = ?, match_decision = ?, updated_at = ? WHERE id = ?')
      .run(match.statementId, match.stance, match.score, match.decision, now, clusterId);
  }

  setRepresentative(clusterId: number, postId: number | null, text: string, now: string): void {
    this.sql('UPDATE clusters SET representative_post_id = ?, representative_text = ?, updated_at = ? WHERE id = ?').run(postId, text, now, clusterId);
  }

  findById(id: number): ClusterRecord | null {
    const row = this.sql('SELECT * FROM clusters WHERE id = ?').get(id) as ClusterRowDb | undefined;
    return row ? toCluster(row) : null;
  }

  clusterOfPost(postId: number): { clusterId: number; pinned: boolean; reason: string } | null {
    const row = this.sql('SELECT cluster_id, pinned, reason FROM post_clusters WHERE post_id = ?').get(postId) as
      | { cluster_id: number; pinned: number; reason: string }
      | undefined;
    return row ? { clusterId: row.cluster_id, pinned: row.pinned === 1, reason: row.reason } : null;
  }

  /** Posts per hour, oldest first. */
  hourly(clusterId: number): { hour: string; posts: number; engagement: number }[] {
    return this.sql('SELECT hour, posts, engagement FROM cluster_hourly WHERE cluster_id = ? AND posts > 0 ORDER BY hour')
      .all(clusterId) as { hour: string; posts: number; engagement: number }[];
  }

  /** Posts in the hours [from, to) for velocity: one indexed range read. */
  postsBetween(clusterId: number, fromHour: string, toHour: string): number {
    const row = this.sql('SELECT COALESCE(SUM(posts), 0) AS n FROM cluster_hourly WHERE cluster_id = ? AND hour >= ? AND hour < ?')
      .get(clusterId, fromHour, toHour) as { n: number };
    return row.n;
  }

  memberIds(clusterId: number, limit: number, offset = 0): { postId: number; reason: string; similarity: number | null; pinned: boolean }[] {
    const rows = this.sql(
        `SELECT pc.post_id, pc.reason, pc.similarity, pc.pinned FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
         WHERE pc.cluster_id = ? ORDER BY p.posted_at, p.id LIMIT ? OFFSET ?`,
      )
      .all(clusterId, limit, offset) as { post_id: number; reason: string; similarity: number | null; pinned: number }[];
    return rows.map((r) => ({ postId: r.post_id, reason: r.reason, similarity: r.similarity, pinned: r.pinned === 1 }));
  }

  /** Moves every member of one cluster into another (officer merge). */
  reassignAll(fromId: number, intoId: number, now: string): number {
    return this.sql("UPDATE post_clusters SET cluster_id = ?, reason = 'merged', pinned = 1, assigned_at = ? WHERE cluster_id = ?")
      .run(intoId, now, fromId).changes;
  }

  /** Moves one post and pins it there, so automatic assignment never moves it back. */
  reassignPost(postId: number, toId: number, reason: string, now: string): void {
    this.sql('UPDATE post_clusters SET cluster_id = ?, reason = ?, pinned = 1, assigned_at = ? WHERE post_id = ?').run(toId, reason, now, postId);
  }

  /**
   * Rebuilds a cluster's counters, authors and hourly volume from its members. Officer actions
   * are rare, so exactness wins over speed here; ingestion keeps the counters incrementally.
   */
  recompute(clusterId: number, newAccountDays: number, now: string): void {
    const db = this.db;
    db.prepare('DELETE FROM cluster_hourly WHERE cluster_id = ?').run(clusterId);
    db.prepare('DELETE FROM cluster_authors WHERE cluster_id = ?').run(clusterId);
    db.prepare(
      `INSERT INTO cluster_hourly (cluster_id, hour, posts, engagement)
       SELECT ?, substr(p.posted_at, 1, 13) || ':00:00.000Z', COUNT(*), SUM(${engagementSql('p')})
       FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = ? AND p.posted_at IS NOT NULL
       GROUP BY 2`,
    ).run(clusterId, clusterId);
    db.prepare(
      `INSERT OR IGNORE INTO cluster_authors (cluster_id, author)
       SELECT ?, p.author_handle FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = ? AND p.author_handle IS NOT NULL`,
    ).run(clusterId, clusterId);
    const agg = db
      .prepare(
        `SELECT COUNT(*) AS n, MIN(p.posted_at) AS first, MAX(p.posted_at) AS last,
           COALESCE(SUM(${engagementSql('p')}), 0) AS engagement,
           COALESCE(SUM(pc.reason IN ('exact', 'repost')), 0) AS copies,
           COALESCE(SUM(${newAccountSql('p', '@days')}), 0) AS fresh,
           json_group_array(DISTINCT p.platform) AS platforms
         FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = @id`,
      )
      .get({ id: clusterId, days: newAccountDays }) as { n: number; first: string | null; last: string | null; engagement: number; copies: number; fresh: number; platforms: string };
    const replies = db
      .prepare(
        `SELECT s.reply_stance AS stance, COUNT(*) AS n, COALESCE(SUM(${carriesLinkSql('r.text')}), 0) AS linked
         FROM posts r JOIN scores s ON s.subject_type = 'post' AND s.subject_id = r.id
         JOIN posts parent ON parent.platform = r.platform AND parent.external_id = r.reply_to
         JOIN post_clusters pc ON pc.post_id = parent.id
         WHERE pc.cluster_id = ? AND s.reply_stance IS NOT NULL GROUP BY s.reply_stance`,
      )
      .all(clusterId) as { stance: string; n: number; linked: number }[];
    const count = (stance: string) => replies.find((r) => r.stance === stance)?.n ?? 0;
    const corrections = replies.find((r) => r.stance === 'deny')?.linked ?? 0;
    // The representative must be a member: after a split or move, fall back to the earliest post.
    db.prepare(
      `UPDATE clusters SET (representative_post_id, representative_text) = (
         SELECT p.id, p.text FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
         WHERE pc.cluster_id = clusters.id ORDER BY p.posted_at, p.id LIMIT 1)
       WHERE id = ? AND NOT EXISTS (SELECT 1 FROM post_clusters WHERE cluster_id = clusters.id AND post_id = clusters.representative_post_id)
         AND EXISTS (SELECT 1 FROM post_clusters WHERE cluster_id = clusters.id)`,
    ).run(clusterId);
    const authors = (db.prepare('SELECT COUNT(*) AS n FROM cluster_authors WHERE cluster_id = ?').get(clusterId) as { n: number }).n;
    const peak = (db.prepare('SELECT COALESCE(MAX(posts), 0) AS n FROM cluster_hourly WHERE cluster_id = ?').get(clusterId) as { n: number }).n;
    const platforms = (JSON.parse(agg.platforms) as (string | null)[]).filter((p): p is string => p !== null).sort();
    db.prepare(
      `UPDATE clusters SET post_count = @n, unique_authors = @authors, total_engagement = @engagement, first_seen = @first,
         last_seen = @last, copy_posts = @copies, new_account_posts = @fresh, platforms = @platforms, peak_hour_posts = @peak,
         replies_support = @support, replies_deny = @deny, replies_query = @query, replies_comment = @comment,
         corrections = @corrections, updated_at = @now WHERE id = @id`,
    ).run({
      id: clusterId,
      n: agg.n,
      authors,
      engagement: agg.engagement,
      first: agg.first,
      last: agg.last,
      copies: agg.copies,
      fresh: agg.fresh,
      platforms: JSON.stringify(platforms),
      peak,
      support: count('support'),
      deny: count('deny'),
      query: count('query'),
      comment: count('comment'),
      corrections,
      now,
    });
  }

  /** Clusters whose every post is purged: their author list goes, their counters stay. */
  forgetAuthorsOfPurged(): number {
    return this.sql(
        `DELETE FROM cluster_authors WHERE cluster_id IN (
           SELECT c.id FROM clusters c WHERE NOT EXISTS (
             SELECT 1 FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = c.id AND p.purged_at IS NULL))`,
      )
      .run().changes;
  }

  fullyPurgedClusters(): { id: number; representativeText: string }[] {
    return this.sql(
        `SELECT c.id, c.representative_text AS representativeText FROM clusters c WHERE NOT EXISTS (
           SELECT 1 FROM post_clusters pc JOIN posts p ON p.id = pc.post_id WHERE pc.cluster_id = c.id AND p.purged_at IS NULL)`,
      )
      .all() as { id: number; representativeText: string }[];
  }

  /** Distinct texts of the earliest members, for re-matching a growing cluster. */
  memberTexts(clusterId: number, limit: number): { postId: number; text: string }[] {
    // Read a bounded window of the earliest members (index on cluster_id, post_id), then keep
    // distinct texts: the cost stays flat however large the cluster grows.
    const rows = this.sql(
      `SELECT p.id AS postId, p.text AS text, p.content_hash AS hash FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
       WHERE pc.cluster_id = ? AND p.text IS NOT NULL ORDER BY pc.post_id LIMIT ?`,
    ).all(clusterId, limit * 10) as { postId: number; text: string; hash: string }[];
    const seen = new Set<string>();
    const out: { postId: number; text: string }[] = [];
    for (const row of rows) {
      if (seen.has(row.hash)) continue;
      seen.add(row.hash);
      out.push({ postId: row.postId, text: row.text });
      if (out.length >= limit) break;
    }
    return out;
  }

  markMerged(fromId: number, intoId: number, now: string): void {
    this.sql("UPDATE clusters SET status = 'merged', merged_into = ?, updated_at = ? WHERE id = ?").run(intoId, now, fromId);
  }

  list(filter: { since?: string; status?: string; limit: number; offset: number; sort: SortKey; harm?: string; platform?: string }): ClusterRecord[] {
    const where = ["c.status = 'open'", 'c.post_count > 0'];
    const params: Record<string, unknown> = { limit: filter.limit, offset: filter.offset };
    if (filter.since) {
      where.push('c.last_seen >= @since');
      params.since = filter.since;
    }
    if (filter.harm) {
      where.push('s.harm_category = @harm');
      params.harm = filter.harm;
    }
    if (filter.platform) {
      where.push("EXISTS (SELECT 1 FROM json_each(c.platforms) j WHERE j.value = @platform)");
      params.platform = filter.platform;
    }
    const order = {
      priority: 'COALESCE(s.priority, 0) DESC, c.post_count DESC',
      volume: 'c.post_count DESC, c.total_engagement DESC',
      velocity: 'c.peak_hour_posts DESC, c.post_count DESC',
      recent: 'c.last_seen DESC',
    }[filter.sort];
    const rows = this.sql(
        `SELECT c.* FROM clusters c LEFT JOIN scores s ON s.subject_type = 'cluster' AND s.subject_id = c.id
         WHERE ${where.join(' AND ')} ORDER BY ${order}, c.id LIMIT @limit OFFSET @offset`,
      )
      .all(params) as ClusterRowDb[];
    return rows.map(toCluster);
  }

  /**
   * Every clustered post in arrival order with what the clusterer needs to resume exactly where
   * it stopped: its text, its cluster, whether an officer placed it, and the post it reposts.
   */
  restorePosts(visit: (post: { key: string; text: string; clusterId: number; pinned: boolean; sourceKey: string | null }) => void): void {
    const rows = this.db
      .prepare(
        `SELECT p.id AS id, p.text AS text, pc.cluster_id AS clusterId, pc.pinned AS pinned, src.id AS sourceId
         FROM posts p JOIN post_clusters pc ON pc.post_id = p.id
         LEFT JOIN posts src ON src.platform = p.platform AND src.external_id = COALESCE(p.repost_of, p.quote_of)
         WHERE p.text IS NOT NULL ORDER BY p.id`,
      )
      .iterate() as IterableIterator<{ id: number; text: string; clusterId: number; pinned: number; sourceId: number | null }>;
    for (const r of rows) visit({ key: String(r.id), text: r.text, clusterId: r.clusterId, pinned: r.pinned === 1, sourceKey: r.sourceId === null ? null : String(r.sourceId) });
  }

  /**
   * What the in-memory clusterer needs to resume after a restart: a few exemplar texts per
   * open cluster (the posts that started it or joined it as paraphrases), every content hash
   * with its cluster, and the merges.
   */
  restoreState(exemplarsPerCluster: number): {
    exemplars: { clusterId: number; text: string }[];
    hashes: { clusterId: number; hash: string }[];
    merges: { fromId: number; intoId: number }[];
  } {
    const exemplars = this.sql(
        `SELECT cluster_id AS clusterId, text FROM (
           SELECT pc.cluster_id, p.text, ROW_NUMBER() OVER (PARTITION BY pc.cluster_id ORDER BY p.id) AS n
           FROM post_clusters pc JOIN posts p ON p.id = pc.post_id JOIN clusters c ON c.id = pc.cluster_id
           WHERE c.status = 'open' AND p.text IS NOT NULL AND pc.reason IN ('new', 'near_duplicate', 'split', 'moved', 'merged'))
         WHERE n <= ?`,
      )
      .all(exemplarsPerCluster) as { clusterId: number; text: string }[];
    const hashes = this.sql(
        // In assignment order, so an officer's later move of a copy wins over the first assignment.
        `SELECT pc.cluster_id AS clusterId, p.content_hash AS hash FROM post_clusters pc JOIN posts p ON p.id = pc.post_id
         ORDER BY pc.assigned_at, pc.post_id`,
      )
      .all() as { clusterId: number; hash: string }[];
    const merges = this.sql("SELECT id AS fromId, merged_into AS intoId FROM clusters WHERE status = 'merged' AND merged_into IS NOT NULL")
      .all() as { fromId: number; intoId: number }[];
    return { exemplars, hashes, merges };
  }
}
