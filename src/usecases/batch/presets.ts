import type { Platform } from '../../core/types';
import { bindColumns, normalizeColumnName, type CanonicalField, type ColumnBinding } from './column-map';

/** One tool's export: the column names it writes for each of our fields, and how to recognise it. */
export interface ColumnPreset {
  /** The `--format` value. */
  name: string;
  label: string;
  /** Columns whose presence together identifies the tool's export (at least `minMatch` of them). */
  signature: string[];
  minMatch: number;
  /** Our field -> the tool's column names, best first; tried before the generic names. */
  columns: Partial<Record<CanonicalField, string[]>>;
  /** Platform of rows that name none (a tool that only covers one network). */
  platform?: Platform;
}

/**
 * The column presets, one row per tool. Each is written from the tool's public description of its
 * export columns (named in the comment above it); column names compare case- and space-insensitively.
 * Exports change over time and differ by plan, so a preset only adds names: generic names and
 * `--map` still apply, and a column the tool does not write is simply absent.
 */
export const PRESETS: readonly ColumnPreset[] = [
  // Brandwatch Consumer Research, "Mentions" export (CSV/XLSX, report details above the header):
  // Brandwatch help centre, "Exporting mentions" and "Mention fields" (Full Text, Page Type, Resource Id, Twitter metrics).
  {
    name: 'brandwatch', label: 'Brandwatch Consumer Research mentions export', minMatch: 3,
    signature: ['Query Id', 'Query Name', 'Full Text', 'Page Type', 'Resource Id', 'Thread Entry Type', 'Twitter Followers'],
    columns: {
      text: ['Full Text', 'Snippet', 'Title'], id: ['Resource Id', 'Mention Id'], url: ['Url'], posted_at: ['Date'],
      'author.handle': ['Author'], 'author.display_name': ['Full Name'], 'author.verified': ['Twitter Verified'],
      'author.followers': ['Twitter Followers'], 'author.following': ['Twitter Following'],
      'engagement.reposts': ['Twitter Retweets'], 'engagement.replies': ['Twitter Reply Count'], 'engagement.likes': ['Twitter Likes', 'Likes'],
      'engagement.views': ['Impressions'], platform: ['Page Type'],
    },
  },
  // Meltwater Explore/Monitor export (UTF-16 LE, tab-separated): Meltwater help, "Understanding the
  // columns in your export" and "Why does my CSV export open in one column" (UTF-16 TSV).
  {
    name: 'meltwater', label: 'Meltwater export', minMatch: 3,
    signature: ['Hit Sentence', 'Opening Text', 'Headline', 'Influencer', 'Input Name', 'Key Phrases', 'Alternate Date Format', 'Tweet Id'],
    columns: {
      text: ['Hit Sentence', 'Opening Text', 'Headline'], id: ['Tweet Id', 'Document Id'], url: ['URL'], posted_at: ['Date'],
      'author.handle': ['Twitter Screen Name', 'Influencer'], 'author.followers': ['Twitter Followers'], 'author.following': ['Twitter Following'],
      'engagement.reposts': ['Retweets', 'Shares'], 'engagement.likes': ['Likes', 'Reactions'], 'engagement.replies': ['Replies', 'Comments'],
      'engagement.views': ['Views', 'Impressions'], platform: ['Source'],
    },
  },
  // Talkwalker document export: Talkwalker developer portal, "Talkwalker Documents" field list
  // (published in epoch ms, content, extra_author_attributes.*, source_type).
  {
    name: 'talkwalker', label: 'Talkwalker export', minMatch: 3,
    signature: ['published', 'indexed', 'source_type', 'post_type', 'content_snippet', 'root_url', 'extra_author_attributes.name', 'extra_author_attributes.short_name'],
    columns: {
      text: ['content', 'content_snippet', 'title'], id: ['external_id'], url: ['url'], posted_at: ['published'],
      'author.handle': ['extra_author_attributes.short_name'], 'author.display_name': ['extra_author_attributes.name'],
      'author.followers': ['article_extended_attributes.twitter_followers'],
      'engagement.reposts': ['shares', 'article_extended_attributes.twitter_retweets'], 'engagement.likes': ['likes'],
      'engagement.replies': ['comments'], 'engagement.views': ['views'], platform: ['source_type'],
    },
  },
  // Sprout Social "Post Performance" report, CSV export: Sprout Social help, "Post Performance Report" metrics glossary.
  {
    name: 'sprout', label: 'Sprout Social post export', minMatch: 3,
    signature: ['Post ID', 'Network', 'Post Type', 'Content Type', 'Profile', 'Sent by', 'Linked Content', 'Engagements'],
    columns: {
      text: ['Post', 'Message'], id: ['Post ID'], url: ['Link', 'Permalink'], posted_at: ['Date'], platform: ['Network'],
      'author.handle': ['Profile'], 'engagement.likes': ['Likes', 'Reactions'], 'engagement.replies': ['Comments'],
      'engagement.reposts': ['Shares'], 'engagement.views': ['Impressions'],
    },
  },
  // Hootsuite Analytics post export: Hootsuite help, "Export post performance data" (Social Network, Social Profile, Post Permalink).
  {
    name: 'hootsuite', label: 'Hootsuite Analytics post export', minMatch: 3,
    signature: ['Post ID', 'Social Network', 'Social Profile', 'Post Permalink', 'Post Message', 'Date (GMT)'],
    columns: {
      text: ['Post Message', 'Message', 'Post Text'], id: ['Post ID'], url: ['Post Permalink', 'Permalink', 'Post URL'],
      posted_at: ['Date (GMT)', 'Date', 'Published Date'], platform: ['Social Network', 'Network'], 'author.handle': ['Social Profile'],
      'engagement.likes': ['Likes', 'Reactions'], 'engagement.replies': ['Comments'], 'engagement.reposts': ['Shares', 'Retweets'],
      'engagement.views': ['Impressions', 'Video Views'],
    },
  },
  // Meta Content Library (Facebook posts) CSV export and API: Meta Transparency Center,
  // "Meta Content Library API: Facebook posts data dictionary" (creation_time, post_owner.*, statistics.*).
  {
    name: 'meta-content-library', label: 'Meta Content Library export', minMatch: 3, platform: 'facebook',
    signature: ['creation_time', 'post_owner.name', 'post_owner.type', 'post_owner.id', 'statistics.reaction_count', 'statistics.comment_count', 'statistics.share_count', 'statistics.views'],
    columns: {
      text: ['text'], id: ['id'], url: ['post_url', 'url'], posted_at: ['creation_time'],
      'author.display_name': ['post_owner.name'], 'author.handle': ['post_owner.username'],
      'engagement.likes': ['statistics.reaction_count', 'statistics.like_count'], 'engagement.replies': ['statistics.comment_count'],
      'engagement.reposts': ['statistics.share_count'], 'engagement.views': ['statistics.views'],
    },
  },
  // CrowdTangle historical data CSV (the service closed in August 2024; files remain):
  // CrowdTangle help, "Historical Data: column glossary" (Page Name, User Name, Post Created, URL, Link, Message).
  {
    name: 'crowdtangle', label: 'CrowdTangle historical CSV', minMatch: 3, platform: 'facebook',
    signature: ['Page Name', 'User Name', 'Facebook Id', 'Page Category', 'Likes at Posting', 'Followers at Posting', 'Post Created', 'Total Interactions', 'Overperforming Score'],
    columns: {
      text: ['Message', 'Description', 'Image Text', 'Link Text'], url: ['URL', 'Link'], posted_at: ['Post Created'],
      'author.handle': ['User Name'], 'author.display_name': ['Page Name'], 'author.followers': ['Followers at Posting', 'Likes at Posting'],
      'engagement.likes': ['Likes'], 'engagement.replies': ['Comments'], 'engagement.reposts': ['Shares'], 'engagement.views': ['Post Views', 'Total Views'],
    },
  },
  // Junkipedia posts export: Junkipedia API docs (junkipedia.org/apidocs), post attributes
  // (platform name, channel, published_at, url, post text); its CSV uses the same names as headers.
  {
    name: 'junkipedia', label: 'Junkipedia posts export', minMatch: 3,
    signature: ['Channel Name', 'Channel ID', 'Published At', 'Post URL', 'Platform', 'Post Text', 'Post ID', 'Lists'],
    columns: {
      text: ['Post Text', 'Text', 'Description'], id: ['Post ID'], url: ['Post URL', 'URL'], posted_at: ['Published At'],
      platform: ['Platform'], 'author.handle': ['Channel Handle', 'Channel Name'], 'author.followers': ['Channel Followers', 'Followers'],
      'engagement.likes': ['Likes', 'Reactions'], 'engagement.replies': ['Comments', 'Replies'], 'engagement.reposts': ['Shares', 'Retweets'],
      'engagement.views': ['Views'],
    },
  },
  // X API v2 flattened to CSV by twarc2's `csv` plugin (DocNow/twarc-csv README column list); the
  // JSON responses themselves go through the x-v2 reader (`--format x-v2`).
  {
    name: 'x-v2-csv', label: 'X API v2 (twarc-csv)', minMatch: 3, platform: 'x',
    signature: ['author_id', 'conversation_id', 'author.username', 'public_metrics.like_count', 'public_metrics.retweet_count', 'referenced_tweets.retweeted.id'],
    columns: {
      text: ['text'], id: ['id'], posted_at: ['created_at'], 'author.handle': ['author.username'], 'author.display_name': ['author.name'],
      'author.verified': ['author.verified'], 'author.created_at': ['author.created_at'],
      'author.followers': ['author.public_metrics.followers_count'], 'author.following': ['author.public_metrics.following_count'],
      'engagement.likes': ['public_metrics.like_count'], 'engagement.reposts': ['public_metrics.retweet_count'],
      'engagement.replies': ['public_metrics.reply_count'], 'engagement.views': ['public_metrics.impression_count'],
      reply_to: ['referenced_tweets.replied_to.id'], quote_of: ['referenced_tweets.quoted.id'], repost_of: ['referenced_tweets.retweeted.id'],
    },
  },
];

