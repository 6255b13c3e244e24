import { smsLength } from '../drafts/sms-length';
import { xLength } from '../drafts/x-length';

/** How a platform counts a draft's length, and what marks a cut when a draft is shortened. */
export interface DraftRule {
  /** Length by the platform's own counting rule. */
  measure(text: string): { length: number; limit: number };
  /** SMS uses three dots because "…" is not in GSM-7. */
  ellipsis: string;
}

interface PlatformEntry {
  id: string;
  /** How people name it in the UI. */
  label: string;
  /** Posts are imported from it: the `platform` a post may carry. */
  posts: boolean;
  /** Lower-case names and web hosts an import may use for it besides its id (a "Network" column, a post URL's host). */
  aliases: readonly string[];
  /** Present when the desk drafts rebuttals for it (templates/drafts/<kind>.<id>.hbs must exist). */
  draft: DraftRule | null;
}

const plain = (limit: number) => (text: string) => ({ length: [...text].length, limit });

/*
 * The one list of platforms: posts come from some, drafts go to some. Order is the order of
 * every list derived from it (draftAll, the UI selects, the CLI help).
 *
 * Limits: X 280 weighted (developer.x.com counting-characters); Facebook posts 63,206;
 * Instagram captions 2,200; SMS one segment. Nextdoor publishes no hard limit for agency posts
 * that we could cite, so 1,000 is our house limit for a readable neighbourhood post.
 */
export const PLATFORMS = [
  { id: 'x', label: 'X', posts: true, aliases: ['twitter', 'x.com', 'twitter.com', 't.co', 'tweet'], draft: { measure: (text: string) => ({ length: xLength(text), limit: 280 }), ellipsis: '…' } },
  { id: 'facebook', label: 'Facebook', posts: true, aliases: ['fb', 'facebook.com', 'meta'], draft: { measure: plain(63206), ellipsis: '…' } },
  { id: 'nextdoor', label: 'Nextdoor', posts: true, aliases: ['nextdoor.com'], draft: { measure: plain(1000), ellipsis: '…' } },
  { id: 'instagram', label: 'Instagram', posts: true, aliases: ['ig', 'instagram.com'], draft: { measure: plain(2200), ellipsis: '…' } },
  { id: 'reddit', label: 'Reddit', posts: true, aliases: ['reddit.com'], draft: null },
  { id: 'tiktok', label: 'TikTok', posts: true, aliases: ['tiktok.com'], draft: null },
  { id: 'sms', label: 'SMS', posts: false, aliases: [], draft: { measure: smsLength, ellipsis: '...' } },
  { id: 'other', label: 'Other', posts: true, aliases: [], draft: null },
] as const satisfies readonly PlatformEntry[];

type Entry = (typeof PLATFORMS)[number];

/** A platform posts come from. */
export type Platform = Extract<Entry, { posts: true }>['id'];
/** A platform the desk drafts rebuttals for. */
export type DraftPlatform = Exclude<Entry, { draft: null }>['id'];
/** Any platform in the registry. */
export type PlatformId = Entry['id'];

const isPostEntry = (p: Entry): p is Extract<Entry, { posts: true }> => p.posts;
const isDraftEntry = (p: Entry): p is Exclude<Entry, { draft: null }> => p.draft !== null;

/** The platforms posts come from, in registry order: `x, facebook, …, other`. */
export const POST_PLATFORMS: readonly Platform[] = PLATFORMS.filter(isPostEntry).map((p) => p.id);

/** The platforms drafts are written for, in registry order (the order of `--platform all`). */
export const DRAFT_PLATFORMS: readonly DraftPlatform[] = PLATFORMS.filter(isDraftEntry).map((p) => p.id);

/** Each draft platform's length rule. */
export const DRAFT_RULES = Object.fromEntries(PLATFORMS.filter(isDraftEntry).map((p) => [p.id, p.draft])) as Record<DraftPlatform, DraftRule>;

const LABELS = new Map<string, string>(PLATFORMS.map((p) => [p.id, p.label]));

/**
 * The UI name of a platform; an id the registry does not know is shown as it is.
 *
 * @example platformLabel('sms') // 'SMS'
 */
export function platformLabel(id: string): string {
  return LABELS.get(id) ?? id;
}

/**
 * Every name an import may use for a post platform (its id, then its aliases), lower case.
 *
 * @example postPlatformAliases().get('twitter.com') // 'x'
 */
export function postPlatformAliases(): Map<string, Platform> {
  return new Map(PLATFORMS.filter(isPostEntry).flatMap((p) => [p.id, ...p.aliases].map((name) => [name, p.id] as const)));
}
