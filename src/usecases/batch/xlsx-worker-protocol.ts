import type { XlsxEvent } from './xlsx-rows';

/** Rows per message: one message per row would cost more than the row. */
export const ROWS_PER_BATCH = 500;
/**
 * Batches the worker may send ahead of the reader: 6,000 rows, a little more than `score` takes
 * per chunk (5,000), so the worker keeps parsing while a whole chunk is scored; a few MB at most.
 */
export const BATCHES_AHEAD = 12;

/** From the reading thread to the xlsx worker. */
export type ToXlsxWorker = { type: 'chunk'; data: Uint8Array } | { type: 'end' } | { type: 'ack' };

/** From the xlsx worker to the reading thread. */
export type FromXlsxWorker =
  | { type: 'pull' }
  | { type: 'events'; events: XlsxEvent[] }
  | { type: 'done' }
  | { type: 'failed'; code: string | null; message: string };

/** What the worker is started with. */
export interface XlsxWorkerData {
  sheet?: string;
}