export const PRESET_NAMES = PRESETS.map((p) => p.name);

const SIGNATURES = PRESETS.map((p) => ({ preset: p, names: p.signature.map(normalizeColumnName) }));

/**
 * The preset whose signature columns the given headers (or flattened JSON keys) match best, if
 * it matches at least its `minMatch` of them.
 *
 * @example detectPreset(['Query Id', 'Query Name', 'Date', 'Full Text', 'Page Type'])?.name // 'brandwatch'
 */
export function detectPreset(keys: readonly string[]): ColumnPreset | null {
  const have = new Set(keys.map(normalizeColumnName));
  let best: ColumnPreset | null = null;
  let bestScore = 0;
  for (const { preset, names } of SIGNATURES) {
    const score = names.filter((n) => have.has(n)).length;
    if (score >= preset.minMatch && score > bestScore) {
      best = preset;
      bestScore = score;
    }
  }
  return best;
}

/** The preset `--format NAME` selects, or null. */
export function presetByName(name: string): ColumnPreset | null {
  return PRESETS.find((p) => p.name === name) ?? null;
}

/**
 * Binds a header (or a JSON object's keys) through `forced` or else the detected preset, then the
 * generic names; `--map` first as always.
 *
 * @example bindWithPreset(['Hit Sentence', 'URL'], {}, false, null).binding.text // 'Hit Sentence' (once 3 Meltwater columns are present)
 */
export function bindWithPreset(
  keys: readonly string[],
  map: Record<string, string>,
  strict: boolean,
  forced: ColumnPreset | null,
): { binding: ColumnBinding; preset: ColumnPreset | null } {
  const preset = forced ?? detectPreset(keys);
  return { binding: bindColumns(keys, map, strict, preset?.columns), preset };
}
