/**
 * The xlsx worker thread: runs xlsxRows (exceljs unzipping and parsing the workbook) on a second
 * core while the reading thread maps rows to posts and the pipeline scores them. The workbook's
 * bytes are pulled from the reading thread a chunk at a time; rows go back in batches, at most
 * BATCHES_AHEAD unacknowledged, so neither side buffers more than a few chunks and batches.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { RumorDeskError } from '../../core/errors';
import { xlsxRows, type XlsxEvent } from './xlsx-rows';
import { BATCHES_AHEAD, ROWS_PER_BATCH, type FromXlsxWorker, type ToXlsxWorker, type XlsxWorkerData } from './xlsx-worker-protocol';

const port = parentPort;
if (!port) throw new Error('xlsx-worker runs only as a worker thread');
const send = (message: FromXlsxWorker) => port.postMessage(message);

const input = new Readable({ read: () => send({ type: 'pull' }) });
let unacked = 0;
let acked: (() => void) | null = null;
port.on('message', (message: ToXlsxWorker) => {
  if (message.type === 'chunk') input.push(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
  else if (message.type === 'end') input.push(null);
  else {
    unacked -= 1;
    acked?.();
    acked = null;
  }
});

async function run(): Promise<void> {
  let batch: XlsxEvent[] = [];
  const flush = async () => {
    if (!batch.length) return;
    while (unacked >= BATCHES_AHEAD) await new Promise<void>((resolve) => (acked = resolve));
    unacked += 1;
    send({ type: 'events', events: batch });
    batch = [];
  };
  for await (const event of xlsxRows(input, (workerData as XlsxWorkerData).sheet)) {
    batch.push(event);
    if (batch.length >= ROWS_PER_BATCH) await flush();
  }
  await flush();
  send({ type: 'done' });
}

// Once the last message is sent, nothing here needs the port: the thread may end.
run().then(
  () => port.unref(),
  (err: unknown) => {
    send({ type: 'failed', code: err instanceof RumorDeskError ? err.code : null, message: (err as Error).message });
    port.unref();
  },
);
