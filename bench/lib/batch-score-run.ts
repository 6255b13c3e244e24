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
import { sampleMachine, sampleProc } from './proc-sample';

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
  /** The same in the child's CPU time (all threads): steadier than wall time on a shared machine. */
  cpuUsPerRowFirst10: number;
  cpuUsPerRowLast10: number;
  /**
   * CPU µs per row (all threads) and wall µs per row over each tenth of the rows from the first
   * output to the last, in order: what bench/lib/cost-trend.ts fits its line through.
   */
  cpuUsPerRowByTenth: number[];
  usPerRowByTenth: number[];
  /** Wall-clock bounds of those tenths (ms since the epoch; one more than there are tenths). */
  tenthBoundsAt: number[];
  /** CPU per row from the first output row to the last: the run's steady cost, start-up left out (µs). */
  cpuUsPerRowSteady: number;
  /**
   * Of the CPU per row, the kernel's part over the first and last tenth (µs), and the read and
   * write system calls per row there (SQLite reads and writes its pages one call each): where a
   * rising per-row cost comes from.
   */
  systemUsPerRowFirst10: number;
  systemUsPerRowLast10: number;
  readCallsPerRowFirst10: number;
  readCallsPerRowLast10: number;
  writeCallsPerRowFirst10: number;
  writeCallsPerRowLast10: number;
  /**
   * How many CPUs' worth of other work the machine did during the first and last tenth (its busy
   * time less the child's, per second of wall time; this benchmark's own polling counts, a few
   * hundredths), and of the host's other guests (steal). Above a few tenths, the tenth's CPU per row
   * is inflated too, and the last / first ratio reads the machine as much as the code.
   */
  otherCpusFirst10: number;
  otherCpusLast10: number;
  stealCpusFirst10: number;
  stealCpusLast10: number;
  summary: string;
}

/**
 * One reading of a run's counters for --trace, taken each time another TRACE_ROWS output rows
 * have appeared: the cost of every stretch of the run, not only its first and last tenth.
 */
