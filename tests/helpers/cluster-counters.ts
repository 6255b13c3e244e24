import type { Db } from '../../src/store/database';

const DAY_MS = 86_400_000;

/** Every counter a cluster keeps about its members, with the author list and hourly volume behind them. */
export interface CounterSnapshot {
  postCount: number;
  uniqueAuthors: number;
  totalEngagement: number;
  firstSeen: string | null;
  lastSeen: string | null;
  copyPosts: number;
  newAccountPosts: number;
  platforms: string[];
  peakHourPosts: number;
  replies: { support: number; deny: number; query: number; comment: number };
  corrections: number;
  authors: string[];
  hourly: { hour: string; posts: number; engagement: number }[];
}

/** What the store holds for each cluster, by id. */
export function storedCounters(db: Db): Map<number, CounterSnapshot> {
  const rows = db.prepare('SELECT * FROM clusters ORDER BY id').all() as Record<string, unknown>[];
  const authors = db.prepare('SELECT author FROM cluster_authors WHERE cluster_id = ? ORDER BY author');
  const hourly = db.prepare('SELECT hour, posts, engagement FROM cluster_hourly WHERE cluster_id = ? AND posts > 0 ORDER BY hour');
  return new Map(
    rows.map((r) => {
      const id = r.id as number;
      return [
        id,
        {
          postCount: r.post_count as number,
          uniqueAuthors: r.unique_authors as number,
          totalEngagement: r.total_engagement as number,
          firstSeen: r.first_seen as string | null,
          lastSeen: r.last_seen as string | null,
          copyPosts: r.copy_posts as number,
          newAccountPosts: r.new_account_posts as number,
          platforms: JSON.parse(r.platforms as string) as string[],
          peakHourPosts: r.peak_hour_posts as number,
          replies: { support: r.replies_support as number, deny: r.replies_deny as number, query: r.replies_query as number, comment: r.replies_comment as number },
          corrections: r.corrections as number,
          authors: (authors.all(id) as { author: string }[]).map((a) => a.author),
          hourly: hourly.all(id) as CounterSnapshot['hourly'],
        },
      ];
    }),
  );
}

interface MemberRow {
  clusterId: number;
  reason: string;
  platform: string;
  externalId: string | null;
  author: string | null;
  authorCreatedAt: string | null;
  postedAt: string | null;
  reposts: number | null;
  likes: number | null;
  replies: number | null;
}

/**
 * The counters every cluster should hold, worked out here from the posts and their memberships
 * alone, in plain JavaScript: the oracle the store's incremental and rebuilt counters must both
 * equal. A correction is a denial whose text carries a link.
 */
export function expectedCounters(db: Db): Map<number, CounterSnapshot> {
  const ids = (db.prepare('SELECT id FROM clusters ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const members = db
    .prepare(
      `SELECT pc.cluster_id AS clusterId, pc.reason, p.platform, p.external_id AS externalId, p.author_handle AS author,
         p.author_created_at AS authorCreatedAt, p.posted_at AS postedAt, p.reposts, p.likes, p.replies
       FROM post_clusters pc JOIN posts p ON p.id = pc.post_id`,
    )
    .all() as MemberRow[];
  const replies = db
    .prepare(
      `SELECT r.platform, r.reply_to AS replyTo, r.text, s.reply_stance AS stance FROM posts r
       JOIN scores s ON s.subject_type = 'post' AND s.subject_id = r.id WHERE s.reply_stance IS NOT NULL`,
    )
    .all() as { platform: string; replyTo: string; text: string; stance: keyof CounterSnapshot['replies'] }[];
  const clusterOfExternal = new Map(members.filter((m) => m.externalId !== null).map((m) => [`${m.platform}/${m.externalId}`, m.clusterId]));

  const out = new Map<number, CounterSnapshot>();
  for (const id of ids) {
    const mine = members.filter((m) => m.clusterId === id);
    const dated = mine.map((m) => m.postedAt).filter((t): t is string => t !== null).sort();
    const hours = new Map<string, { hour: string; posts: number; engagement: number }>();
    for (const m of mine) {
      if (!m.postedAt) continue;
      const hour = `${m.postedAt.slice(0, 13)}:00:00.000Z`;
      const h = hours.get(hour) ?? { hour, posts: 0, engagement: 0 };
      h.posts += 1;
      h.engagement += engagementOf(m);
      hours.set(hour, h);
    }
    const hourly = [...hours.values()].sort((a, b) => a.hour.localeCompare(b.hour));
    const authors = [...new Set(mine.map((m) => m.author).filter((a): a is string => a !== null))].sort();
    const answering = replies.filter((r) => clusterOfExternal.get(`${r.platform}/${r.replyTo}`) === id);
    const count = (stance: keyof CounterSnapshot['replies']) => answering.filter((r) => r.stance === stance).length;
    out.set(id, {
      postCount: mine.length,
      uniqueAuthors: authors.length,
      totalEngagement: mine.reduce((sum, m) => sum + engagementOf(m), 0),
      firstSeen: dated[0] ?? null,
      lastSeen: dated[dated.length - 1] ?? null,
      copyPosts: mine.filter((m) => m.reason === 'exact' || m.reason === 'repost').length,
      newAccountPosts: mine.filter(fromNewAccount).length,
      platforms: [...new Set(mine.map((m) => m.platform))].sort(),
      peakHourPosts: Math.max(0, ...hourly.map((h) => h.posts)),
      replies: { support: count('support'), deny: count('deny'), query: count('query'), comment: count('comment') },
      corrections: answering.filter((r) => r.stance === 'deny' && /https?:\/\//.test(r.text)).length,
      authors,
      hourly,
    });
  }
  return out;
}

function engagementOf(m: MemberRow): number {
  return (m.reposts ?? 0) + (m.likes ?? 0) + (m.replies ?? 0);
}

function fromNewAccount(m: MemberRow): boolean {
  if (!m.authorCreatedAt || !m.postedAt) return false;
  return Date.parse(m.postedAt) - Date.parse(m.authorCreatedAt) < 30 * DAY_MS;
}
