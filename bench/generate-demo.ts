/**
 * Deterministic generator for the Ridgeport demo department's collected posts.
 *
 * Inputs (hand-written, committed): data/demo/statements.jsonl and data/demo/rumors.json.
 * Outputs: data/demo/posts.jsonl (sorted by posted_at) and data/demo/post-labels.jsonl (which
 * rumor and which shape every post is, for evaluating clustering/matching on the demo only).
 *
 * Everything random comes from one seeded mulberry32 stream consumed in a fixed order, so
 * `npm run demo:generate` reproduces both files byte for byte. No clock is read.
 *
 * @example
 *   npx tsx bench/generate-demo.ts            # rewrite data/demo/posts.jsonl
 *   npx tsx bench/generate-demo.ts --check    # exit 1 if the committed file differs
 */
import * as fs from 'fs';
import * as path from 'path';

// ---------------------------------------------------------------------------------------------
// Types of the files we read and write (the formats are documented in data/demo/README.md).

export type DemoPlatform = 'x' | 'facebook' | 'nextdoor' | 'instagram' | 'reddit';

export interface DemoStatement {
  slug: string;
  title: string;
  body: string;
  incident: string;
  topic: string;
  url: string;
  published_at: string;
  status: 'active' | 'superseded' | 'retracted';
  superseded_by: string | null;
}

export interface DemoAuthor {
  handle: string;
  display_name: string;
  verified: boolean;
  followers: number;
  following: number;
  created_at: string;
}

export interface DemoPost {
  platform: DemoPlatform;
  id: string;
  author: DemoAuthor;
  text: string;
  url: string | null;
  posted_at: string;
  engagement: { reposts: number; likes: number; replies: number; views: number | null };
  reply_to: string | null;
  quote_of: string | null;
  repost_of: string | null;
}

export type PostKind =
  | 'original' | 'planted' | 'coordinated' | 'repost' | 'reply' | 'quote' | 'official' | 'media' | 'chatter';

export interface PostLabel {
  platform: DemoPlatform;
  id: string;
  /** Rumor key from rumors.json, `statement:<slug>` for official posts, or null for chatter. */
  rumor: string | null;
  kind: PostKind;
}

type Weights = Partial<Record<DemoPlatform, number>>;

export interface RumorSpec {
  key: string;
  incident: string;
  claim: string;
  truth: 'true' | 'false' | 'unaddressed' | 'outdated';
  statement: string | null;
  relation: 'supports' | 'contradicts' | null;
  start: string;
  count: number;
  halfLifeHours: number;
  platforms: Weights;
  variants: string[];
  hashtags: string[];
  links: string[];
  linkRate: number;
  planted?: string[];
  coordinated?: { count: number; start: string; windowMinutes: number; text: string; platforms: Weights };
}

