import { setFlagsFromString } from 'v8';

/**
 * How far V8 may grow its old generation past what survived the last full collection, in
 * percent, while `score` runs. Left to itself V8 sizes the heap to the machine (a 4 GB limit on
 * 24 GB) and lets garbage pile up to several times the live data: a 300,000-row `score
 * --no-store` peaked at 1,124-1,142 MB, and a million-row `.xlsx` run at 1,328-1,552 MB, over the
 * 1.5 GB issue 17 allows. At 100 (the heap grows to twice the live data) the same 300,000 rows
 * peaked at 868-879 MB. Run side by side with the default it did 1,521 rows per CPU-second against
 * 1,630, and with 200 both did 1,699 (200 peaked at 1,124 MB): within this machine's noise. 50
 * (eighth session) cost a quarter of the throughput.
 */
export const BATCH_HEAP_GROWING_PERCENT = 100;

/**
 * Applies BATCH_HEAP_GROWING_PERCENT to this process. A V8 flag is process-wide and stays set, so
 * only the composition root calls it, for a process that runs one batch and exits.
 */
export function tuneHeapForBatch(): void {
  setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
}
