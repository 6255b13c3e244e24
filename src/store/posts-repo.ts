import type { AccountFacts, Post, PostInput } from '../core/types';
import { AUTHOR_HISTORY_WINDOW, PURGED_AUTHOR_PREFIX } from '../core/post-rules';
import type Database from 'better-sqlite3';
import { CompiledSql } from './compiled-sql';
import type { Db } from './database';

type Statement = Database.Statement;

interface PostRowDb {
  id: number;
  platform: string;
  external_id: string | null;
  content_hash: string;
  author_handle: string | null;
  author_display_name: string | null;
  author_verified: number | null;
  author_followers: number | null;
  author_following: number | null;
  author_listed: number | null;
  author_created_at: string | null;
  text: string | null;
  url: string | null;
  posted_at: string | null;
  reposts: number | null;
  likes: number | null;
  replies: number | null;
  views: number | null;
  reply_to: string | null;
  quote_of: string | null;
  repost_of: string | null;
  ingested_at: string;
  purged_at?: string | null;
}

function toPost(row: PostRowDb): Post {
  return {
    id: row.id,
    platform: row.platform as Post['platform'],
    externalId: row.external_id,
    contentHash: row.content_hash,
    author: {
      // A purged post's author is gone to a reader: the pseudonym, or the handle it keeps while the
      // same author has a kept post in its cluster, only keeps the counts right.
      handle: row.purged_at || row.author_handle?.startsWith(PURGED_AUTHOR_PREFIX) ? null : row.author_handle,
      displayName: row.author_display_name,
      verified: row.author_verified === null ? null : row.author_verified === 1,
      followers: row.author_followers,
      following: row.author_following,
      listed: row.author_listed,
      accountCreatedAt: row.author_created_at,
    },
    text: row.text ?? '',
    url: row.url,
    postedAt: row.posted_at,
    engagement: { reposts: row.reposts, likes: row.likes, replies: row.replies, views: row.views },
    replyTo: row.reply_to,
    quoteOf: row.quote_of,
    repostOf: row.repost_of,
    ingestedAt: row.ingested_at,
  };
}

/** The identity of a post: its platform id, or its content when the source gave none. */
export function dedupKey(post: PostInput, contentHash: string): string {
  return post.externalId ? `${post.platform}:id:${post.externalId}` : `${post.platform}:hash:${contentHash}`;
}

export class PostsRepo {
  constructor(private readonly db: Db) {}

  private compiled: CompiledSql | null = null;

  private sql(text: string): Statement {
    return (this.compiled ??= new CompiledSql(this.db)).get(text);
  }

  /** Stores the post unless it is there already; either way returns its row id. */
  insertIfNew(post: PostInput, contentHash: string, now: string): { id: number; inserted: boolean } {
    const key = dedupKey(post, contentHash);
    const info = this.sql(
        `INSERT INTO posts (platform, external_id, content_hash, dedup_key, author_handle, author_display_name,
           author_verified, author_followers, author_following, author_listed, author_created_at, text, url, posted_at,
           reposts, likes, replies, views, reply_to, quote_of, repost_of, ingested_at)
         VALUES (@platform, @externalId, @contentHash, @key, @handle, @displayName, @verified, @followers, @following, @listed,
           @accountCreatedAt, @text, @url, @postedAt, @reposts, @likes, @replies, @views, @replyTo, @quoteOf, @repostOf, @now)
         ON CONFLICT DO NOTHING`,
      )
      .run({
        platform: post.platform,
        externalId: post.externalId,
        contentHash,
        key,
        handle: post.author.handle ?? null,
        displayName: post.author.displayName ?? null,
        verified: post.author.verified === null || post.author.verified === undefined ? null : post.author.verified ? 1 : 0,
        followers: post.author.followers ?? null,
        following: post.author.following ?? null,
        listed: post.author.listed ?? null,
        accountCreatedAt: post.author.accountCreatedAt ?? null,
        text: post.text,
        url: post.url,
        postedAt: post.postedAt,
        reposts: post.engagement.reposts ?? null,
        likes: post.engagement.likes ?? null,
        replies: post.engagement.replies ?? null,
        views: post.engagement.views ?? null,
        replyTo: post.replyTo,
        quoteOf: post.quoteOf,
        repostOf: post.repostOf ?? null,
        now,
      });
    if (info.changes === 1) return { id: Number(info.lastInsertRowid), inserted: true };
    const row = this.sql('SELECT id FROM posts WHERE dedup_key = ?').get(key) as { id: number } | undefined;
    if (row) return { id: row.id, inserted: false };
    // The partial unique index on (platform, external_id) is the only other constraint.
    const byExternal = this.sql('SELECT id FROM posts WHERE platform = ? AND external_id = ?')
      .get(post.platform, post.externalId) as { id: number };
    return { id: byExternal.id, inserted: false };
  }

  findById(id: number): Post | null {
    const row = this.sql('SELECT * FROM posts WHERE id = ?').get(id) as PostRowDb | undefined;
    return row ? toPost(row) : null;
  }

  findByExternal(platform: string, externalId: string): Post | null {
    const row = this.sql('SELECT * FROM posts WHERE platform = ? AND external_id = ?')
      .get(platform, externalId) as PostRowDb | undefined;
    return row ? toPost(row) : null;
  }

  findIdByExternal(platform: string, externalId: string): number | null {
    const row = this.sql('SELECT id FROM posts WHERE platform = ? AND external_id = ?').get(platform, externalId) as { id: number } | undefined;
    return row ? row.id : null;
  }

