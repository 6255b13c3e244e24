/**
 * Worker thread of the claim-scoring queue (claim-scoring-queue.ts): scores batches of claims
 * with the same fitted model and lexicons the main thread loads, and answers on the port it was
 * given, counting finished claims in shared memory so the main thread can wait without an event loop.
 */
import { parentPort, workerData, type MessagePort } from 'worker_threads';
import type { ClaimSignals } from '../usecases/engines';
import { createInThreadCredibilityEngine } from './credibility-engine';

interface Init {
  port: MessagePort;
  done: SharedArrayBuffer;
}

const { port, done } = workerData as Init;
const finished = new Int32Array(done);
const engine = createInThreadCredibilityEngine();

parentPort?.on('message', (batch: { signals: ClaimSignals; now: Date }[]) => {
  const results = batch.map((claim) => engine.scoreClaim(claim.signals, claim.now));
  port.postMessage(results);
  Atomics.add(finished, 0, results.length);
  Atomics.notify(finished, 0);
});
