import { existsSync } from 'fs';
import { join } from 'path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'worker_threads';
import type { ClaimSignals, ClusterScore, ClusterSignals, Credibility, CredibilityEngine } from '../usecases/ports';

/** A claim or a cluster to score, with the time it is scored at. */
export type ScoringTask = { kind: 'claim'; signals: ClaimSignals; now: Date } | { kind: 'cluster'; signals: ClusterSignals; now: Date };
export type ScoringResult = Credibility | ClusterScore;

/** The same computation on whichever thread runs it. */
export function runScoringTask(engine: Pick<CredibilityEngine, 'scoreClaim' | 'scoreCluster' | 'triage'>, task: ScoringTask): ScoringResult {
  if (task.kind === 'claim') return engine.scoreClaim(task.signals, task.now);
  const credibility = engine.scoreCluster(task.signals, task.now);
  return { credibility, triage: engine.triage(task.signals, credibility, task.now) };
}

/** Tasks sent to the worker at a time: one message per task would cost more than the task. */
const BATCH = 64;
/** With no answer for this long the worker is given up and the rest is scored here. */
const STALL_MS = 30_000;

/**
 * Scores a chunk's claims (and, at its end, its clusters) on a second thread while the
 * pipeline clusters and stores posts: scoring is pure (signals and time in, credibility out)
 * and was about a third of a batch's single-thread time. `drain` blocks (Atomics.wait, not the
 * event loop) so the chunk's synchronous transaction can write the scores before it commits.
 * Results are the in-thread engine's, task for task; if the worker cannot start or stalls, the
 * rest is scored in-thread.
 */
export class ScoringQueue {
  private worker: Worker | null = null;
  private port: MessageChannel['port1'] | null = null;
  private finished: Int32Array | null = null;
  private broken = false;
  private pending: ScoringTask[] = [];
  private outbox: ScoringTask[] = [];

  constructor(private readonly local: Pick<CredibilityEngine, 'scoreClaim' | 'scoreCluster' | 'triage'>) {}

  /** Whether claims can go to the worker (starting it on first use). */
  available(): boolean {
    // A chunk that failed before draining left tasks behind: they belong to no one now.
    if (this.pending.length) this.drain();
    if (this.broken) return false;
    if (!this.worker) this.start();
    return !this.broken;
  }

  submit(task: ScoringTask): void {
    this.pending.push(task);
    this.outbox.push(task);
    if (this.outbox.length >= BATCH) this.flush();
  }

  /** The result of every task submitted since the last drain, in submission order. */
  drain(): ScoringResult[] {
    this.flush();
    const results: ScoringResult[] = [];
    let lastProgress = Date.now();
    while (results.length < this.pending.length && this.port && this.finished && !this.broken) {
      const seen = Atomics.load(this.finished, 0);
      const message = receiveMessageOnPort(this.port);
      if (message) {
        results.push(...(message.message as ScoringResult[]));
        lastProgress = Date.now();
        continue;
      }
      if (Date.now() - lastProgress > STALL_MS) {
        this.stop();
        break;
      }
      Atomics.wait(this.finished, 0, seen, 1000);
    }
    for (let i = results.length; i < this.pending.length; i++) results.push(runScoringTask(this.local, this.pending[i] as ScoringTask));
    this.pending = [];
    return results;
  }

  private flush(): void {
    if (!this.outbox.length) return;
    if (this.worker && !this.broken) this.worker.postMessage(this.outbox);
    this.outbox = [];
  }

  private start(): void {
    try {
      const channel = new MessageChannel();
      const done = new SharedArrayBuffer(4);
      const compiled = join(__dirname, 'claim-scoring-worker.js');
      const source = join(__dirname, 'claim-scoring-worker.ts');
      const workerData = { port: channel.port2, done };
      const options = { workerData, transferList: [channel.port2] };
      // Under tsx (benchmarks, tests) the worker is TypeScript: register tsx in it first.
      const worker = existsSync(compiled)
        ? new Worker(compiled, options)
        : new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs', { paths: [__dirname] }))}); require(${JSON.stringify(source)});`, { ...options, eval: true });
      worker.on('error', () => this.stop());
      worker.unref();
      channel.port1.unref();
      this.worker = worker;
      this.port = channel.port1;
      this.finished = new Int32Array(done);
    } catch {
      this.broken = true;
    }
  }

  private stop(): void {
    this.broken = true;
    void this.worker?.terminate();
    this.worker = null;
  }
}
