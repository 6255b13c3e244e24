import type { Platform } from '../../core/types';
import { bindColumns, normalizeColumnName, type CanonicalField, type ColumnBinding } from './column-map';
import type { SlashOrder } from './parse-date';
import type { CanonicalContext } from './to-canonical';

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
  /** The tool writes dates as `1/9/2025 9:46 am`, in this day/month order. */
  slashOrder?: SlashOrder;
  /** The tool writes a line break inside the text as the two characters `\n`. */
  escapedNewlines?: boolean;
}

/**
 * The column presets, one row per tool. Each is written from the tool's public description of its
 * export columns, named in the comment above it together with what could not be confirmed there;
 * column names compare case- and space-insensitively (`Post ID` is `post_id`, but `PostId` is
 * `postid`). Exports change over time and differ by plan, so a preset only adds names: generic
 * names and `--map` still apply, and a column the tool does not write is simply absent.
 */
export const PRESETS: readonly ColumnPreset[] = [
  // Brandwatch Consumer Research "Mentions" export (CSV/XLSX, report details above the header). Fields:
  // Brandwatch developer docs, "Mention Field Definitions" (developers.brandwatch.com/docs/
  // mention-metadata-field-definitions), which defines each mention field (author, accountType, added ...);
  // the export heads them with display names (Author, Account Type, Added ..., the form Funnel's and
  // Adverity's Brandwatch connector pages list). Twitter Retweets, Twitter Reply Count, Twitter Likes and
  // Twitter Followers are as public code reading Brandwatch exports has them; Query Id, Query Name, Full
  // Text, Full Name, Resource Id, Page Type and Twitter Verified/Following could not be confirmed from a
  // public list of the export's header row.
  {
    name: 'brandwatch', label: 'Brandwatch Consumer Research mentions export', minMatch: 3,
    signature: ['Query Id', 'Query Name', 'Full Text', 'Page Type', 'Resource Id', 'Thread Entry Type', 'Twitter Followers', 'Twitter Reply Count'],
    columns: {
      text: ['Full Text', 'Snippet', 'Title'], id: ['Resource Id', 'Mention Id'], url: ['Url'], posted_at: ['Date'],
      'author.handle': ['Author'], 'author.display_name': ['Full Name'], 'author.verified': ['Twitter Verified'],
      'author.followers': ['Twitter Followers'], 'author.following': ['Twitter Following'],
      'engagement.reposts': ['Twitter Retweets'], 'engagement.replies': ['Twitter Reply Count'], 'engagement.likes': ['Twitter Likes', 'Likes'],
      'engagement.views': ['Impressions'], platform: ['Page Type'],
    },
  },
  // Meltwater export: UTF-16, tab-separated (public code reading Meltwater exports opens them with
  // encoding utf-16, sep \t). Two header sets are in use: the current one (Document ID, Author Handle,
  // Author Name, Title, Opening Text, Hit Sentence, Source Name, Source Domain, Reach, Engagement, Likes,
  // Replies, Reposts, Comments, Views, Estimated Views ...), as a public tool reading Meltwater exports lists
  // it, and the older one (Headline, Influencer, Tweet Id, Twitter Screen Name, Twitter Followers,
  // Retweets). No Meltwater page listing the export's columns was found.
  {
    name: 'meltwater', label: 'Meltwater export', minMatch: 3,
    signature: ['Hit Sentence', 'Opening Text', 'Headline', 'Influencer', 'Input Name', 'Key Phrases', 'Keyphrases', 'Alternate Date Format', 'Tweet Id',
      'Document ID', 'Author Handle', 'Source Domain', 'Information Type', 'Social Echo', 'Editorial Echo', 'Estimated Views'],
    columns: {
      text: ['Hit Sentence', 'Opening Text', 'Headline', 'Title'], id: ['Tweet Id', 'Document ID'], url: ['URL'], posted_at: ['Date'],
      'author.handle': ['Author Handle', 'Twitter Screen Name', 'Influencer'], 'author.display_name': ['Author Name'],
      'author.followers': ['Twitter Followers'], 'author.following': ['Twitter Following'],
      'engagement.reposts': ['Reposts', 'Retweets', 'Shares'], 'engagement.likes': ['Likes', 'Reactions'], 'engagement.replies': ['Replies', 'Comments'],
      'engagement.views': ['Views', 'Estimated Views', 'Impressions'], platform: ['Source', 'Source Name'],
    },
  },
  // Talkwalker document export: Talkwalker developer portal, "Talkwalker Documents"
  // (developer.talkwalker.com/docs/talkwalker-documents), the document field list. The names below (url,
  // published, title, content, source_type, post_type, extra_author_attributes.name / short_name,
  // extra_source_attributes.name, engagement, reach) are as public code reading Talkwalker results and
  // exports has them, nested fields flattened with dots. `published` is epoch milliseconds in the API; that
  // an export keeps it so was not confirmed.
  {
    name: 'talkwalker', label: 'Talkwalker export', minMatch: 3,
    signature: ['published', 'indexed', 'source_type', 'post_type', 'content_snippet', 'root_url', 'extra_author_attributes.name', 'extra_author_attributes.short_name', 'extra_source_attributes.name'],
    columns: {
      text: ['content', 'content_snippet', 'title'], id: ['external_id'], url: ['url'], posted_at: ['published'],
      'author.handle': ['extra_author_attributes.short_name'], 'author.display_name': ['extra_author_attributes.name'],
      'author.followers': ['article_extended_attributes.twitter_followers'],
      'engagement.reposts': ['shares', 'article_extended_attributes.twitter_retweets'], 'engagement.likes': ['likes'],
      'engagement.replies': ['comments'], 'engagement.views': ['views'], platform: ['source_type'],
    },
  },
  // Sprout Social "Post Performance" report, CSV export: Sprout Social help, "How do I use the Post
  // Performance Report?" (support.sproutsocial.com, article 360052331251) for the report and its metrics;
  // the header names and the date form (`1/9/2025 9:46 am`, month first, no zone) are those of a real
  // export shown in a public analysis notebook (Date, Post ID, Network, Post Type, Content Type, Profile,
  // Sent by, Link, Post, Linked Content, Impressions, Reach, Engagements, Reactions, Likes, Comments, Shares,
  // Video Views ...). Sprout does not publish the header row itself.
  {
    name: 'sprout', label: 'Sprout Social post export', minMatch: 3, slashOrder: 'mdy',
    signature: ['Post ID', 'Network', 'Post Type', 'Content Type', 'Profile', 'Sent by', 'Linked Content', 'Engagements', 'Potential Reach', 'Engagement Rate (per Impression)'],
    columns: {
      text: ['Post', 'Message'], id: ['Post ID'], url: ['Link', 'Permalink'], posted_at: ['Date'], platform: ['Network'],
      'author.handle': ['Profile'], 'engagement.likes': ['Likes', 'Reactions'], 'engagement.replies': ['Comments'],
      'engagement.reposts': ['Shares'], 'engagement.views': ['Impressions', 'Video Views'],
    },
  },
  // Hootsuite Analytics post export. PARTLY VERIFIED: Hootsuite publishes no list of the export's
  // columns (its help centre's "Metrics in Analytics" and "Multiple network metrics" name metrics, not
  // headers). Public code reading a real Hootsuite post CSV has POST MESSAGE, DATE (GMT), POST PERMALINK,
  // POST TYPE, REACH, ENGAGEMENT, POST VIEWS and SHARES (upper or title case); Post ID, Social Network,
  // Social Profile, Likes, Comments and Impressions are unconfirmed guesses, and so is the date's form.
  {
    name: 'hootsuite', label: 'Hootsuite Analytics post export (partly verified columns)', minMatch: 3,
    signature: ['Post ID', 'Social Network', 'Social Profile', 'Post Permalink', 'Post Message', 'Date (GMT)', 'Post Views'],
    columns: {
      text: ['Post Message', 'Message', 'Post Text'], id: ['Post ID'], url: ['Post Permalink', 'Permalink', 'Post URL'],
      posted_at: ['Date (GMT)', 'Date', 'Published Date'], platform: ['Social Network', 'Network'], 'author.handle': ['Social Profile'],
      'engagement.likes': ['Likes', 'Reactions'], 'engagement.replies': ['Comments'], 'engagement.reposts': ['Shares', 'Retweets'],
      'engagement.views': ['Post Views', 'Impressions', 'Video Views'],
    },
  },
  // Meta Content Library (Facebook posts), API results flattened with dots: Meta for Developers,
  // "Meta Content Library and API: Data dictionary" (developers.facebook.com/docs/content-library-and-api/
  // appendix/data-dictionary): id, creation_time, text, post_owner.{id,name,username,type},
  // surface.{id,name,type}, statistics.{reaction_count,comment_count,share_count,views,...}. There is no
  // post URL field, and `text` comes only when asked for. Instagram posts share the shape (post_owner.*,
  // statistics.like_count): score them with `--platform instagram`, as nothing in the row says which.
  {
    name: 'meta-content-library', label: 'Meta Content Library export', minMatch: 3, platform: 'facebook',
    signature: ['creation_time', 'modified_time', 'post_owner.name', 'post_owner.type', 'post_owner.id', 'post_owner.username', 'surface.id', 'surface.name',
      'statistics.reaction_count', 'statistics.comment_count', 'statistics.share_count', 'statistics.views', 'statistics.like_count'],
    columns: {
      text: ['text'], id: ['id'], posted_at: ['creation_time'],
      'author.display_name': ['post_owner.name'], 'author.handle': ['post_owner.username'],
      'engagement.likes': ['statistics.reaction_count', 'statistics.like_count'], 'engagement.replies': ['statistics.comment_count'],
      'engagement.reposts': ['statistics.share_count'], 'engagement.views': ['statistics.views'],
    },
  },
  // CrowdTangle historical CSV (the service closed in August 2024; files remain). CrowdTangle's own help
  // ("CrowdTangle Codebook", the API wiki's "Post" page) documents the API's fields, not the CSV's; the CSV
  // header names are those public importers of real CrowdTangle downloads rely on (4CAT's CrowdTangle
  // import: Page Name or Group Name, User Name, Facebook Id, Page Category, Page Admin Top Country, Likes at
  // Posting, Followers at Posting, Post Created, Post Created Date, Post Created Time, Type, Total
  // Interactions, Likes, Comments, Shares, Post Views, Total Views, URL, Message, Link, Final Link, Image
  // Text, Link Text, Description, Overperforming Score (weighted ...); Instagram downloads: Account, User
  // Name, Followers at Posting, Post Created, Views, URL, Description). No post id column: the text's hash
  // identifies a post.
  {
    name: 'crowdtangle', label: 'CrowdTangle historical CSV', minMatch: 3, platform: 'facebook',
    signature: ['Page Name', 'Group Name', 'User Name', 'Facebook Id', 'Page Category', 'Page Admin Top Country', 'Likes at Posting', 'Followers at Posting',
      'Post Created', 'Post Created Date', 'Post Created Time', 'Total Interactions', 'Video Share Status', 'Final Link', 'Overperforming Score'],
    columns: {
      text: ['Message', 'Description', 'Image Text', 'Link Text'], url: ['URL', 'Link'], posted_at: ['Post Created', 'Created'],
      'author.handle': ['User Name'], 'author.display_name': ['Page Name', 'Group Name', 'Account'], 'author.followers': ['Followers at Posting', 'Likes at Posting'],
      'engagement.likes': ['Likes'], 'engagement.replies': ['Comments'], 'engagement.reposts': ['Shares'], 'engagement.views': ['Post Views', 'Total Views', 'Views'],
    },
  },
  // Junkipedia posts CSV download. Junkipedia's docs (docs.junkipedia.org, "API" section) describe the
  // API's query parameters, not the download's columns; the header names are those of a real download
  // read by a public explorer for Junkipedia data: PostId, ChannelName, Platform, published_at,
  // post_body_text, PostUrl, ViewsCount, LikesCount, SharesCount, CommentsCount.
  {
    name: 'junkipedia', label: 'Junkipedia posts export', minMatch: 3,
    signature: ['PostId', 'ChannelName', 'post_body_text', 'PostUrl', 'published_at', 'ViewsCount', 'LikesCount', 'SharesCount', 'CommentsCount'],
    columns: {
      text: ['post_body_text'], id: ['PostId'], url: ['PostUrl'], posted_at: ['published_at'], platform: ['Platform'],
      'author.handle': ['ChannelName'], 'engagement.likes': ['LikesCount'], 'engagement.replies': ['CommentsCount'],
      'engagement.reposts': ['SharesCount'], 'engagement.views': ['ViewsCount'],
    },
  },
  // X API v2 flattened to CSV by twarc2's `csv` plugin: DocNow/twarc-csv, DEFAULT_TWEET_COLUMNS in
  // dataframe_converter.py; it writes a line break in a text as `\n` unless told to JSON-encode. The JSON
  // responses themselves go through the x-v2 reader (`--format x-v2`).
  {
    name: 'x-v2-csv', label: 'X API v2 (twarc-csv)', minMatch: 3, platform: 'x', escapedNewlines: true,
    signature: ['author_id', 'conversation_id', 'author.username', 'public_metrics.like_count', 'public_metrics.retweet_count', 'referenced_tweets.retweeted.id', '__twarc.retrieved_at'],
    columns: {
      text: ['text'], id: ['id'], posted_at: ['created_at'], 'author.handle': ['author.username'], 'author.display_name': ['author.name'],
      'author.verified': ['author.verified'], 'author.created_at': ['author.created_at'],
      'author.followers': ['author.public_metrics.followers_count'], 'author.following': ['author.public_metrics.following_count'],
      'author.listed': ['author.public_metrics.listed_count'],
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

/**
 * The reading context for rows bound through `preset`: its platform for rows that name none, and how
 * it writes dates and line breaks.
 *
 * @example presetContext(ctx, presetByName('sprout')).slashOrder // 'mdy'
 */
export function presetContext(ctx: CanonicalContext, preset: ColumnPreset | null): CanonicalContext {
  if (!preset) return ctx;
  return { ...ctx, platformHint: preset.platform ?? ctx.platformHint, slashOrder: preset.slashOrder, escapedNewlines: preset.escapedNewlines };
}
