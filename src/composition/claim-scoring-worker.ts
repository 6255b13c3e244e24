/**
 * Worker thread of the scoring queue (claim-scoring-queue.ts): scores batches of claims and
 * clusters with the same fitted model and lexicons the main thread loads, and answers on the port it was
 * given, counting finished tasks in shared memory so the main thread can wait without an event loop.
 */
import { parentPort, workerData, type MessagePort } from 'worker_threads';
import { runScoringTask, type ScoringTask } from './claim-scoring-queue';
import { createInThreadCredibilityEngine } from './credibility-engine';

interface Init {
  port: MessagePort;
  done: SharedArrayBuffer;
}

const { port, done } = workerData as Init;
const finished = new Int32Array(done);
const engine = createInThreadCredibilityEngine();

parentPort?.on('message', (batch: ScoringTask[]) => {
  const results = batch.map((task) => runScoringTask(engine, task));
  port.postMessage(results);
  Atomics.add(finished, 0, results.length);
  Atomics.notify(finished, 0);
});
