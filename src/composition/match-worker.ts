/**
 * A matching worker thread of the service: its own statement index, built from the statements
 * the service's thread hands over and kept in step by the upserts it forwards. Being a copy of
 * the same construction (createMatchingEngine), it answers exactly as the service's own index.
 */
import { parentPort, workerData } from 'worker_threads';
import { createMatchingEngine, type Thresholds } from './matching-engine';
import type { FromMatchWorker, MatchWorkerData, ToMatchWorker } from './match-worker-protocol';

const port = parentPort;
if (!port) throw new Error('match-worker must run as a worker thread');
const data = workerData as MatchWorkerData;
// Department thresholds are read on the service's thread and travel with each request.
let thresholds: Thresholds = data.thresholds;
const engine = createMatchingEngine(data.statements, () => thresholds);
const reply = (message: FromMatchWorker) => port.postMessage(message);
reply({ type: 'ready' });

port.on('message', (message: ToMatchWorker) => {
  if (message.type === 'upsert') {
    engine.upsert(message.statement);
    return;
  }
  try {
    thresholds = message.thresholds;
    reply({ type: 'matched', id: message.id, matches: engine.match(message.text, { k: message.k, now: new Date(message.nowMs), urls: message.urls }) });
  } catch (err) {
    reply({ type: 'failed', id: message.id, message: err instanceof Error ? err.message : String(err) });
  }
});
