/**
 * Seeded generator of collected posts for bench:batch, in the shapes a monitoring export has:
 * rumors that spread through many reposts and paraphrases (heavy-tailed sizes), a long tail of
 * one-off posts, reply threads under both, and a few rows an overlapping export repeats.
 * Posts come out one at a time so a million of them never sit in memory together.
 */
import { mulberry32, type DemoPlatform, type DemoPost, type RumorSpec } from '../generate-demo';
import type { SyntheticStatement } from './synthetic-statements';

export interface BatchPostsOptions {
  n: number;
  seed?: number;
  /** Hand-written demo rumors: their variants are the first rumor texts. */
  demoRumors: readonly RumorSpec[];
  /** Generated statements: rumors are told about their places and events. */
  statements: readonly SyntheticStatement[];
}

const PLATFORMS: DemoPlatform[] = ['x', 'x', 'x', 'facebook', 'facebook', 'nextdoor', 'instagram', 'reddit'];
const START = Date.parse('2026-10-26T11:00:00Z');
const WINDOW_MS = 33 * 86_400_000;

/** Paraphrase templates per event kind of the generated statements ({p} place, {n} number). */
const RUMOR_TEMPLATES: Record<string, string[]> = {
  closed: ['{p} is completely closed, water is over the road', 'Heard {p} is shut down both ways because of the flooding', '{p} closed AGAIN?? {n} cars stuck out there', 'Anyone know why {p} is closed? Cops everywhere'],
  reopened: ['{p} is open again, drove it this morning', 'They reopened {p} already? Is it even safe', '{p} reopened but the bridge looks cracked to me'],
  shelter: ['Shelter at {p} is full and turning people away', 'Is the {p} shelter taking pets? Heard they are not', '{p} shelter has no beds left, {n} families outside'],
  scam: ['Someone called my mom pretending to be a cop from {p} asking for gift cards', 'Scam calls going around {p}, they say you owe a fine', 'Police from {p} are NOT calling about warrants, {n} people got scammed'],
  outage: ['Power is out all over {p} and they say it is a cyberattack', '{p} has been dark for {n} hours, signals are out', 'Heard the outage on {p} will last a week'],
  water: ['Do not drink the water near {p}, it is contaminated', 'Tap water on {p} smells like bleach, they are hiding something', '{n} people sick from the water on {p}'],
  missing: ['Kid missing near {p}, white van seen, please share', 'A child was taken from {p} this afternoon', 'Missing boy last seen at {p}, {n} years old'],
  arrest: ['Cops arrested {n} people on {p} tonight', 'Huge police chase ended on {p}, someone got shot', 'They arrested the wrong guy on {p}'],
  march: ['Protesters blocking {p}, police using tear gas', '{p} march turned violent, {n} arrested', 'National Guard heading to {p} for the march'],
  fire: ['Massive fire on {p}, {n} people trapped', 'The fire on {p} was arson, everyone knows it', 'Whole block on {p} burned down'],
};
const RUMOR_KINDS = Object.keys(RUMOR_TEMPLATES);

const PREFIXES = ['BREAKING: ', 'Just heard: ', 'Can anyone confirm? ', 'omg ', 'Not sure if true but ', 'PSA: ', '🚨 ', ''];
const SUFFIXES = [' Please share.', ' Stay safe.', ' 🙏', ' smh', ' 😡', ' Pass it on.', '', '', ''];
const REPLIES = ['source?', 'this is fake', 'Is this confirmed?', 'omg 😱', 'praying 🙏', 'my neighbor said the same', 'stop spreading rumors',
  'Police already said this is not true', 'Thank you for posting this', 'link pls', 'wow', 'Can confirm, saw it myself', 'lol same', 'DMed you'];
const CHATTER_SUBJECTS = ['mechanic', 'pediatrician', 'babysitter', 'plumber', 'dog walker', 'taco place', 'coffee shop', 'barber', 'piano teacher', 'roofer',
  'garage sale', 'bakery', 'yoga class', 'book club', 'soccer league', 'dentist', 'electrician', 'farmers market stall', 'thrift store', 'tailor'];