export interface DemoOutput {
  posts: DemoPost[];
  labels: PostLabel[];
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness.

/**
 * mulberry32: a tiny, well-mixed 32-bit PRNG; good enough for synthetic data and reproducible
 * across Node versions because it only uses 32-bit integer maths.
 *
 * @example const r = mulberry32(1); r(); // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from empty list');
    return item;
  }
  /** Skewed pick: low indices are chosen far more often (a few prolific accounts). */
  pickSkewed<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() ** 2.2 * items.length)];
    if (item === undefined) throw new Error('pick from empty list');
    return item;
  }
  weighted(weights: Weights): DemoPlatform {
    const entries = Object.entries(weights) as [DemoPlatform, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [key, w] of entries) {
      roll -= w;
      if (roll < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('empty weights');
    return last[0];
  }
  normal(): number {
    // Box-Muller; 1 - u keeps log() away from 0.
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Time helpers. Ridgeport is on US Central time; DST ended at 2026-11-01 02:00 local.

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Collection window: the demo's "today" is 2026-11-28; nothing is posted after this. */
const WINDOW_START = Date.parse('2026-10-26T11:00:00.000Z');
const WINDOW_END = Date.parse('2026-11-28T06:00:00.000Z');

/**
 * Converts `YYYY-MM-DD HH:MM` Central local time to epoch milliseconds.
 *
 * @example centralToUtc('2026-11-03 06:15') // Date.parse('2026-11-03T12:15:00Z')
 */
export function centralToUtc(local: string): number {
  const [day, time] = local.split(' ');
  if (!day || !time) throw new Error(`bad local time ${local}`);
  const cdt = day < '2026-11-01' || (day === '2026-11-01' && time < '02:00');
  return Date.parse(`${day}T${time}:00.000Z`) + (cdt ? 5 : 6) * HOUR;
}

function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Accounts.

const FIRST = ['Jen', 'Mike', 'Tasha', 'Carlos', 'Brittany', 'Dave', 'Lori', 'Kevin', 'Amber', 'Jose',
  'Megan', 'Travis', 'Kim', 'Darnell', 'Heather', 'Luis', 'Crystal', 'Ryan', 'Shonda', 'Eric', 'Tina',
  'Brandon', 'Maria', 'Cody', 'Deb', 'Andre', 'Kayla', 'Greg', 'Nicole', 'Hector', 'Patty', 'Sam',
  'Angela', 'Tom', 'Rosa', 'Jake', 'Linda', 'Marcus', 'Becky', 'Phil'];
const LAST = ['Harlan', 'Nguyen', 'Okonkwo', 'Baxter', 'Delgado', 'Fitch', 'Kowalski', 'Pruitt',
  'Ramirez', 'Sorensen', 'Whitlock', 'Yoder', 'Castillo', 'Dunbar', 'Ellison', 'Grady', 'Haskins',
  'Jankowski', 'Lund', 'McBride', 'Ochoa', 'Pham', 'Quinlan', 'Rudd', 'Stroud', 'Tillman', 'Varga',
  'Wexler', 'Abbott', 'Brandt'];
const HANDLE_WORDS = ['ridge', 'cedar', 'river', 'north', 'mom', 'dad', 'runner', 'fan', 'local',
  'truth', 'real', 'the', 'its', 'just', 'rpt', 'mx', 'huskies', 'rivermen', 'eastside', 'orchard'];

interface AccountFactory {
  regular(platform: DemoPlatform): DemoAuthor;
  fresh(platform: DemoPlatform, before: number): DemoAuthor;
}

function accountFactory(rng: Rng): AccountFactory {
  const used = new Set<string>();
  const pools = new Map<DemoPlatform, DemoAuthor[]>();
  const poolSizes: Record<DemoPlatform, number> = { x: 330, facebook: 300, nextdoor: 170, instagram: 110, reddit: 150 };

  const uniqueHandle = (platform: DemoPlatform, make: () => string): string => {
    for (;;) {
      const handle = make();
      if (!used.has(`${platform}:${handle}`)) {
        used.add(`${platform}:${handle}`);
        return handle;
      }
    }
  };

  const make = (platform: DemoPlatform): DemoAuthor => {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const handle = uniqueHandle(platform, () => {
      switch (platform) {
        case 'x': return `@${rng.chance(0.5) ? first + last : rng.pick(HANDLE_WORDS) + '_' + first.toLowerCase()}${rng.chance(0.6) ? rng.int(1, 999) : ''}`;
        case 'facebook': return `@${first.toLowerCase()}.${last.toLowerCase()}${rng.chance(0.4) ? '.' + rng.int(1, 99) : ''}`;
        case 'nextdoor': return `@${first}${last[0]}${rng.int(10, 9999)}`;
        case 'instagram': return `@${first.toLowerCase()}_${rng.pick(HANDLE_WORDS)}${rng.chance(0.5) ? rng.int(1, 99) : ''}`;
        case 'reddit': return `@${rng.pick(HANDLE_WORDS)}${rng.pick(['_', '-', ''])}${rng.pick(HANDLE_WORDS)}${rng.int(1, 9999)}`;
      }
    });
    const followers = Math.max(0, Math.round(Math.exp(4.6 + 1.5 * rng.normal())));
    return {
      handle,
      display_name: platform === 'nextdoor' ? `${first} ${last[0]}.` : platform === 'reddit' ? handle.slice(1) : `${first} ${last}`,
      verified: rng.chance(0.01),
      followers,
      following: Math.round(Math.exp(5.2 + 0.9 * rng.normal())),
      created_at: iso(Date.parse('2009-06-01T00:00:00Z') + rng.float() * (Date.parse('2026-06-01T00:00:00Z') - Date.parse('2009-06-01T00:00:00Z'))),
    };
  };

  for (const platform of Object.keys(poolSizes) as DemoPlatform[]) {
    const pool: DemoAuthor[] = [];
    for (let i = 0; i < poolSizes[platform]; i++) pool.push(make(platform));
    pools.set(platform, pool);
  }

  return {
    regular: (platform) => rng.pickSkewed(pools.get(platform) ?? []),
    // Brand-new throwaway accounts: created days before the burst, few followers, many follows.
    fresh: (platform, before) => {
      const handle = uniqueHandle(platform, () => `@${rng.pick(['truth', 'patriot', 'wakeup', 'real', 'concerned'])}${rng.pick(['_', ''])}${rng.pick(['mom', 'usa', 'ridge', 'citizen', 'news'])}${rng.int(1000, 99999)}`);
      return {
        handle,
        display_name: rng.chance(0.5) ? handle.slice(1) : `${rng.pick(FIRST)} ${rng.int(10, 99)}`,
        verified: false,
        followers: rng.int(0, 14),
        following: rng.int(150, 900),
        created_at: iso(before - rng.float() * 3 * 24 * HOUR),
      };
    },
  };
}

/** Agency and media accounts, the same on every platform they use. */
const OFFICIAL: Record<string, Omit<DemoAuthor, 'handle'> & { handle: string }> = {
  pd: { handle: '@RidgeportPD', display_name: 'Ridgeport Police Department', verified: true, followers: 48_200, following: 310, created_at: '2011-03-14T15:00:00.000Z' },
  water: { handle: '@RidgeportWater', display_name: 'Ridgeport Water Utility', verified: true, followers: 6_900, following: 120, created_at: '2014-07-02T14:00:00.000Z' },
  schools: { handle: '@RidgeportSchools', display_name: 'Ridgeport Public Schools', verified: true, followers: 21_400, following: 450, created_at: '2012-08-20T13:00:00.000Z' },
  power: { handle: '@RidgeportPL', display_name: 'Ridgeport Power & Light', verified: true, followers: 15_800, following: 95, created_at: '2013-01-09T16:00:00.000Z' },
  gazette: { handle: '@RidgeportGazette', display_name: 'The Ridgeport Gazette', verified: true, followers: 37_500, following: 1_200, created_at: '2010-05-05T12:00:00.000Z' },
  krdp: { handle: '@KRDP7News', display_name: 'KRDP 7 News', verified: true, followers: 92_300, following: 800, created_at: '2009-11-11T18:00:00.000Z' },
};

// ---------------------------------------------------------------------------------------------
// Ids and permalinks in each platform's own shape.

function idFactory(rng: Rng): (platform: DemoPlatform, at: number, isReply: boolean) => string {
  const seen = new Set<string>();
  const b62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const make = (platform: DemoPlatform, at: number, isReply: boolean): string => {
    switch (platform) {
      // Snowflake: milliseconds since the Twitter epoch in the high bits.
      case 'x': return ((BigInt(at - 1288834974657) << 22n) | BigInt(rng.int(0, 4_194_303))).toString();
      case 'facebook': return isReply ? `${rng.int(100000, 999999)}${rng.chars('0123456789', 9)}` : `10${rng.chars('0123456789', 14)}`;
      case 'nextdoor': return isReply ? `${rng.int(1, 9)}${rng.chars('0123456789', 9)}` : `${rng.int(1, 9)}${rng.chars('0123456789', 8)}`;
      case 'instagram': return isReply ? `179${rng.chars('0123456789', 14)}` : `D${rng.chars(b62, 10)}`;
      case 'reddit': return `${isReply ? 't1_' : 't3_'}${rng.chars('0123456789abcdefghijklmnopqrstuvwxyz', 7)}`;
    }
  };
  return (platform, at, isReply) => {
    for (;;) {
      const id = make(platform, at, isReply);
      if (!seen.has(`${platform}:${id}`)) {
        seen.add(`${platform}:${id}`);
        return id;
      }
    }
  };
}

function permalink(platform: DemoPlatform, id: string, handle: string, isReply: boolean): string | null {
  const name = handle.replace(/^@/, '');
  switch (platform) {
    case 'x': return `https://x.example/${name}/status/${id}`;
    case 'facebook': return isReply ? null : `https://facebook.example/${name}/posts/${id}`;
    case 'nextdoor': return isReply ? null : `https://nextdoor.example/p/${id}`;
    case 'instagram': return isReply ? null : `https://instagram.example/p/${id}/`;
    case 'reddit': return isReply ? null : `https://reddit.example/r/Ridgeport/comments/${id.slice(3)}/`;
  }
}

// ---------------------------------------------------------------------------------------------
// Text styling: the same claim retold with typos, casing, prefixes, hashtags, emoji and links.

const PREFIXES = ['BREAKING: ', 'Just heard: ', 'Can anyone confirm? ', 'omg ', 'Not sure if true but ', 'Friends, ', 'ok so ', '🚨 ', 'PSA: ', 'Wow. '];
const SUFFIXES = [' Stay safe everyone.', ' Please share.', ' 🙏', ' 😱', ' smh', ' Unreal.', ' ‼️', ' 😡', ' 💔', ' 👀', ' Pass it on.', ' Be careful out there'];

function typo(rng: Rng, text: string): string {
  const words = text.split(' ');
  const i = rng.int(0, words.length - 1);
  const w = words[i] ?? '';
  if (w.length < 4 || /https?:|#|@/.test(w)) return text;
  const j = rng.int(1, w.length - 2);
  const op = rng.int(0, 3);
  let changed = w;
  if (op === 0) changed = w.slice(0, j) + (w[j + 1] ?? '') + (w[j] ?? '') + w.slice(j + 2); // swap
  else if (op === 1) changed = w.slice(0, j) + w.slice(j + 1); // drop
  else if (op === 2) changed = w.slice(0, j) + (w[j] ?? '') + w.slice(j); // double
  else changed = w.replace(/'/g, ''); // lost apostrophe
  words[i] = changed;
  return words.join(' ');
}

function restyle(rng: Rng, base: string): string {
  let text = base;
  const typos = rng.chance(0.4) ? rng.int(1, 3) : 0;
  for (let k = 0; k < typos; k++) text = typo(rng, text);
  if (rng.chance(0.12)) text = text.toLowerCase();
  else if (rng.chance(0.04)) text = text.toUpperCase();
  if (rng.chance(0.08)) text = text.replace(/[.!]+$/, '');
  return text;
}

function composeRumorText(rng: Rng, spec: RumorSpec, platform: DemoPlatform): string {
  let text = restyle(rng, rng.pick(spec.variants));
  if (rng.chance(0.18) && !/^BREAKING|^URGENT|^PSA|^PLEASE/i.test(text)) text = rng.pick(PREFIXES) + text;
  let suffix = rng.chance(0.3) ? rng.pick(SUFFIXES) : '';
  // Most people close the sentence before adding a sign-off; some don't.
  if (/^ [A-Z]/.test(suffix) && /[a-z0-9]$/i.test(text) && rng.chance(0.7)) suffix = '.' + suffix;
  const tags = spec.hashtags.length && rng.chance(platform === 'instagram' ? 0.9 : 0.4)
    ? ' ' + [...new Set([rng.pick(spec.hashtags), rng.pick(spec.hashtags)])].join(' ')
    : '';
  const link = spec.links.length && rng.chance(spec.linkRate) ? ' ' + rng.pick(spec.links) : '';
  return fitPlatform(platform, text, suffix + tags, link);
}

/** X caps posts at 280 characters: drop decorations first, then cut the claim itself. */
function fitPlatform(platform: DemoPlatform, text: string, decoration: string, link: string): string {
  const full = text + decoration + link;
  if (platform !== 'x' || full.length <= 280) return full;
  if ((text + link).length <= 280) return text + link;
  return text.slice(0, 279 - link.length - 1) + '…' + link;
}

// ---------------------------------------------------------------------------------------------
// Replies, quotes and engagement.

const SKEPTIC = ['source?', 'Source??', 'this is fake', 'This is FAKE. Stop sharing.', 'Where are you getting this?',
  'citation needed', 'Is this confirmed?', 'who told you that', 'fake news lol', 'stop spreading rumors', 'link pls',
  'I\'m not seeing this anywhere official', 'Pretty sure that\'s not true', 'did you even read the police post?',
  'Please don\'t post stuff like this without a source'];
const BELIEVER = ['omg 😱', 'praying 🙏', 'sharing!!', 'This is terrifying', 'I heard the same thing', 'my neighbor said the same',
  'Not surprised honestly', 'wow', 'Thank you for posting this', 'Can confirm, my coworker saw it', '😢😢', 'unreal'];
const THANKS = ['Thank you for the update', 'Thanks RPD 🙏', 'Appreciate the info', 'Good to know, thanks',
  'Why did it take so long to post this?', 'Finally some real information', 'Thank you for keeping us informed'];
const DEBUNK = ['Police say this is false: ', 'Not true, read this: ', 'RPD already addressed this: ', 'Please read the actual statement: ',
  'This was debunked by RPD ', 'wrong. '];
const QUOTES = ['This. 👇', 'Please stop sharing this, it\'s not true', 'Can anyone confirm this?', 'If this is true it\'s horrifying',
  'Source on this?', 'lol no', 'Everyone needs to see this', 'And people wonder why nobody trusts the city'];
const OFFICIAL_REPLIES = ['So how many people were really hurt?', 'Is this still current?', 'Thank you!', 'What about the posts saying otherwise?',
  'Shared with our neighborhood group', 'Why should we believe you?', 'Thank you for the clear info', 'Any update?'];

function engagementFor(rng: Rng, platform: DemoPlatform, followers: number, boost: number): DemoPost['engagement'] {
  // Log-normal around a follower-driven median, with a rare viral multiplier: heavy tail.
  let likes = Math.floor(Math.exp(Math.log(1 + followers) * 0.55 + 1.1 * rng.normal()) * boost);
  if (rng.chance(0.02)) likes *= rng.int(10, 60);
  likes = Math.max(0, likes - 1);
  const shares = platform === 'x' || platform === 'facebook' ? Math.floor(likes * (0.05 + 0.35 * rng.float())) : 0;
  return {
    reposts: shares,
    likes,
    replies: Math.floor(likes * 0.08 * rng.float()),
    views: platform === 'x' || platform === 'instagram' ? Math.round((likes + 1) * (20 + 80 * rng.float()) + followers * 0.2 * rng.float()) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// The generator proper.

interface Ctx {
  rng: Rng;
  accounts: AccountFactory;
  newId: (platform: DemoPlatform, at: number, isReply: boolean) => string;
  out: DemoOutput;
  statements: Map<string, DemoStatement>;
}

function emit(ctx: Ctx, p: Omit<DemoPost, 'id' | 'url' | 'posted_at'> & { at: number }, rumor: string | null, kind: PostKind): DemoPost | null {
  if (p.at < WINDOW_START || p.at > WINDOW_END) return null;
  const at = Math.floor(p.at / 1000) * 1000;
  const isReply = p.reply_to !== null;
  const id = ctx.newId(p.platform, at, isReply);
  const post: DemoPost = {
    platform: p.platform,
    id,
    author: p.author,
    text: p.text,
    url: permalink(p.platform, id, p.author.handle, isReply),
    posted_at: iso(at),
    engagement: p.engagement,
    reply_to: p.reply_to,
    quote_of: p.quote_of,
    repost_of: p.repost_of,
  };
  ctx.out.posts.push(post);
  ctx.out.labels.push({ platform: post.platform, id, rumor, kind });
  return post;
}

/** Reposts, replies and quotes hanging off one post; `mood` picks the tone of the replies. */
function followUps(ctx: Ctx, parent: DemoPost, rumor: string | null, mood: 'doubt' | 'thanks', debunkUrl: { url: string; after: number } | null, scale = 1): void {
  const { rng } = ctx;
  const at0 = Date.parse(parent.posted_at);
  if ((parent.platform === 'x' || parent.platform === 'facebook') && rng.chance(0.2 * scale)) {
    // Mostly one or two copies, occasionally a handful: share counts are heavy-tailed too.
    const n = 1 + Math.floor(rng.float() ** 2 * 4 * scale);
    for (let k = 0; k < n; k++) {
      const author = ctx.accounts.regular(parent.platform);
      const oldStyle = parent.platform === 'x' && rng.chance(0.3);
      emit(ctx, {
        platform: parent.platform, author,
        text: oldStyle ? fitPlatform('x', `RT ${parent.author.handle}: ${parent.text}`, '', '') : parent.text,
        at: at0 + MINUTE + rng.exponential(70 * MINUTE),
        engagement: { reposts: 0, likes: rng.chance(0.2) ? rng.int(1, 5) : 0, replies: 0, views: parent.platform === 'x' ? rng.int(5, 400) : null },
        reply_to: null, quote_of: null, repost_of: parent.id,
      }, rumor, 'repost');
    }
  }
  if (rng.chance(0.22 * scale)) {
    const n = rng.int(1, scale > 1 ? 4 : 3);
    for (let k = 0; k < n; k++) {
      const at = at0 + 30_000 + rng.exponential(45 * MINUTE);
      let text: string;
      if (mood === 'thanks') text = rng.chance(0.8) ? rng.pick(THANKS) : rng.pick(OFFICIAL_REPLIES);
      else if (debunkUrl && at > debunkUrl.after && rng.chance(0.4)) text = rng.pick(DEBUNK) + debunkUrl.url;
      else text = rng.chance(0.55) ? rng.pick(SKEPTIC) : rng.pick(BELIEVER);
      const author = ctx.accounts.regular(parent.platform);
      emit(ctx, {
        platform: parent.platform, author, text: restyle(rng, text), at,
        engagement: { ...engagementFor(rng, parent.platform, author.followers, 0.3), reposts: 0 },
        reply_to: parent.id, quote_of: null, repost_of: null,
      }, rumor, 'reply');
    }
  }
  if (parent.platform === 'x' && rng.chance(0.08 * scale)) {
    const author = ctx.accounts.regular('x');
    emit(ctx, {
      platform: 'x', author, text: restyle(rng, rng.pick(QUOTES)), at: at0 + MINUTE + rng.exponential(90 * MINUTE),
      engagement: engagementFor(rng, 'x', author.followers, 0.6),
      reply_to: null, quote_of: parent.id, repost_of: null,
    }, rumor, 'quote');
  }
}

function generateRumor(ctx: Ctx, spec: RumorSpec): void {
  const { rng } = ctx;
  const start = centralToUtc(spec.start);
  const meanLife = (spec.halfLifeHours / Math.LN2) * HOUR;
  const addressing = spec.statement && spec.relation === 'contradicts' ? ctx.statements.get(spec.statement) : undefined;
  const debunk = addressing ? { url: addressing.url, after: Date.parse(addressing.published_at) } : null;
  const mood = 'doubt';

  for (let i = 0; i < spec.count; i++) {
    const platform = rng.weighted(spec.platforms);
    const author = ctx.accounts.regular(platform);
    const at = i === 0 ? start : start + rng.exponential(meanLife) + rng.int(0, 600) * 1000;
    const post = emit(ctx, {
      platform, author, text: composeRumorText(rng, spec, platform), at,
      engagement: engagementFor(rng, platform, author.followers, 1),
      reply_to: null, quote_of: null, repost_of: null,
    }, spec.key, 'original');
    if (post) followUps(ctx, post, spec.key, mood, debunk);
  }

  (spec.planted ?? []).forEach((text, k) => {
    const platform: DemoPlatform = k % 2 === 0 ? 'facebook' : 'nextdoor';
    const author = ctx.accounts.regular(platform);
    const post = emit(ctx, {
      platform, author, text, at: start + (k + 1) * 95 * MINUTE + rng.int(0, 900) * 1000,
      engagement: engagementFor(rng, platform, author.followers, 1.5),
      reply_to: null, quote_of: null, repost_of: null,
    }, spec.key, 'planted');
    if (post) followUps(ctx, post, spec.key, mood, debunk);
  });

  if (spec.coordinated) generateCoordinated(ctx, spec, spec.coordinated);
}

/** A coordinated burst: throwaway accounts posting the same text within minutes of each other. */
function generateCoordinated(ctx: Ctx, spec: RumorSpec, c: NonNullable<RumorSpec['coordinated']>): void {
  const { rng } = ctx;
  const start = centralToUtc(c.start);
  const burst: DemoPost[] = [];
  for (let i = 0; i < c.count; i++) {
    const platform = rng.weighted(c.platforms);
    const author = ctx.accounts.fresh(platform, start);
    // Most copies are exact; a few add an emoji or a line break, as copy-paste campaigns do.
    const text = rng.chance(0.85) ? c.text : rng.chance(0.5) ? `‼️ ${c.text}` : c.text.replace('. DO NOT', '.\nDO NOT');
    const post = emit(ctx, {
      platform, author, text, at: start + rng.float() * c.windowMinutes * MINUTE,
      engagement: { reposts: rng.int(0, 3), likes: rng.int(0, 6), replies: 0, views: platform === 'x' ? rng.int(3, 250) : null },
      reply_to: null, quote_of: null, repost_of: null,
    }, spec.key, 'coordinated');
    if (post) burst.push(post);
  }
  // The same throwaways amplify each other with plain reposts.
  for (let i = 0; i < Math.floor(c.count / 3); i++) {
    const parent = rng.pick(burst);
    emit(ctx, {
      platform: parent.platform, author: ctx.accounts.fresh(parent.platform, start), text: parent.text,
      at: Date.parse(parent.posted_at) + MINUTE + rng.float() * 20 * MINUTE,
      engagement: { reposts: 0, likes: 0, replies: 0, views: parent.platform === 'x' ? rng.int(1, 40) : null },
      reply_to: null, quote_of: null, repost_of: parent.id,
    }, spec.key, 'repost');
  }
}

/** Which accounts re-post a statement besides the department itself. */
function partnersFor(s: DemoStatement): (keyof typeof OFFICIAL)[] {
  if (s.incident === 'water-2026-11') return ['water'];
  if (s.incident === 'school-lockdown-2026-10') return ['schools'];
  if (s.incident === 'outage-2026-11') return ['power'];
  return [];
}

function generateOfficial(ctx: Ctx, s: DemoStatement): void {
  const { rng } = ctx;
  const at = Date.parse(s.published_at);
  const firstParagraph = s.body.split('\n\n')[0] ?? '';
  const pd = OFFICIAL.pd;
  if (!pd) return;
  const posts: [DemoPlatform, string, number][] = [
    ['x', fitPlatform('x', s.title, '', ` ${s.url}`), at + rng.int(60, 360) * 1000],
    ['facebook', `${s.title}\n\n${firstParagraph}\n\nFull update: ${s.url}`, at + rng.int(180, 900) * 1000],
  ];
  if (/road closures|missing person|phone scam|power outage|boil advisory|curfew hoax/.test(s.topic)) {
    posts.push(['nextdoor', `${s.title}\n\n${firstParagraph}\n\n${s.url}`, at + rng.int(300, 1500) * 1000]);
  }
  for (const [platform, text, when] of posts) {
    const post = emit(ctx, {
      platform, author: pd, text, at: when,
      engagement: engagementFor(rng, platform, pd.followers, 1.4),
      reply_to: null, quote_of: null, repost_of: null,
    }, `statement:${s.slug}`, 'official');
    if (post) followUps(ctx, post, `statement:${s.slug}`, 'thanks', null, 1.6);
  }
  for (const partnerKey of partnersFor(s)) {
    const partner = OFFICIAL[partnerKey];
    if (!partner) continue;
    const post = emit(ctx, {
      platform: 'x', author: partner, text: fitPlatform('x', `From @RidgeportPD: ${s.title}`, '', ` ${s.url}`), at: at + rng.int(400, 2400) * 1000,
      engagement: engagementFor(rng, 'x', partner.followers, 1), reply_to: null, quote_of: null, repost_of: null,
    }, `statement:${s.slug}`, 'official');
    if (post) followUps(ctx, post, `statement:${s.slug}`, 'thanks', null);
  }
}

/** Local media write-ups: accurate, link to their own site, posted a while after the statement. */
function generateMedia(ctx: Ctx, s: DemoStatement): void {
  const { rng } = ctx;
  if (s.status === 'retracted' || !rng.chance(0.6)) return;
  const outlet = rng.chance(0.5) ? OFFICIAL.gazette : OFFICIAL.krdp;
  if (!outlet) return;
  const domain = outlet.handle === '@RidgeportGazette' ? 'ridgeportgazette.example' : 'krdp7.example';
  const link = `https://${domain}/news/${s.slug.replace(/^rpd-2026-\d{4}-/, '')}?utm_source=twitter&utm_medium=social`;
  const platform: DemoPlatform = rng.chance(0.6) ? 'x' : 'facebook';
  const post = emit(ctx, {
    platform, author: outlet, text: fitPlatform(platform, `${s.title.replace(/^UPDATE: /, '')} — police say.`, '', ` ${link}`),
    at: Date.parse(s.published_at) + rng.int(20, 120) * MINUTE,
    engagement: engagementFor(rng, platform, outlet.followers, 1), reply_to: null, quote_of: null, repost_of: null,
  }, `statement:${s.slug}`, 'media');
  if (post) followUps(ctx, post, `statement:${s.slug}`, 'doubt', null);
}

// ---------------------------------------------------------------------------------------------
// Unrelated chatter: the background every real collection is full of.

const CHATTER: string[] = [
  'Rivermen win 4-2 at home tonight! That third period was something',
  'Rivermen lose again. Fire the coach already',
  'Northgate Huskies football up 21-7 at the half',
  'Anyone know a good mechanic on the east side? Transmission is making a noise',
  'Lunch at Rosa\'s Taqueria on Main, the carnitas are back 🌮',
  'Traffic on Route 14 is a mess again this morning',
  'Lost dog near Harmon Park, brown lab mix, answers to Biscuit. Please DM',
  'Found a set of keys on 7th Ave by the library, turned them in at the front desk',
  'Garage sale Saturday on Pippin Ct, lots of kids clothes',
  'Best pumpkin spice latte in Ridgeport? Go',
  'The leaves along Riverside Drive are gorgeous right now 🍂',
  'Why is there always construction on Lakeview Ave',
  'Cedar State game on at Dunbar\'s tonight, who\'s in',
  'Just saw the most beautiful sunset over the Cedar River',
  'Can someone recommend a pediatrician who takes new patients?',
  'Farmers market at Courthouse Square was packed today',
  'Power bill went up AGAIN this month',
  'My kid\'s Halloween costume is a traffic cone. He chose it himself',
  'Thanksgiving turkeys are $0.89/lb at the Eastgate grocery',
  'Ridgeport library book sale this weekend, hardcovers $1',
  'Does anyone else hear that humming noise near the rail yard at night?',
  'Coffee shop on 4th Ave has a new owner and honestly the muffins are better',
  'Potholes on Quarry Road are getting ridiculous',
  'Rain again tomorrow? I just washed my car',
  'High school band concert was lovely tonight',
  'Who has the best wings in Ridgeport, settle this',
  'Ice on the sidewalks this morning, be careful',
  'Rivermen the real flood tonight was that power play lol',
  'Parking downtown on Saturdays is impossible',
  'Anyone selling Rivermen tickets for Friday?',
  'New bakery opening on Harmon Ave next month',
  'Our street finally got the leaf pickup',
  'Cedar County fair photos are up on the county site',
  'Looking for a babysitter Tuesday nights, Orchard Hill area',
  'First snow flurries! ❄️',
  'Happy Thanksgiving Ridgeport 🦃',
];

function generateChatter(ctx: Ctx, count: number): void {
  const { rng } = ctx;
  const platforms: Weights = { x: 4, facebook: 3, nextdoor: 3, reddit: 2, instagram: 2 };
  for (let i = 0; i < count; i++) {
    // Pick a day uniformly, then a Central-time hour weighted toward daytime and evening.
    const day = WINDOW_START + Math.floor(rng.float() * ((WINDOW_END - WINDOW_START) / (24 * HOUR))) * 24 * HOUR;
    const localHour = Math.min(23, Math.max(6, Math.round(14 + 4.5 * rng.normal())));
    const at = day - 11 * HOUR + (localHour + 6) * HOUR + rng.int(0, 3599) * 1000;
    const platform = rng.weighted(platforms);
    const author = ctx.accounts.regular(platform);
    const post = emit(ctx, {
      platform, author, text: restyle(rng, rng.pick(CHATTER)) + (rng.chance(0.15) ? ' #Ridgeport' : ''), at,
      engagement: engagementFor(rng, platform, author.followers, 0.6),
      reply_to: null, quote_of: null, repost_of: null,
    }, null, 'chatter');
    if (post && rng.chance(0.15)) {
      const replier = ctx.accounts.regular(platform);
      emit(ctx, {
        platform, author: replier, text: restyle(rng, rng.pick(['lol same', 'agreed', 'this!!', 'no way', 'DMed you', '😂', 'Try the place on 5th'])),
        at: Date.parse(post.posted_at) + MINUTE + rng.exponential(60 * MINUTE),
        engagement: engagementFor(rng, platform, replier.followers, 0.3),
        reply_to: post.id, quote_of: null, repost_of: null,
      }, null, 'chatter');
    }
  }
}

/** Hostile markup, so renderers and exports are tested against stored XSS. */
function generateMarkupProbes(ctx: Ctx): void {
  const probes: [DemoPlatform, string, string, string | null][] = [
    ['reddit', 'testing if this forum escapes html <script>alert(1)</script> lol', '2026-11-09 21:14', null],
    ['nextdoor', 'Pic of the Elm St bridge collapse <img src=x onerror=alert(1)> share before they take it down', '2026-11-03 09:02', 'flood-bridge-collapsed'],
  ];
  for (const [platform, text, local, rumor] of probes) {
    const author = ctx.accounts.regular(platform);
    emit(ctx, {
      platform, author, text, at: centralToUtc(local),
      engagement: engagementFor(ctx.rng, platform, author.followers, 0.5), reply_to: null, quote_of: null, repost_of: null,
    }, rumor, rumor ? 'original' : 'chatter');
  }
}

/** Makes the counters at least as large as the replies/reposts actually present in the file. */
function reconcileCounts(posts: DemoPost[]): void {
  const byId = new Map(posts.map((p) => [`${p.platform}:${p.id}`, p]));
  for (const p of posts) {
    const replyParent = p.reply_to ? byId.get(`${p.platform}:${p.reply_to}`) : undefined;
    if (replyParent) replyParent.engagement.replies += 1;
    const repostParent = p.repost_of ? byId.get(`${p.platform}:${p.repost_of}`) : undefined;
    if (repostParent) repostParent.engagement.reposts += 1;
  }
}

/**
 * Builds the whole demo collection. Pure apart from the seed: same inputs, same output.
 *
 * @example const { posts } = generateDemo(statements, rumors); posts.length // ≈ 2,100
 */
export function generateDemo(statements: DemoStatement[], rumors: RumorSpec[], seed = 20261128): DemoOutput {
  const rng = new Rng(mulberry32(seed));
  const ctx: Ctx = {
    rng,
    accounts: accountFactory(rng),
    newId: idFactory(rng),
    out: { posts: [], labels: [] },
    statements: new Map(statements.map((s) => [s.slug, s])),
  };
  for (const s of statements) generateOfficial(ctx, s);
  for (const s of statements) generateMedia(ctx, s);
  for (const spec of rumors) generateRumor(ctx, spec);
  generateChatter(ctx, 560);
  generateMarkupProbes(ctx);
  reconcileCounts(ctx.out.posts);

  const key = (p: DemoPost): string => `${p.posted_at}|${p.platform}|${p.id}`;
  const sorted = [...ctx.out.posts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const labelOf = new Map(ctx.out.labels.map((l) => [`${l.platform}:${l.id}`, l]));
  return {
    posts: sorted,
    labels: sorted.map((p) => {
      const label = labelOf.get(`${p.platform}:${p.id}`);
      if (!label) throw new Error(`no label for ${p.platform}:${p.id}`);
      return label;
    }),
  };
}

/** One JSON object per line, with a trailing newline. */
export function toJsonl(rows: readonly unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** Reads the hand-written inputs from a demo directory. */
export function readDemoInputs(dir: string): { statements: DemoStatement[]; rumors: RumorSpec[] } {
  const statements = fs.readFileSync(path.join(dir, 'statements.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DemoStatement);
  const rumors = (JSON.parse(fs.readFileSync(path.join(dir, 'rumors.json'), 'utf8')) as { rumors: RumorSpec[] }).rumors;
  return { statements, rumors };
}

function main(): void {
  const dir = path.resolve(__dirname, '../data/demo');
  const { statements, rumors } = readDemoInputs(dir);
  const { posts, labels } = generateDemo(statements, rumors);
  const files: [string, string][] = [['posts.jsonl', toJsonl(posts)], ['post-labels.jsonl', toJsonl(labels)]];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([name, text]) => !fs.existsSync(path.join(dir, name)) || fs.readFileSync(path.join(dir, name), 'utf8') !== text);
    for (const [name] of stale) console.error(`data/demo/${name} is out of date; run npm run demo:generate`);
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
  const perRumor = new Map<string, number>();
  for (const l of labels) perRumor.set(l.rumor ?? '(chatter)', (perRumor.get(l.rumor ?? '(chatter)') ?? 0) + 1);
  console.log(`wrote ${posts.length} posts to data/demo/posts.jsonl`);
  for (const spec of rumors) console.log(`  ${spec.key.padEnd(28)} ${spec.truth.padEnd(12)} ${perRumor.get(spec.key) ?? 0}`);
  const official = labels.filter((l) => l.rumor?.startsWith('statement:')).length;
  console.log(`  ${'(official + media threads)'.padEnd(41)} ${official}`);
  console.log(`  ${'(chatter)'.padEnd(41)} ${perRumor.get('(chatter)') ?? 0}`);
}

if (require.main === module) main();