  /** What is recorded about a post's account, without its handle or name; null for an unknown post. */
  accountOf(postId: number): AccountFacts | null {
    const row = this.sql(
      'SELECT author_verified AS verified, author_followers AS followers, author_following AS following, author_listed AS listed, author_created_at AS createdAt FROM posts WHERE id = ?',
    ).get(postId) as { verified: number | null; followers: number | null; following: number | null; listed: number | null; createdAt: string | null } | undefined;
    return row
      ? { verified: row.verified === null ? null : row.verified === 1, followers: row.followers, following: row.following, listed: row.listed, accountCreatedAt: row.createdAt }
      : null;
  }

  /** The post a reply answers, and whether that post is itself a reply (a nested reply answers another reply, not the claim). */
  replyTarget(platform: string, externalId: string): { id: number; isReply: boolean } | null {
    const row = this.sql('SELECT id, reply_to IS NOT NULL AS isReply FROM posts WHERE platform = ? AND external_id = ?').get(platform, externalId) as { id: number; isReply: number } | undefined;
    return row ? { id: row.id, isReply: row.isReply === 1 } : null;
  }

  /**
   * The author's earlier claims (their last AUTHOR_HISTORY_WINDOW posts before `beforePostId` that
   * joined a cluster), and how many of them sat in clusters a statement contradicts.
   */
  authorHistory(handle: string, beforePostId: number): { priorClaims: number; priorContradicted: number } {
    const row = this.sql(
        `SELECT COUNT(*) AS claims, COALESCE(SUM(c.stance = 'contradicts' AND c.match_decision = 'strong'), 0) AS contradicted
         FROM (SELECT id FROM posts WHERE author_handle = ? AND id < ? AND purged_at IS NULL ORDER BY id DESC LIMIT ?) p
         JOIN post_clusters pc ON pc.post_id = p.id JOIN clusters c ON c.id = pc.cluster_id`,
      )
      .get(handle, beforePostId, AUTHOR_HISTORY_WINDOW) as { claims: number; contradicted: number };
    return { priorClaims: row.claims, priorContradicted: row.contradicted };
  }

  /**
   * authorHistory for many authors at once, over their last AUTHOR_HISTORY_WINDOW stored posts:
   * one read per author per batch chunk, bounded however many posts an author has. Which
   * clusters are strongly contradicted is read once for the chunk (a partial index holds just
   * those), so each recent claim costs its membership row, not its cluster's row too. Authors
   * with no stored claim are absent.
   */
  authorHistories(handles: readonly string[]): Map<string, { priorClaims: number; priorContradicted: number }> {
    const contradicted = new Set(this.sql("SELECT id FROM clusters WHERE stance = 'contradicts' AND match_decision = 'strong'").pluck().all() as number[]);
    const read = this.sql(
      // INDEXED BY: SQLite would look each post up by its rowid in the table itself, three times
      // the index's size (migration 014).
      `SELECT pc.cluster_id FROM (SELECT id FROM posts WHERE author_handle = ? AND purged_at IS NULL ORDER BY id DESC LIMIT ?) p
       JOIN post_clusters pc INDEXED BY post_clusters_post_cluster ON pc.post_id = p.id`,
    ).pluck();
    const out = new Map<string, { priorClaims: number; priorContradicted: number }>();
    for (const handle of handles) {
      const clusters = read.all(handle, AUTHOR_HISTORY_WINDOW) as number[];
      if (!clusters.length) continue;
      let priorContradicted = 0;
      for (const id of clusters) if (contradicted.has(id)) priorContradicted += 1;
      out.set(handle, { priorClaims: clusters.length, priorContradicted });
    }
    return out;
  }

  /**
   * Retention: blanks the text, link and author data of posts older than `cutoff`. Identity
   * (dedup key, content hash), timestamps, engagement and cluster membership stay, so
   * statistics and summaries keep adding up; the handle stays until the purge replaces it with a
   * pseudonym (`replacePurgedHandle`), which keeps the unique-author counts right.
   */
  purgeOlderThan(cutoff: string, now: string): number {
    return this.sql(
        `UPDATE posts SET text = NULL, url = NULL, author_display_name = NULL,
           author_verified = NULL, author_followers = NULL, author_following = NULL, author_listed = NULL, author_created_at = NULL,
           purged_at = ?
         WHERE purged_at IS NULL AND COALESCE(posted_at, ingested_at) < ?`,
      )
      .run(now, cutoff).changes;
  }

  purgedHandles(): string[] {
    return this.sql(
      `SELECT DISTINCT author_handle FROM posts WHERE purged_at IS NOT NULL AND author_handle IS NOT NULL AND author_handle NOT LIKE '${PURGED_AUTHOR_PREFIX}%'`,
    )
      .pluck()
      .all() as string[];
  }

  replacePurgedHandle(handle: string, pseudonym: string): void {
    this.sql(
      `UPDATE posts SET author_handle = @pseudonym WHERE author_handle = @handle AND purged_at IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM post_clusters pc JOIN post_clusters kept ON kept.cluster_id = pc.cluster_id JOIN posts k ON k.id = kept.post_id
         WHERE pc.post_id = posts.id AND k.author_handle = @handle AND k.purged_at IS NULL)`,
    ).run({ handle, pseudonym });
  }

  count(): number {
    return (this.sql('SELECT COUNT(*) AS n FROM posts').get() as { n: number }).n;
  }
}
