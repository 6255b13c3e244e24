/**
 * Seeded synthetic social posts with realistic duplication, for scale benchmarks (bench:scale,
 * bench:batch). A Zipf-shaped catalogue of rumors takes most of the volume — the top ones are
 * reposted tens of thousands of times as exact copies, platform reposts, light edits (typos,
 * hashtags, "BREAKING:", dropped words) and links with tracking parameters — and a long tail of
 * singleton chatter shares the incident vocabulary, so blocking is stressed the way real feeds do.
 */
import type { Platform, PostInput } from '../../src/core/types';

export interface SyntheticOptions {
  /** Share of posts that belong to a rumor (the rest are singleton chatter). Default 0.6. */
  rumorShare?: number;
  /** Number of distinct rumors. Default max(20, n / 500). */
  rumors?: number;
  /** ISO time of the first post; posts are about 0.3 s apart. */
  start?: string;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Elm St', 'Lincoln High', 'Harmon Ave', 'Ridgeport Mall', 'Oak Park', 'the river bridge', 'Route 9', 'Northgate', 'Westside', 'the county fairgrounds', 'Maple Ave', 'city hall', 'the train station', 'Pine Hill', 'Lakeview', 'downtown', 'the east tunnel', 'Cedar Rd', 'the water plant', 'Fulton St'];
const INCIDENTS = ['flood', 'fire', 'storm', 'power outage', 'chemical spill', 'gas leak', 'shooting', 'protest', 'crash', 'heat wave'];
const THINGS = ['bridge', 'school', 'shelter', 'hospital', 'road', 'tunnel', 'dam', 'store', 'clinic', 'station', 'park', 'highway'];
const STATES = ['closed', 'evacuated', 'on fire', 'collapsed', 'locked down', 'flooded', 'shut for good', 'under quarantine', 'out of water', 'taken over by the army'];
const AGENCIES = ['police', 'the mayor', 'FEMA', 'the fire department', 'the governor', 'the sheriff', 'the national guard', 'the utility'];
const ACTIONS = ['a curfew', 'forced evacuations', 'arrests for posting', 'a boil water notice', 'roadblocks', 'martial law', 'a ban on gas sales', 'door to door searches'];
const TEMPLATES: ((p: () => string, n: () => number) => string)[] = [
  (p) => `${p()} ${pick(THINGS, p)} is ${pick(STATES, p)} because of the ${pick(INCIDENTS, p)}, avoid the area`,
  (p, n) => `${pick(AGENCIES, p)} confirm ${n()} people hurt at ${p()} after the ${pick(INCIDENTS, p)}`,
  (p, n) => `${pick(AGENCIES, p)} announced ${pick(ACTIONS, p)} in ${p()} starting at ${n() % 12 + 1} pm tonight`,
  (p) => `do not drink the tap water in ${p()}, the ${pick(INCIDENTS, p)} contaminated it`,
  (p, n) => `heard ${n()} looters were arrested near ${p()} during the ${pick(INCIDENTS, p)}`,
  (p) => `the ${pick(INCIDENTS, p)} at ${p()} was started on purpose, ${pick(AGENCIES, p)} is hiding it`,
  (p, n) => `${p()} ${pick(THINGS, p)} will stay ${pick(STATES, p)} for ${n() % 30 + 2} days says ${pick(AGENCIES, p)}`,
];
const OPENERS = ['BREAKING:', 'URGENT', 'omg', 'PSA:', 'share this!!', 'wow', 'please RT', 'is this true?', 'my cousin says', ''];
const TAGS = ['#flood', '#StormWatch', '#Ridgeport', '#breaking', '#staysafe', '#news', '#PowerOutage', '#evacuate'];
const PLATFORMS: Platform[] = ['x', 'x', 'x', 'facebook', 'nextdoor', 'instagram', 'reddit', 'tiktok'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'va', 'shi', 'pel', 'dun', 'gra', 'ost', 'bel', 'nim', 'qua', 'zer', 'fo', 'lix', 'ment', 'ary', 'ton'];
const COMMON = ['the', 'a', 'is', 'at', 'my', 'we', 'just', 'so', 'today', 'traffic', 'coffee', 'game', 'weather', 'rain', 'kids', 'work', 'again', 'love', 'this', 'town', 'flood', 'fire', 'police', 'road', 'school', 'power', 'storm'];

function pick<T>(items: readonly T[], r: (() => string) | (() => number)): T {
  const x = r();
  const u = typeof x === 'number' ? x : hashUnit(x);
  return items[Math.floor(u * items.length) % items.length] as T;
}

function hashUnit(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

function typo(word: string, rand: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  return rand() < 0.5 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

interface Rumor {
  text: string;
  url: string | null;
  recent: string[];
}

/**
 * Yields `n` posts in arrival order; the same seed gives the same posts.
 *
 * @example for (const post of generateSyntheticPosts(1000, 42)) store(post);
 */
export function* generateSyntheticPosts(n: number, seed: number, opts: SyntheticOptions = {}): Generator<PostInput> {
  const rand = mulberry32(seed);
  const randomPick = () => rand();
  const rumorShare = opts.rumorShare ?? 0.6;
  const rumorCount = opts.rumors ?? Math.max(20, Math.floor(n / 500));
  const start = Date.parse(opts.start ?? '2026-11-01T00:00:00.000Z');
  // 160,000 made-up words (four syllables): chatter is about everything, so it rarely repeats itself.
  const word = (i: number) => SYLLABLES[i % 20]! + SYLLABLES[Math.floor(i / 20) % 20]! + SYLLABLES[Math.floor(i / 400) % 20]! + SYLLABLES[Math.floor(i / 8000) % 20]!;
  const rumors: Rumor[] = Array.from({ length: rumorCount }, (_, r) => {
    const place = () => pick(PLACES, randomPick);
    const text = TEMPLATES[r % TEMPLATES.length]!(place, () => 2 + Math.floor(rand() * 40)) + (r >= TEMPLATES.length * 20 ? ` ${word(r * 7919 % 160_000)}` : '');
    const url = rand() < 0.5 ? `https://news${r % 7}.example/local/${text.split(' ').slice(0, 4).join('-').toLowerCase().replace(/[^a-z0-9-]/g, '')}-${1000 + r}` : null;
    return { text, url, recent: [] };
  });
  // Zipf(1.1) popularity via a cumulative table and binary search.
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < rumorCount; r++) cumulative.push((total += 1 / Math.pow(r + 1, 1.1)));
  const drawRumor = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = rumorCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let i = 0; i < n; i++) {
    const externalId = `s${seed}-${i}`;
    const platform = PLATFORMS[Math.floor(rand() * PLATFORMS.length)] as Platform;
    const author = { handle: `user${Math.floor(Math.pow(rand(), 2) * 200_000)}` };
    const postedAt = new Date(start + i * 300 + Math.floor(rand() * 300)).toISOString();
    const engagement = { reposts: Math.floor(Math.pow(rand(), 6) * 500), likes: Math.floor(Math.pow(rand(), 4) * 2000), replies: Math.floor(Math.pow(rand(), 6) * 80) };
    let text: string;
    let url: string | null = null;
    let repostOf: string | null = null;
    if (rand() < rumorShare) {
      const rumor = rumors[drawRumor()] as Rumor;
      const shape = rand();
      text = rumor.text;
      if (shape < 0.25 && rumor.recent.length) {
        repostOf = rumor.recent[Math.floor(rand() * rumor.recent.length)] as string;
      } else if (shape < 0.55) {
        if (rand() < 0.5) text = `RT @${author.handle}: ${text}`;
        if (rand() < 0.3) text = `${text} 😱`;
      } else {
        const words = text.split(' ');
        const edits = 1 + Math.floor(rand() * 2);
        for (let e = 0; e < edits; e++) {
          const k = Math.floor(rand() * words.length);
          const kind = rand();
          if (kind < 0.5) words[k] = typo(words[k] as string, rand);
          else if (kind < 0.7 && words.length > 6) words.splice(k, 1);
          else words.splice(k, 0, COMMON[Math.floor(rand() * COMMON.length)] as string);
        }
        const opener = OPENERS[Math.floor(rand() * OPENERS.length)] as string;
        text = `${opener} ${words.join(' ')}${rand() < 0.4 ? ` ${TAGS[Math.floor(rand() * TAGS.length)]}` : ''}`.trim();
        if (rand() < 0.3) text = text.toUpperCase();
      }
      if (rumor.url && rand() < 0.6) {
        const tracking = rand();
        url = tracking < 0.3 ? `${rumor.url}?utm_source=${platform}&utm_medium=social` : tracking < 0.5 ? `${rumor.url}#comments` : tracking < 0.6 ? `${rumor.url}?fbclid=IwAR${i}` : rumor.url;
      }
      if (!repostOf) {
        rumor.recent.push(externalId);
        if (rumor.recent.length > 8) rumor.recent.shift();
      }
    } else {
      const length = 6 + Math.floor(rand() * 12);
      const words: string[] = [];
      for (let w = 0; w < length; w++) words.push(rand() < 0.35 ? (COMMON[Math.floor(rand() * COMMON.length)] as string) : word(Math.floor(Math.pow(rand(), 1.5) * 160_000)));
      text = words.join(' ');
      if (rand() < 0.05) url = rand() < 0.5 ? 'https://news1.example/' : `https://blog${Math.floor(rand() * 1000)}.example/p/${i}`;
    }
    if (url) text = `${text} ${url}`;
    yield { platform, externalId, author, text, url, postedAt, engagement, replyTo: null, quoteOf: null, repostOf };
  }
}
