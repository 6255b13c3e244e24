/**
 * The triage queue on the demo department's data (data/demo): one cluster per catalogued rumor,
 * seen three hours after its first post, with the department's evidence taken from the catalogue
 * (the matching engine's job in the product). Used by `npm run bench:credibility -- --demo`.
 */
import fs from 'fs';
import path from 'path';
import { comparableText } from '../../src/core/text/normalize';
import { scoreCluster } from '../../src/core/scoring/credibility';
import type { CredibilityModel } from '../../src/core/scoring/credibility-model';
import type { ScoringLexicons } from '../../src/core/scoring/lexicons';
import { classifyReplyStance, type ReplyStanceModel } from '../../src/core/scoring/reply-stance';
import { triagePriority } from '../../src/core/scoring/triage';
import type { CredibilityResult, DepartmentEvidence, TriageResult } from '../../src/core/scoring/types';
import { REPO_DATA } from './credibility-files';

interface DemoPost {
  id: string;
  author: { handle: string; verified?: boolean; followers?: number; following?: number; created_at?: string };
  text: string;
  posted_at: string;
  engagement: { reposts?: number; likes?: number; replies?: number };
  reply_to: string | null;
}

interface Rumor { key: string; claim: string; truth: string; statement: string | null; relation: string | null }

export interface DemoQueueItem { key: string; truth: string; credibility: CredibilityResult; triage: TriageResult }

const HOUR = 3_600_000;

function readLines<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function evidenceFor(r: Rumor, titles: Map<string, string>): DepartmentEvidence | null {
  if (!r.statement || !r.relation) return null;
  const stance = r.relation === 'contradicts' ? 'contradicts' : 'supports';
  // Outdated claims were true when posted and later overtaken: the matcher would only call it a possible match.
  return { decision: r.truth === 'outdated' ? 'possible' : 'strong', stance, statementTitle: titles.get(r.statement) ?? null };
}

export function demoQueue(model: CredibilityModel, stance: ReplyStanceModel, lexicons: ScoringLexicons, windowHours = 3): DemoQueueItem[] {
  const dir = path.join(REPO_DATA, 'demo');
  const posts = readLines<DemoPost>(path.join(dir, 'posts.jsonl'));
  const labels = readLines<{ id: string; rumor: string | null; kind: string }>(path.join(dir, 'post-labels.jsonl'));
  const rumors = (JSON.parse(fs.readFileSync(path.join(dir, 'rumors.json'), 'utf8')) as { rumors: Rumor[] }).rumors;
  const titles = new Map(readLines<{ slug: string; title: string }>(path.join(dir, 'statements.jsonl')).map((s) => [s.slug, s.title]));
  const byRumor = new Map<string, { post: DemoPost; kind: string }[]>();
  posts.forEach((post, i) => {
    const label = labels[i];
    if (!label?.rumor) return;
    const list = byRumor.get(label.rumor) ?? [];
    list.push({ post, kind: label.kind });
    byRumor.set(label.rumor, list);
  });
  const items: DemoQueueItem[] = [];
  for (const rumor of rumors) {
    const all = (byRumor.get(rumor.key) ?? []).sort((a, b) => a.post.posted_at.localeCompare(b.post.posted_at));
    if (all.length === 0) continue;
    const start = Date.parse(all[0]!.post.posted_at);
    const now = new Date(start + windowHours * HOUR);
    const seen = all.filter((p) => Date.parse(p.post.posted_at) <= now.getTime());
    const replies = seen.filter((p) => p.post.reply_to !== null);
    const claims = seen.filter((p) => p.post.reply_to === null);
    const representative = claims[0]?.post ?? seen[0]!.post;
    const crowd = { support: 0, deny: 0, query: 0, comment: 0, corrections: 0 };
    for (const r of replies) {
      const label = classifyReplyStance(r.post.text, stance, { sourceText: representative.text, directReply: true }).label;
      crowd[label]++;
      if (/ridgeportpd\.example/.test(r.post.text)) crowd.corrections++;
    }
    const textAuthors = new Map<string, Set<string>>();
    for (const c of claims) {
      const key = comparableText(c.post.text);
      textAuthors.set(key, (textAuthors.get(key) ?? new Set()).add(c.post.author.handle));
    }
    const identical = Math.max(0, ...[...textAuthors.values()].map((s) => (s.size >= 2 ? s.size : 0)));
    const isNew = (p: DemoPost): boolean => !!p.author.created_at && Date.parse(p.posted_at) - Date.parse(p.author.created_at) < 30 * 24 * HOUR;
    const inHour = (from: number, to: number): number => seen.filter((p) => { const t = Date.parse(p.post.posted_at); return t > from && t <= to; }).length;
    const spread = {
      postCount: seen.length,
      uniqueAuthors: new Set(seen.map((p) => p.post.author.handle)).size,
      newAccountPosts: seen.filter((p) => isNew(p.post)).length,
      identicalTextAuthors: identical,
      postsLastHour: inHour(now.getTime() - HOUR, now.getTime()),
      postsPrevHours: inHour(now.getTime() - 4 * HOUR, now.getTime() - HOUR),
      postsPerHourPeak: Math.max(...Array.from({ length: windowHours }, (_, h) => inHour(start + h * HOUR - 1, start + (h + 1) * HOUR))),
      totalEngagement: seen.reduce((s, p) => s + (p.post.engagement.reposts ?? 0) + (p.post.engagement.likes ?? 0) + (p.post.engagement.replies ?? 0), 0),
    };
    const evidence = evidenceFor(rumor, titles);
    const a = representative.author;
    const credibility = scoreCluster({
      representative: { text: representative.text, author: { verified: a.verified, followers: a.followers, following: a.following, accountCreatedAt: a.created_at }, evidence, postedAt: representative.posted_at },
      crowd,
      spread,
    }, model, lexicons, now);
    const triage = triagePriority({ credibility, texts: [rumor.claim, ...claims.slice(0, 5).map((c) => c.post.text)], ...spread, evidence }, lexicons);
    items.push({ key: rumor.key, truth: rumor.truth, credibility, triage });
  }
  return items.sort((x, y) => y.triage.priority - x.triage.priority);
}
