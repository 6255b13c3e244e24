import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { RumorDeskError, type ErrorCode } from '../../core/errors';
import { xlsxRows, type XlsxEvent } from './xlsx-rows';
import type { FromXlsxWorker, ToXlsxWorker, XlsxWorkerData } from './xlsx-worker-protocol';
import { prepend } from './prepend';

/**
 * The worker's V8 limits. What the worker keeps is small (the shared strings live outside the
 * heap, in SharedStrings); what it allocates, a row object, its cells and the XML events per row,
 * dies young. Both caps are on memory that is mostly garbage and that the process's peak RSS
 * counts: a 64 MB semi-space nursery (192 MB young generation) took about a quarter less of the
 * worker's CPU than the default 16 MB, but at a million rows the workbook then peaked over the
 * 1.5 GB budget (issue 17), so the nursery is 16 MB semi-spaces. Old space is 128 MB: reading a
 * million-row workbook alone then peaked at 397 MB instead of 461 MB with 384, for 54 instead of
 * 43 CPU-seconds (the worker collects more often, on its own core), and scoring one had peaked at
 * 1,537 MB with 384, at the budget's edge.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 128 };

/**
 * Below this many bytes a workbook is read on this thread: starting a worker (loading exceljs
 * there) costs more than such a file takes to parse, and tests and fuzzing read thousands of them.
 */
export const MIN_BYTES_OFF_THREAD = 1024 * 1024;

function startWorker(data: XlsxWorkerData): Worker {
  const compiled = join(__dirname, 'xlsx-worker.js');
  const source = join(__dirname, 'xlsx-worker.ts');
  const options = { workerData: data, resourceLimits: RESOURCE_LIMITS };
  // Under tsx or ts-jest (benchmarks, tests) the worker is TypeScript: register tsx in it first.
  return existsSync(compiled)
    ? new Worker(compiled, options)
    : new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs', { paths: [__dirname] }))}); require(${JSON.stringify(source)});`, { ...options, eval: true });
}

/**
 * exceljs 4.4's streaming reader now and then loses the workbook part that names the sheets when
 * it is the zip's last entry (as exceljs's own writer stores it), and then fails with "Cannot read
 * properties of undefined (reading 'sheets')" before any row (exceljs issue #3064: a race in its
 * single streaming pass; seen here about once in 600 reads of a small workbook under load).
 */
function lostSheetNames(err: unknown): boolean {
  return err instanceof Error && err.message.includes("reading 'sheets'");
}

/** The file a stream reads, when it is a file's read stream (fs.createReadStream), to read it again. */
function filePathOf(input: AsyncIterable<Buffer | string>): string | null {
  const path = (input as { path?: unknown }).path;
  return typeof path === 'string' ? path : null;
}

/**
 * `read(input)`, read once more from the start of the file when exceljs loses the sheet names (see
 * lostSheetNames) before anything was read and the input is a file that can be opened again; from
 * a pipe, or a second time, the error stands.
 *
 * @example readAgainIfSheetNamesLost(fs.createReadStream('mentions.xlsx'), (i) => xlsxRows(i))
 */
export async function* readAgainIfSheetNamesLost<T>(input: AsyncIterable<Buffer | string>, read: (input: AsyncIterable<Buffer | string>) => AsyncGenerator<T>): AsyncGenerator<T> {
  let yielded = false;
  try {
    for await (const event of read(input)) {
      yielded = true;
      yield event;
    }
  } catch (err) {
    const path = filePathOf(input);
    if (yielded || path === null || !lostSheetNames(err)) throw err;
    yield* read(createReadStream(path));
  }
}

/**
 * xlsxRows on a worker thread (see xlsxRowsOnce), read again when exceljs loses the sheet names.
 *
 * @example for await (const e of xlsxRowsOffThread(fs.createReadStream('mentions.xlsx'))) if (e.kind === 'row') console.log(e.line);
 * @throws RumorDeskError UNKNOWN_FORMAT as xlsxRows does.
 */
export function xlsxRowsOffThread(input: AsyncIterable<Buffer | string>, sheet?: string, minBytes = MIN_BYTES_OFF_THREAD): AsyncGenerator<XlsxEvent> {
  return readAgainIfSheetNamesLost(input, (from) => xlsxRowsOnce(from, sheet, minBytes));
}

/**
 * xlsxRows on a worker thread: exceljs's unzipping and XML parsing (about two thirds of reading a
 * workbook) run on another core, overlapping the mapping and scoring of rows on this one. The
 * input is read here and handed over a chunk at a time when the worker asks; rows come back in
 * batches, a bounded number ahead. Same events, same errors as xlsxRows; a workbook under
 * `minBytes`, or one no worker can be started for, is read by xlsxRows here.
 */
async function* xlsxRowsOnce(input: AsyncIterable<Buffer | string>, sheet: string | undefined, minBytes: number): AsyncGenerator<XlsxEvent> {
  const chunks = input[Symbol.asyncIterator]();
  // Read at once, and later kept one ahead: a stream someone else also listens to ('data' for a
  // progress bar) flows from the next tick, and only a pending read keeps its chunks for us.
  const head: (Buffer | string)[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < minBytes) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  if (ended) return yield* xlsxRows(Readable.from(head), sheet);
  let worker: Worker;
  try {
    worker = startWorker({ sheet });
  } catch {
    return yield* xlsxRows(prepend(head, chunks), sheet);
  }
  let ahead = chunks.next();
  // Awaited below when the worker asks; a read failing after we stopped asking is nobody's error.
  ahead.catch(() => undefined);
  const inbox: FromXlsxWorker[] = [];
  let wake: (() => void) | null = null;
  const deliver = (message: FromXlsxWorker) => {
    inbox.push(message);
    wake?.();
    wake = null;
  };
  const send = (message: ToXlsxWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  worker.on('message', deliver);
  worker.on('error', (err) => deliver({ type: 'failed', code: null, message: err.message }));
  worker.on('exit', (code) => deliver({ type: 'failed', code: null, message: `the xlsx reader thread stopped (exit code ${code})` }));
  try {
    for (;;) {
      while (!inbox.length) await new Promise<void>((resolve) => (wake = resolve));
      const message = inbox.shift() as FromXlsxWorker;
      if (message.type === 'pull') {
        let next: IteratorResult<Buffer | string>;
        if (head.length) next = { done: false, value: head.shift() as Buffer | string };
        else {
          next = await ahead;
          if (!next.done) {
            ahead = chunks.next();
            ahead.catch(() => undefined);
          }
        }
        if (next.done) send({ type: 'end' });
        else {
          // A copy the worker owns: a stream's chunks may share one pooled buffer.
          const data = typeof next.value === 'string' ? Buffer.from(next.value) : Uint8Array.prototype.slice.call(next.value);
          send({ type: 'chunk', data }, [data.buffer as ArrayBuffer]);
        }
      } else if (message.type === 'events') {
        send({ type: 'ack' });
        yield* message.events;
        // Node hands a port's queued messages over in one go, up to a thousand, as long as more
        // keep coming: with the worker always a batch ahead, this thread never got back to its
        // event loop, so timers and the output file's writes waited until the whole workbook was
        // read, and every output row stayed in memory (issue 17: +200 MB at 200,000 rows).
        await nextTurn();
      } else if (message.type === 'done') {
        return;
      } else {
        throw message.code ? new RumorDeskError(message.code as ErrorCode, message.message) : new RumorDeskError('UNKNOWN_FORMAT', `not a readable .xlsx workbook (tried exceljs's streaming reader): ${message.message}`);
      }
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
    await chunks.return?.();
  }
}