const CHATTER_FORMS = ['Anyone know a good {s} near {p}? Asking for {n} of us', 'Best {s} on {p}, go. #{n}', 'New {s} opening on {p} next month, {n}% off the first week',
  'Lost cat near {p}, grey tabby, answers to {name}. Reward {n} dollars', 'Looking for a {s} around {p}, {name} recommended one but they closed',
  'The {s} on {p} has the best prices, paid {n} dollars', 'Shoutout to {name} at the {s} on {p}!', 'Traffic on {p} is a mess again, {n} minutes to get home'];
const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'ro', 'vel', 'dan', 'pi', 'gor', 'lu', 'ne', 'bri', 'sto', 'wen', 'fa', 'qui', 'dor', 'mi', 'tas'];
const NAMES = ['Biscuit', 'Luna', 'Max', 'Rosa', 'Deb', 'Hector', 'Kim', 'Travis', 'Nicole', 'Greg', 'Patty', 'Sam', 'Andre', 'Kayla', 'Phil', 'Becky'];
const PLACES = ['Elm Street', 'Harmon Avenue', 'Riverside Drive', 'Mill Creek Road', 'Depot Street', 'Lakeview Avenue', 'Founders Park', 'Oak Street', 'Main Street', 'Quarry Road'];

interface Author {
  handle: string;
  display_name: string;
  verified: boolean;
  followers: number;
  following: number;
  created_at: string;
}

interface Rumor {
  variants: string[];
  budget: number;
  /** Posts of this rumor that others repost or quote. */
  sources: { platform: DemoPlatform; id: string; text: string; handle: string }[];
}

/**
 * Yields `n` posts in posting order. Same options, same posts (one mulberry32 stream).
 *
 * @example for (const post of generateBatchPosts({ n: 1000, demoRumors, statements })) write(post);
 */
