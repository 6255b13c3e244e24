import { readFileSync } from 'fs';
import { join } from 'path';
import { ScoringQueue } from '../../src/composition/claim-scoring-queue';
import { createCredibilityEngine, createInThreadCredibilityEngine } from '../../src/composition/credibility-engine';
import type { ClaimSignals, ClusterSignals } from '../../src/usecases/ports';
import { runScoringTask, type ScoringTask } from '../../src/composition/claim-scoring-queue';

const NOW = new Date('2026-11-20T12:00:00Z');

function demoSignals(): ClaimSignals[] {
  const rows = readFileSync(join(__dirname, '../../data/demo/posts.jsonl'), 'utf8').trim().split('\n').slice(0, 1200);
  return rows.map((line, i) => {
    const post = JSON.parse(line) as { text: string; posted_at: string; author: { verified: boolean; followers: number; following: number; created_at: string } };
    return {
      text: post.text,
      urls: [],
      author: { verified: post.author.verified, followers: post.author.followers, following: post.author.following, accountCreatedAt: post.author.created_at },
      authorHistory: i % 3 === 0 ? { priorClaims: i % 7, priorContradicted: i % 2 } : null,
      evidence: i % 5 === 0 ? { decision: 'strong', stance: 'contradicts', statementTitle: 'Bridge open', score: 0.9 } : null,
      postedAt: post.posted_at,
    };
  });
}

/** Claims, with a cluster of the claims around it every tenth task. */
function demoTasks(signals: ClaimSignals[]): ScoringTask[] {
  return signals.map((s, i): ScoringTask => {
    if (i % 10 !== 9) return { kind: 'claim', signals: s, now: NOW };
    const cluster: ClusterSignals = {
      representative: s,
      sampleTexts: signals.slice(i - 4, i).map((x) => x.text),
      crowd: { support: i % 4, deny: i % 3, query: 1, comment: 2, corrections: i % 2 },
      spread: { postCount: i, uniqueAuthors: i / 2, newAccountPosts: i % 5, copyPosts: i % 7, postsLastHour: i % 30, postsPerHourPeak: 40, postsPrevHours: i % 11, totalEngagement: i * 3 },
    };
    return { kind: 'cluster', signals: cluster, now: NOW };
  });
}

describe('claims and clusters scored on the worker thread', () => {
  test('give exactly the in-thread results, in submission order, chunk after chunk', () => {
    // No in-thread fallback here: every result must have come from the worker.
    const queue = new ScoringQueue({
      scoreClaim: () => {
        throw new Error('scored in-thread');
      },
      scoreCluster: () => {
        throw new Error('scored in-thread');
      },
      triage: () => {
        throw new Error('scored in-thread');
      },
    });
    const local = createInThreadCredibilityEngine();
    const signals = demoSignals();
    const tasks = demoTasks(signals);
    for (const chunk of [tasks, tasks.slice(0, 1000).reverse()]) {
      expect(queue.available()).toBe(true);
      for (const task of chunk) queue.submit(task);
      expect(queue.drain()).toEqual(chunk.map((task) => runScoringTask(local, task)));
    }
  }, 60_000);

  test('small chunks stay in-thread, and claims a failed chunk left behind are dropped', () => {
    const queued = createCredibilityEngine();
    const signals = demoSignals();
    expect(queued.beginScoring(10)).toBe(false);
    expect(queued.beginScoring(signals.length)).toBe(true);
    for (const s of signals.slice(0, 50)) queued.submitClaim(s, NOW);
    // The chunk's transaction failed before its end: the next chunk starts clean.
    expect(queued.beginScoring(signals.length)).toBe(true);
    queued.submitClaim(signals[7] as ClaimSignals, NOW);
    expect(queued.drainScores()).toEqual([createInThreadCredibilityEngine().scoreClaim(signals[7] as ClaimSignals, NOW)]);
  }, 60_000);
});
