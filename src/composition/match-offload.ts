import { existsSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { Statement } from '../core/types';
import type { StatementMatch } from '../core/matching';
import type { MatchingEngine, OffloadedMatching } from '../usecases/ports';
import type { Thresholds } from './matching-engine';
import type { FromMatchWorker, MatchWorkerData, ToMatchWorker } from './match-worker-protocol';

type MatchOptions = Parameters<OffloadedMatching['match']>[1];

interface Pending {
  text: string;
  options: MatchOptions;
  resolve(matches: StatementMatch[]): void;
  reject(err: unknown): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

export interface MatchOffload {
  /** The service's own engine, with every upsert forwarded to the workers in order. */
  matching: MatchingEngine;
  offloaded: OffloadedMatching;
  /** Workers still running (a crashed one is not restarted; its share falls to the others). */
  liveWorkers(): number;
  close(): Promise<void>;
}

/** The compiled worker next to this file, or, when running from source (tests), the .ts one. */
function workerEntry(): { file: string; execArgv: string[] } {
  const compiled = join(__dirname, 'match-worker.js');
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  return { file: join(__dirname, 'match-worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

/**
 * Runs claim matching in worker threads so the service's thread only parses, authorises and
 * answers: on a 2-core machine one worker takes matching, the largest share of a check, off the
 * thread that every request passes through. Each worker holds a copy of the statement index built
 * by the same code; upserts reach it in the order they happened, before any later claim. When a
 * worker fails, its claims (and later ones, if none is left) are matched on this thread, so a
 * crash costs speed, never an answer.
 */
export function startMatchOffload(options: { workers: number; local: MatchingEngine; statements: Statement[]; thresholds: () => Thresholds }): MatchOffload {
  const { local } = options;
  const entry = workerEntry();
  const data: MatchWorkerData = { statements: options.statements, thresholds: options.thresholds() };
  const slots: Slot[] = [];
  let nextId = 1;

  // Answered on this thread; a failure here is the same failure a direct match would have.
  const matchHere = (p: Pending) => {
    try {
      p.resolve(local.match(p.text, p.options));
    } catch (err) {
      p.reject(err);
    }
  };

  const retire = (slot: Slot) => {
    if (!slot.alive) return;
    slot.alive = false;
    const orphans = [...slot.pending.values()];
    slot.pending.clear();
    for (const p of orphans) setImmediate(() => matchHere(p));
  };

  for (let i = 0; i < options.workers; i++) {
    const worker = new Worker(entry.file, { workerData: data, execArgv: entry.execArgv });
    const slot: Slot = { worker, pending: new Map(), alive: true };
    worker.on('message', (message: FromMatchWorker) => {
      if (message.type === 'ready') return;
      const p = slot.pending.get(message.id);
      if (!p) return;
      slot.pending.delete(message.id);
      // A claim that failed there gets this thread's answer, with its own error if it has one.
      if (message.type === 'failed') matchHere(p);
      else p.resolve(message.matches);
    });
    worker.on('error', () => retire(slot));
    worker.on('exit', () => retire(slot));
    // The service's own server keeps the process alive; the workers alone should not.
    worker.unref();
    slots.push(slot);
  }

  const send = (slot: Slot, message: ToMatchWorker) => slot.worker.postMessage(message);

  const matching: MatchingEngine = {
    get modelVersion() {
      return local.modelVersion;
    },
    statement: (id) => local.statement(id),
    match: (text, matchOptions) => local.match(text, matchOptions),
    upsert: (statement) => {
      local.upsert(statement);
      for (const slot of slots) if (slot.alive) send(slot, { type: 'upsert', statement });
    },
  };

  const offloaded: OffloadedMatching = {
    match: (text, matchOptions) =>
      new Promise<StatementMatch[]>((resolve, reject) => {
        const pending: Pending = { text, options: matchOptions, resolve, reject };
        // The least busy live worker; none left means this thread.
        let best: Slot | null = null;
        for (const slot of slots) if (slot.alive && (!best || slot.pending.size < best.pending.size)) best = slot;
        if (!best) {
          matchHere(pending);
          return;
        }
        const id = nextId++;
        best.pending.set(id, pending);
        send(best, { type: 'match', id, text, k: matchOptions.k, nowMs: matchOptions.now.getTime(), urls: matchOptions.urls, thresholds: options.thresholds() });
      }),
  };

  return {
    matching,
    offloaded,
    liveWorkers: () => slots.filter((s) => s.alive).length,
    close: async () => {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