export interface TraceMark {
  /** Wall-clock time (ms since the epoch), to line a run up with anything else logged meanwhile. */
  at: number;
  lines: number;
  ms: number;
  cpuMs: number;
  systemMs: number;
  readCalls: number;
  writeCalls: number;
  machineBusyMs: number;
  machineStealMs: number;
  peakRssMb: number;
}
const TRACE_ROWS = 10_000;

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
export function runScore(o: { root: string; file: string; templateDb: string; dir: string; expected: number; store: boolean; nodeFlags?: string[]; trace?: (mark: TraceMark) => void }): Promise<ScoreRun> {
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
    let system = 0;
    let readCalls = NaN;
    let writeCalls = NaN;
    let machineBusy = NaN;
    let machineSteal = NaN;
    // [lines, ms, CPU ms, kernel CPU ms, read calls, write calls, machine busy ms, machine steal ms]
    // at the first output, at first+tenth, at expected-tenth and at the last row.
    type Mark = [number, number, number, number, number, number, number, number];
    let first: Mark | null = null;
    let firstTenth: Mark | null = null;
    let lastStart: Mark | null = null;
    let lastEnd: Mark | null = null;
    let traced = 0;
    // Marks at the first output and at each further tenth of the rows left after it.
    const tenths: Mark[] = [];
    const markAt = (lines: number, ms: number): Mark => [lines, ms, cpu * 1000, system * 1000, readCalls, writeCalls, machineBusy * 1000, machineSteal * 1000];
    const sample = () => {
      const now = performance.now();
      const proc = sampleProc(child.pid);
      if (proc) [peak, cpu, system, readCalls, writeCalls] = [Math.max(peak, proc.peakRssMb), proc.cpuSeconds, proc.systemSeconds, proc.readCalls, proc.writeCalls];
      const machine = sampleMachine();
      if (machine) [machineBusy, machineSteal] = [machine.busySeconds, machine.stealSeconds];
      const lines = counter.poll();
      const mark = markAt(lines, now);
      if (!first && lines > 0) first = mark;
      const from = (first as Mark | null)?.[0];
      if (from !== undefined) while (tenths.length <= 10 && lines >= from + ((o.expected - from) * tenths.length) / 10) tenths.push(mark);
      if (first && !firstTenth && lines >= first[0] + tenth) firstTenth = mark;
      if (!lastStart && lines >= o.expected - tenth) lastStart = mark;
      if (!lastEnd && lines >= o.expected) lastEnd = mark;
      if (o.trace && lines > traced + TRACE_ROWS) {
        traced = lines;
        o.trace({ at: Date.now(), lines, ms: now, cpuMs: mark[2], systemMs: mark[3], readCalls: mark[4], writeCalls: mark[5], machineBusyMs: mark[6], machineStealMs: mark[7], peakRssMb: peak });
      }
    };
    child.stdout.on('data', (chunk: Buffer) => (summary += chunk.toString()));
    const poll = setInterval(sample, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      sample();
      const ended = performance.now();
      const lines = counter.lines;
      // Milliseconds per row become µs; call counts stay counts.
      const perRow = (a: Mark | null, b: Mark | null, at: 1 | 2 | 3 | 4 | 5 = 1) => (a && b && b[0] > a[0] ? ((b[at] - a[at]) * (at >= 4 ? 1 : 1000)) / (b[0] - a[0]) : NaN);
      // CPUs' worth per wall second over a window: the machine's busy time less the child's, or steal.
      const cpusDuring = (a: Mark | null, b: Mark | null, at: 6 | 7) => {
        if (!a || !b || b[1] <= a[1]) return NaN;
        const busy = b[at] - a[at] - (at === 6 ? b[2] - a[2] : 0);
        return busy / (b[1] - a[1]);
      };
      const seconds = (ended - started) / 1000;
      const firstMark = first as Mark | null;
      done({
        code: code ?? 1,
        seconds,
        rowsPerSec: Math.round(lines / seconds),
        peakRssMb: peak,
        cpuSeconds: cpu,
        firstRowSeconds: firstMark ? (firstMark[1] - started) / 1000 : NaN,
        usPerRowFirst10: perRow(firstMark, firstTenth),
        usPerRowLast10: perRow(lastStart, lastEnd),
        cpuUsPerRowFirst10: perRow(firstMark, firstTenth, 2),
        cpuUsPerRowLast10: perRow(lastStart, lastEnd, 2),
        cpuUsPerRowByTenth: tenths.slice(1).map((mark, i) => perRow(tenths[i] as Mark, mark, 2)),
        usPerRowByTenth: tenths.slice(1).map((mark, i) => perRow(tenths[i] as Mark, mark)),
        tenthBoundsAt: tenths.map((mark) => performance.timeOrigin + mark[1]),
        cpuUsPerRowSteady: perRow(firstMark, lastEnd ?? markAt(lines, ended), 2),
        systemUsPerRowFirst10: perRow(firstMark, firstTenth, 3),
        systemUsPerRowLast10: perRow(lastStart, lastEnd, 3),
        readCallsPerRowFirst10: perRow(firstMark, firstTenth, 4),
        readCallsPerRowLast10: perRow(lastStart, lastEnd, 4),
        writeCallsPerRowFirst10: perRow(firstMark, firstTenth, 5),
        writeCallsPerRowLast10: perRow(lastStart, lastEnd, 5),
        otherCpusFirst10: cpusDuring(firstMark, firstTenth, 6),
        otherCpusLast10: cpusDuring(lastStart, lastEnd, 6),
        stealCpusFirst10: cpusDuring(firstMark, firstTenth, 7),
        stealCpusLast10: cpusDuring(lastStart, lastEnd, 7),
        summary: summary.trim(),
      });
      rmSync(out, { force: true });
      rmSync(db, { force: true });
      rmSync(`${db}-wal`, { force: true });
      rmSync(`${db}-shm`, { force: true });
    });
  });
}
