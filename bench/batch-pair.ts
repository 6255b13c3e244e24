/**
 * npm run bench:batch-pair — does a row cost the same at the end of a big batch as at its start?
 * (issue 17: "per-row cost flat from the first to the last 10%").
 *
 * Within one run the first and the last tenth are minutes apart, and on a shared machine the CPU
 * time of the same work changes by a third between such minutes (measured: the same million-row
 * run gave 0.96 and 1.40). So the two tenths are run side by side instead: N generated posts
 * (the bench:batch generator, UTF-8 CSV) are split by line; the first 90% are scored and stored
 * into a desk; then the last 10% are scored (`--no-store`) against that desk while, at the same
 * time, the first 10% are scored against an empty one. Both are the real CLI in child processes;
 * the second starts when the first has written its first row (its start-up copies the big desk and
 * restores the clusterer), so their steady phases overlap and share whatever load the machine has.
 * Prints each side's CPU µs per row from its first output row to its last, their ratio against
 * the 1.15 bar, and each side's peak RSS.
 *
 * --stored scores both sides storing, on byte copies of the desks (what a user's `score` without
 * --no-store does): the big desk's B-trees then stay as a long batch grew them, where --no-store's
 * copy (VACUUM INTO) is compacted.
 * --sequential runs the sides one at a time instead, alternated (first, last, first, last), and
 * compares each side's cost over the last tenth of its own rows, after its warm-up. Side by side,
 * the two processes share the machine's caches and memory bandwidth, so the big desk's heavier
 * memory traffic can slow the small desk's process too and pull the ratio down (measured in the
 * sixth session: 1.02–1.06 side by side; one at a time 0.94 on a desk stored by that code, and
 * about 1.2 ad hoc on an older, larger one).
 * --n N (default 1,000,000), --statements, --seed as bench:batch; --keep keeps the temp directory.
 */
import { spawn } from 'child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { createInterface } from 'readline';
import { readDemoInputs } from './generate-demo';
import { writeBenchFile } from './lib/batch-formats';
import { generateBatchPosts } from './lib/batch-posts';
import { runScore, type ScoreRun } from './lib/batch-score-run';
import { statementsDb } from './lib/bench-cli';
import { numberOption } from './lib/bench-args';
import { generateStatements } from './lib/synthetic-statements';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const N = option('n', 1_000_000);
const STATEMENTS = option('statements', 10_000);
const SEED = option('seed', 424242);
const KEEP = args.includes('--keep');
const STORED = args.includes('--stored');
const SEQUENTIAL = args.includes('--sequential');
const FLAT = 1.15;

/** Splits a CSV of one-line records: records before `at` to `head`, the rest to `tail`, the first `firstOnly` also to `first`; each file gets the header. */
async function splitCsv(file: string, at: number, firstOnly: number, out: { head: string; tail: string; first: string }): Promise<void> {
  const [head, tail, first] = [out.head, out.tail, out.first].map((f) => createWriteStream(f));
  let line = -1;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const row = `${text}\n`;
    if (line < 0) [head, tail, first].forEach((s) => s.write(row));
    else {
      (line < at ? head : tail).write(row);
      if (line < firstOnly) first.write(row);
    }
    line += 1;
  }
  await Promise.all([head, tail, first].map((s) => new Promise((done) => s.end(done))));
}

/** `rumordesk score FILE --db DB` storing, in a child process; rejects on a non-zero exit. */
function storeInto(file: string, db: string, out: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'score', file, '--db', db, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`storing the first 90% exited ${code}`))));
  });
}

/**
 * --sequential: each side alone, alternated twice, so both see the machine of about the same
 * minutes; each run's cost is read over the last tenth of its rows (the late side's first rows
 * pay for reading the big desk's pages in).
 */
