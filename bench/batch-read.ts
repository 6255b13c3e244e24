/**
 * Child process of bench:batch --format: reads one file through readPosts (the parse stage of
 * `rumordesk score`, nothing stored) and prints one JSON line: rows, rejects, seconds, rows/s and
 * the per-row cost over the first and the last 10% of rows. Its parent reads its peak RSS.
 */
import { createReadStream } from 'fs';
import { basename } from 'path';
import { performance } from 'perf_hooks';
import { readPosts } from '../src/usecases/batch';

async function main(): Promise<void> {
  const [file, expected] = [process.argv[2], Number(process.argv[3])];
  const tenth = Math.max(1, Math.floor(expected / 10));
  const marks = new Map<number, number>();
  let rows = 0;
  let rejects = 0;
  let notices = 0;
  const started = performance.now();
  for await (const item of readPosts(createReadStream(file), { format: 'auto', fileName: basename(file), onNotice: () => void (notices += 1) })) {
    if (item.kind === 'row') rows += 1;
    else rejects += 1;
    const seen = rows + rejects;
    if (seen === tenth || seen === expected - tenth || seen === expected) marks.set(seen, performance.now());
  }
  const ms = performance.now() - started;
  const first = ((marks.get(tenth) ?? NaN) - started) / tenth;
  const last = ((marks.get(expected) ?? NaN) - (marks.get(expected - tenth) ?? NaN)) / tenth;
  console.log(JSON.stringify({ rows, rejects, notices, seconds: ms / 1000, rowsPerSec: Math.round(rows / (ms / 1000)), usPerRowFirst10: first * 1000, usPerRowLast10: last * 1000 }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