export function* generateBatchPosts(options: BatchPostsOptions): Generator<DemoPost> {
  const rand = mulberry32(options.seed ?? 424242);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const fill = (template: string, place: string) =>
    template.replace('{p}', place).replace('{n}', String(int(2, 60))).replace('{s}', pick(CHATTER_SUBJECTS)).replace('{name}', pick(NAMES));

  // A few prolific accounts and a long tail, as in real collections (skewed pick below).
  const authors: Author[] = [];
  const authorCount = Math.max(1000, Math.floor(options.n / 4));
  for (let i = 0; i < authorCount; i++) {
    const fresh = rand() < 0.03;
    authors.push({
      handle: `@user${i.toString(36)}`,
      display_name: `${pick(NAMES)} ${i}`,
      verified: rand() < 0.005,
      followers: fresh ? int(0, 15) : Math.round(Math.exp(4.6 + 1.5 * (rand() + rand() + rand() - 1.5))),
      following: int(20, 900),
      created_at: new Date(fresh ? START - int(1, 20) * 86_400_000 : START - int(60, 5000) * 86_400_000).toISOString(),
    });
  }
  const author = () => authors[Math.floor(rand() ** 2.2 * authors.length)] as Author;

  let demoNext = 0;
  const newRumor = (): Rumor => {
    // Heavy tail: most rumors are a handful of posts, a few run into the thousands.
    const budget = Math.min(Math.floor(2 / (1 - rand()) ** 0.9), Math.max(50, Math.floor(options.n / 50)));
    const demo = options.demoRumors[demoNext];
    if (demo && rand() < 0.5) {
      demoNext += 1;
      return { variants: demo.variants, budget, sources: [] };
    }
    const statement = options.statements.length ? pick(options.statements) : null;
    const place = statement ? statement.title.split(':')[0] ?? pick(PLACES) : pick(PLACES);
    const templates = RUMOR_TEMPLATES[pick(RUMOR_KINDS)] as string[];
    return { variants: templates.map((t) => fill(t, place)), budget, sources: [] };
  };

  const active: Rumor[] = Array.from({ length: 60 }, newRumor);
  const recent: { platform: DemoPlatform; id: string; handle: string }[] = [];
  const emitted: DemoPost[] = [];
  let seq = 0;

  const restyle = (text: string): string => {
    let t = text;
    if (rand() < 0.3) {
      const cut = int(1, Math.max(1, t.length - 2));
      t = t.slice(0, cut) + t.slice(cut + 1); // a dropped letter
    }
    if (rand() < 0.1) t = t.toLowerCase();
    return pick(PREFIXES) + t + pick(SUFFIXES);
  };

  for (let i = 0; i < options.n; i++) {
    const at = new Date(START + Math.floor((i / options.n) * WINDOW_MS) + int(0, 59) * 1000).toISOString();
    // An overlapping export repeats a row now and then: the pipeline must count it once.
    if (emitted.length > 100 && rand() < 0.003) {
      yield pick(emitted);
      continue;
    }
    const roll = rand();
    const who = author();
    let post: DemoPost;
    const base = (platform: DemoPlatform, text: string): DemoPost => {
      seq += 1;
      const id = platform === 'x' ? String(1_900_000_000_000_000_000n + BigInt(seq)) : `${platform[0]}${seq.toString(36)}`;
      const likes = Math.floor(Math.exp(Math.log(1 + who.followers) * 0.5 + (rand() - 0.5) * 2));
      return {
        platform, id, author: who, text, url: `https://${platform}.example/p/${id}`, posted_at: at,
        engagement: { reposts: Math.floor(likes * rand() * 0.3), likes, replies: Math.floor(likes * 0.1 * rand()), views: platform === 'x' ? likes * 40 : null },
        reply_to: null, quote_of: null, repost_of: null,
      };
    };
    if (roll < 0.42) {
      // A rumor post: a restyled variant, a straight repost, or a quote with a comment.
      const index = Math.floor(rand() ** 1.5 * active.length);
      const rumor = active[index] as Rumor;
      const source = rumor.sources.length ? pick(rumor.sources) : null;
      const kind = rand();
      if (source && kind < 0.35) {
        post = { ...base(source.platform, rand() < 0.3 && source.platform === 'x' ? `RT ${source.handle}: ${source.text}` : source.text), repost_of: source.id };
      } else if (source && kind < 0.42) {
        post = { ...base(source.platform, `${pick(['This. 👇', 'Is this true?', 'Please stop sharing this', 'Everyone needs to see this'])} ${source.text}`), quote_of: source.id };
      } else {
        post = base(pick(PLATFORMS), restyle(pick(rumor.variants)));
        if (rumor.sources.length < 8) rumor.sources.push({ platform: post.platform, id: post.id, text: post.text, handle: who.handle });
      }
      rumor.budget -= 1;
      if (rumor.budget <= 0) active[index] = newRumor();
    } else if (roll < 0.6 && recent.length) {
      const parent = pick(recent);
      post = { ...base(parent.platform, pick(REPLIES)), reply_to: parent.id };
    } else {
      // The long tail: one-off posts. Made-up words keep them apart, as real one-offs are;
      // template chatter alone would collapse into a few big clusters and flatter the matcher.
      const words = Array.from({ length: int(3, 8) }, () => pick(SYLLABLES) + pick(SYLLABLES) + (rand() < 0.5 ? pick(SYLLABLES) : ''));
      post = base(pick(PLATFORMS), rand() < 0.3 ? fill(pick(CHATTER_FORMS), pick(PLACES)) : `${words.join(' ')} ${pick(CHATTER_SUBJECTS)}`);
    }
    if (!post.reply_to) {
      recent.push({ platform: post.platform, id: post.id, handle: who.handle });
      if (recent.length > 2000) recent.splice(0, 1000);
    }
    emitted.push(post);
    if (emitted.length > 2000) emitted.splice(0, 1000);
    yield post;
  }
}