async function sequentialSides(dir: string, f: { tail: string; first: string; desk: string; templateDb: string }, tenth: number): Promise<void> {
  const costs: Record<'early' | 'late', number[]> = { early: [], late: [] };
  const order = ['early', 'late', 'early', 'late'] as const;
  for (const [i, side] of order.entries()) {
    const runDir = join(dir, `${side}-${i}`);
    mkdirSync(runDir);
    const run = await runScore({ root, file: side === 'early' ? f.first : f.tail, templateDb: side === 'early' ? f.templateDb : f.desk, dir: runDir, expected: tenth, store: STORED });
    if (run.code !== 0) throw new Error(`score (${side}) exited ${run.code}: ${run.summary}`);
    costs[side].push(run.cpuUsPerRowLast10);
    console.log(JSON.stringify({ side: side === 'early' ? 'first 10%, empty desk' : `last 10%, desk of ${N - tenth}`, run: i + 1, cpuUsPerRowLastTenth: Number(run.cpuUsPerRowLast10.toFixed(1)), cpuUsPerRowSteady: Number(run.cpuUsPerRowSteady.toFixed(1)), peakRssMb: Math.round(run.peakRssMb), seconds: Number(run.seconds.toFixed(1)) }));
  }
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
  const ratio = mean(costs.late) / mean(costs.early);
  console.log(`last 10% / first 10%, CPU per row over each run's last tenth, one at a time${STORED ? ', storing' : ', --no-store'}: ${ratio.toFixed(3)} (${ratio <= FLAT ? 'met' : 'NOT met'}: flat means <= ${FLAT})`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rumordesk-pair-'));
  try {
    const { rumors } = readDemoInputs(join(root, 'data/demo'));
    const statements = generateStatements(STATEMENTS);
    const templateDb = await statementsDb(root, dir, statements);
    const all = join(dir, 'posts.csv');
    await writeBenchFile('utf8-csv', all, generateBatchPosts({ n: N, seed: SEED, demoRumors: rumors, statements }));
    const tenth = Math.floor(N / 10);
    const files = { head: join(dir, 'first90.csv'), tail: join(dir, 'last10.csv'), first: join(dir, 'first10.csv') };
    await splitCsv(all, N - tenth, tenth, files);
    const desk = join(dir, 'desk.db');
    const started = Date.now();
    await storeInto(files.head, desk, join(dir, 'stored.jsonl'));
    rmSync(join(dir, 'stored.jsonl'), { force: true });
    console.log(JSON.stringify({ stored: N - tenth, seconds: Math.round((Date.now() - started) / 1000), deskMb: Math.round(statSync(desk).size / 1e6) }));

    if (SEQUENTIAL) {
      await sequentialSides(dir, { tail: files.tail, first: files.first, desk, templateDb }, tenth);
      return;
    }
    const [lateDir, earlyDir] = [join(dir, 'late'), join(dir, 'early')];
    [lateDir, earlyDir].forEach((d) => mkdirSync(d));
    const late = runScore({ root, file: files.tail, templateDb: desk, dir: lateDir, expected: tenth, store: STORED });
    // runScore writes its rows to DIR/scored.jsonl: the empty desk starts once the big one has begun.
    const lateOut = join(lateDir, 'scored.jsonl');
    let lateDone = false;
    void late.then(() => (lateDone = true));
    while (!lateDone && !(existsSync(lateOut) && statSync(lateOut).size > 0)) await new Promise((r) => setTimeout(r, 200));
    const early = runScore({ root, file: files.first, templateDb, dir: earlyDir, expected: tenth, store: STORED });
    const [lateRun, earlyRun] = await Promise.all([late, early]);
    const row = (name: string, run: ScoreRun) => ({ side: name, code: run.code, rows: Number(/Rows read: (\d+)/.exec(run.summary)?.[1] ?? NaN), cpuUsPerRow: Number(run.cpuUsPerRowSteady.toFixed(1)), peakRssMb: Math.round(run.peakRssMb), seconds: Number(run.seconds.toFixed(1)) });
    for (const [name, run] of [['first 10%, empty desk', earlyRun], [`last 10%, desk of ${N - tenth}`, lateRun]] as const) {
      if (run.code !== 0) throw new Error(`score (${name}) exited ${run.code}: ${run.summary}`);
      console.log(JSON.stringify(row(name, run)));
    }
    // score writes its output a 5,000-row chunk at a time: the steady phase starts after the first.
    if (tenth < 3 * 5_000) console.log('(a tenth of --n under three 5,000-row chunks: the steady phase is too short to compare)');
    const ratio = lateRun.cpuUsPerRowSteady / earlyRun.cpuUsPerRowSteady;
    console.log(`last 10% / first 10%, CPU per row, run side by side${STORED ? ', storing' : ', --no-store'}: ${ratio.toFixed(3)} (${ratio <= FLAT ? 'met' : 'NOT met'}: flat means <= ${FLAT})`);
  } finally {
    if (KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exitCode = 1;
});
