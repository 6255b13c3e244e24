import { readFileSync } from 'fs';
import { join } from 'path';
import { ClaimScoringQueue } from '../../src/composition/claim-scoring-queue';
import { createCredibilityEngine, createInThreadCredibilityEngine } from '../../src/composition/credibility-engine';
import type { ClaimSignals } from '../../src/usecases/engines';

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
      evidence: i % 5 === 0 ? { decision: 'confirmed', stance: 'contradicts', statementTitle: 'Bridge open', score: 0.9 } : null,
      postedAt: post.posted_at,
    };
  });
}

describe('claims scored on the worker thread', () => {
  test('give exactly the in-thread results, in submission order, chunk after chunk', () => {
    // No in-thread fallback here: every result must have come from the worker.
    const queue = new ClaimScoringQueue({
      scoreClaim: () => {
        throw new Error('scored in-thread');
      },
    });
    const local = createInThreadCredibilityEngine();
    const signals = demoSignals();
    for (const chunk of [signals, signals.slice(0, 1000).reverse()]) {
      expect(queue.available()).toBe(true);
      for (const s of chunk) queue.submit(s, NOW);
      expect(queue.drain()).toEqual(chunk.map((s) => local.scoreClaim(s, NOW)));
    }
  }, 60_000);

  test('small chunks stay in-thread, and claims a failed chunk left behind are dropped', () => {
    const queued = createCredibilityEngine();
    const signals = demoSignals();
    expect(queued.beginClaims(10)).toBe(false);
    expect(queued.beginClaims(signals.length)).toBe(true);
    for (const s of signals.slice(0, 50)) queued.submitClaim(s, NOW);
    // The chunk's transaction failed before its end: the next chunk starts clean.
    expect(queued.beginClaims(signals.length)).toBe(true);
    queued.submitClaim(signals[7] as ClaimSignals, NOW);
    expect(queued.drainClaims()).toEqual([createInThreadCredibilityEngine().scoreClaim(signals[7] as ClaimSignals, NOW)]);
  }, 60_000);
});
