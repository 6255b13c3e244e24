/**
 * One end-to-end `rumordesk score` run for bench:batch --format: the real CLI in a child process
 * (src/cli/main.ts under tsx), on a copy of a database holding the statements, writing JSON Lines
 * output. While it runs, the parent polls the child's peak RSS and CPU time (bench/lib/proc-sample.ts;
 * worker threads are in the process, and `score` starts no child processes) and counts the output
 * lines as the child flushes them, which gives the per-row cost over the first and the last 10%.
 */
import { spawn } from 'child_process';
import { closeSync, copyFileSync, openSync, readSync, rmSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { sampleProc } from './proc-sample';

export interface ScoreRun {
  code: number;
  seconds: number;
  rowsPerSec: number;
  peakRssMb: number;
  /** CPU seconds of the child (all threads) as last sampled, at most one poll before its exit. */
  cpuSeconds: number;
  /** Seconds from spawn to the first output row: start-up, desk opening and anything a reader does before its first row. */
  firstRowSeconds: number;
  /** Per-row cost over the first tenth of rows after the first output, and over the last tenth (µs). */
  usPerRowFirst10: number;
  usPerRowLast10: number;
  summary: string;
}

/** Counts newlines appended to a file since the last call, reading only the new bytes. */
class LineCounter {
  private offset = 0;
  lines = 0;
  private readonly buffer = Buffer.alloc(1 << 20);
  constructor(private readonly file: string) {}
  poll(): number {
    let fd: number;
    try {
      fd = openSync(this.file, 'r');
    } catch {
      return this.lines;
    }
    try {
      for (let n = readSync(fd, this.buffer, 0, this.buffer.length, this.offset); n > 0; n = readSync(fd, this.buffer, 0, this.buffer.length, this.offset)) {
        this.offset += n;
        for (let i = 0; i < n; i++) if (this.buffer[i] === 10) this.lines += 1;
      }
    } finally {
      closeSync(fd);
    }
    return this.lines;
  }
}

/**
 * Runs `score FILE` with `--no-store` or storing, on a fresh copy of `templateDb`, expecting
 * `expected` output rows.
 *
 * @example const run = await runScore({ root, file: 'posts.xlsx', templateDb: 'statements.db', dir: tmp, expected: 1e6, store: false });
 */
export function runScore(o: { root: string; file: string; templateDb: string; dir: string; expected: number; store: boolean; nodeFlags?: string[] }): Promise<ScoreRun> {
  const db = join(o.dir, `score-${o.store ? 'stored' : 'no-store'}.db`);
  const out = join(o.dir, 'scored.jsonl');
  rmSync(out, { force: true });
  copyFileSync(o.templateDb, db);
  const argv = ['score', o.file, '--db', db, '--out', out, ...(o.store ? [] : ['--no-store'])];
  const tenth = Math.max(1, Math.floor(o.expected / 10));
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(o.nodeFlags ?? []), '--import', 'tsx', join(o.root, 'src/cli/main.ts'), ...argv], { cwd: o.root, stdio: ['ignore', 'pipe', 'inherit'] });
    const counter = new LineCounter(out);
    let summary = '';
    let peak = 0;
    let cpu = 0;
    // [lines, ms] at the first output, at first+tenth, at expected-tenth and at the last row.
    let first: [number, number] | null = null;
    let firstTenth: [number, number] | null = null;
    let lastStart: [number, number] | null = null;
    let lastEnd: [number, number] | null = null;
    const sample = () => {
      const now = performance.now();
      const lines = counter.poll();
      if (!first && lines > 0) first = [lines, now];
      if (first && !firstTenth && lines >= first[0] + tenth) firstTenth = [lines, now];
      if (!lastStart && lines >= o.expected - tenth) lastStart = [lines, now];
      if (!lastEnd && lines >= o.expected) lastEnd = [lines, now];
      const proc = sampleProc(child.pid);
      if (proc) [peak, cpu] = [Math.max(peak, proc.peakRssMb), proc.cpuSeconds];
    };
    child.stdout.on('data', (chunk: Buffer) => (summary += chunk.toString()));
    const poll = setInterval(sample, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      sample();
      const ended = performance.now();
      const lines = counter.lines;
      const perRow = (a: [number, number] | null, b: [number, number] | null) => (a && b && b[0] > a[0] ? ((b[1] - a[1]) * 1000) / (b[0] - a[0]) : NaN);
      const seconds = (ended - started) / 1000;
      const firstMark = first as [number, number] | null;
      done({
        code: code ?? 1,
        seconds,
        rowsPerSec: Math.round(lines / seconds),
        peakRssMb: peak,
        cpuSeconds: cpu,
        firstRowSeconds: firstMark ? (firstMark[1] - started) / 1000 : NaN,
        usPerRowFirst10: perRow(firstMark, firstTenth),
        usPerRowLast10: perRow(lastStart, lastEnd),
        summary: summary.trim(),
      });
      rmSync(out, { force: true });
      rmSync(db, { force: true });
      rmSync(`${db}-wal`, { force: true });
      rmSync(`${db}-shm`, { force: true });
    });
  });
}
