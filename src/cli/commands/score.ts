import { closeSync, createReadStream, createWriteStream, fstatSync, openSync, type WriteStream } from 'fs';
import type { Readable } from 'stream';
import { basename } from 'path';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { RumorDeskError } from '../../core/errors';
import { INPUT_FORMATS, parseMapOption, readPosts, formatRejectLine, REJECTS_HEADER, type InputFormat, type ReaderReject } from '../../usecases/batch';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { PostReport } from '../../usecases/posts/post-report';
import { csvLine } from '../../core/text/csv-line';
import type { CliContext } from '../context';
import { dbOption, withDesk } from './shared';
import { unwritable } from '../write-output-file';

/** Exit code of a batch that finished but rejected at least one row. */
export const SOME_ROWS_REJECTED_EXIT_CODE = 8;

/** Rows per transaction: a crash loses at most one chunk, and a re-run redoes only that chunk. */
export const CHUNK_ROWS = 5000;

const OUTPUT_COLUMNS = ['row', 'source_id', 'platform', 'url', 'status', 'post_id', 'cluster_id', 'cluster_reason', 'statement_id', 'stance', 'match_score', 'match_decision', 'credibility', 'label', 'how_sure', 'top_factors', 'priority', 'action', 'reason'] as const;

/** What the input itself says about a row, so results join back to the export. */
interface SourceKeys {
  id: string | null;
  platform: string | null;
  url: string | null;
}

interface OutputRow {
  row: number;
  source?: SourceKeys;
  status: string;
  reason?: string;
  /** A reader reject's source text, for the --rejects file. */
  raw?: string;
  report?: PostReport;
}

function toRecord(o: OutputRow): Record<(typeof OUTPUT_COLUMNS)[number], string | number | null> {
  const r = o.report;
  return {
    row: o.row,
    source_id: o.source?.id ?? null,
    platform: o.source?.platform ?? null,
    url: o.source?.url ?? null,
    status: o.status,
    post_id: r?.postId ?? null,
    cluster_id: r?.clusterId ?? null,
    cluster_reason: r?.clusterReason ?? null,
    statement_id: r?.statementId ?? null,
    stance: r?.stance ?? null,
    match_score: r?.matchScore === null || r?.matchScore === undefined ? null : Number(r.matchScore.toFixed(3)),
    match_decision: r?.matchDecision ?? null,
    credibility: r?.credibility ?? null,
    label: r?.label ?? null,
    how_sure: r?.howSure ?? null,
    top_factors: r ? r.topFactors.join(' | ') : null,
    priority: r?.priority === null || r?.priority === undefined ? null : Number(r.priority.toFixed(1)),
    action: r?.action ?? null,
    reason: o.reason ?? null,
  };
}

/**
 * A file the command writes, opened now: a path that cannot be written (no such folder, no
 * permission) fails the command before any scoring, with its own message, instead of as an
 * unhandled stream error halfway through. A failed write later (a full disk) is kept and thrown
 * when the file is closed.
 */
class OutputFile {
  readonly stream: WriteStream;
  private failure: Error | null = null;
  constructor(readonly path: string, readonly option: string) {
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (err) {
      throw unwritable(option, path, err);
    }
    this.stream = createWriteStream(path, { fd, encoding: 'utf8' });
    this.stream.on('error', (err) => (this.failure ??= err));
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.stream.end(() => (this.failure ? reject(new RumorDeskError('VALIDATION_FAILED', `${this.option} ${this.path} could not be written (${this.failure.message}).`)) : resolve())),
    );
  }
  /** For a command that failed before its files were in use: the stream closes its descriptor. */
  discard(): void {
    this.stream.destroy();
  }
}

class OutputWriter {
  private readonly stream: WriteStream | null;
  constructor(private readonly file: OutputFile | null, private readonly format: 'csv' | 'jsonl') {
    this.stream = file?.stream ?? null;
    if (this.stream && format === 'csv') this.stream.write(csvLine([...OUTPUT_COLUMNS]));
  }
  write(rows: OutputRow[]): void {
    if (!this.stream) return;
    for (const o of rows) {
      const record = toRecord(o);
      this.stream.write(this.format === 'csv' ? csvLine(OUTPUT_COLUMNS.map((c) => record[c])) : JSON.stringify(record) + '\n');
    }
  }
  close(): Promise<void> {
    return this.file ? this.file.close() : Promise.resolve();
  }
}

interface Totals {
  read: number;
  stored: number;
  duplicates: number;
  rejected: number;
  newClusters: number;
  skipped: number;
}

function openInput(file: string): { stream: Readable; size: number | null } {
  if (file === '-') return { stream: process.stdin, size: null };
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new RumorDeskError('FILE_NOT_FOUND', `Cannot read ${file}.`);
  }
  // Opened now, not when the stream first reads: a file that goes away meanwhile is still read.
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw new RumorDeskError('FILE_NOT_FOUND', `${file} is a folder; name a file in it.`);
  }
  return { stream: createReadStream(file, { fd }), size: stat.size };
}

function sourceKeys(row: unknown): SourceKeys {
  const r = (row ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { id: text(r.id), platform: text(r.platform), url: text(r.url) };
}

function rejectedRow(r: ReaderReject): OutputRow {
  return { row: r.line, status: 'rejected', reason: r.reason, ...(r.raw === undefined ? {} : { raw: r.raw }) };
}

/** `--out-format` if given, else the output file's extension: `.jsonl`/`.ndjson` is JSON Lines, anything else CSV. */
export function outputFormat(out: string | undefined, explicit: string | undefined): 'csv' | 'jsonl' {
  if (explicit !== undefined) {
    if (explicit !== 'csv' && explicit !== 'jsonl') throw new RumorDeskError('VALIDATION_FAILED', '--out-format is csv or jsonl.');
    return explicit;
  }
  return out && /\.(jsonl|ndjson)$/i.test(out) ? 'jsonl' : 'csv';
}

// Under --no-store nothing is kept, so a row the store would have taken says so, as the summary does.
function scoreChunk(desk: RumorDesk, rows: { line: number; row: unknown }[], totals: Totals, store: boolean): OutputRow[] {
  const summary = desk.ingestPosts(rows.map((r) => r.row), 1, { detail: true });
  totals.stored += summary.stored;
  totals.duplicates += summary.duplicates;
  totals.newClusters += summary.newClusters;
  const reports = desk.postReport.many(summary.results, summary.detail);
  let next = 0;
  return summary.results.map((result, i) => {
    const line = rows[i]?.line ?? result.row;
    const source = sourceKeys(rows[i]?.row);
    if (result.status === 'rejected') {
      totals.rejected += 1;
      return { row: line, source, status: 'rejected', reason: result.reason };
    }
    return { row: line, source, status: result.status === 'stored' && !store ? 'would_store' : result.status, report: reports[next++] };
  });
}

export function registerScore(program: Command, ctx: CliContext): void {
  dbOption(program.command('score <file>').description('Score, cluster and store every post of an export file (- for stdin)'))
    .option('--format <format>', `input format: ${INPUT_FORMATS.join(', ')}`, 'auto')
    .option('--platform <name>', 'platform of rows that do not name one')
    .option('--map <spec>', 'column mapping, e.g. text=message,id=post_id')
    .option('--date-order <order>', 'day/month order of WhatsApp chat dates: dmy or mdy (default: detected)')
    .option('--sheet <name>', 'the sheet of an .xlsx workbook to read (default: the first)')
    .option('--encoding <name>', 'force the input encoding (utf-8, utf-16le, utf-16be, windows-1252, ...); detected otherwise')
    .option('--out <file>', 'write one result row per input row')
    .option('--out-format <format>', 'csv or jsonl (default: from the --out extension, .jsonl is JSON Lines)')
    .option('--no-store', 'score without keeping anything in the database')
    .option('--since <iso>', 'skip posts older than this time')
    .option('--rejects <file>', 'write rejected rows with line number and reason')
    .action(async (file: string, opts) => {
      ctx.tuneForBatch?.();
      if (!INPUT_FORMATS.includes(opts.format)) throw new RumorDeskError('UNKNOWN_FORMAT', `Unknown format "${opts.format}"; use one of ${INPUT_FORMATS.join(', ')}.`);
      const outFormat = outputFormat(opts.out, opts.outFormat);
      const since = opts.since ? Date.parse(opts.since) : null;
      if (since !== null && !Number.isFinite(since)) throw new RumorDeskError('VALIDATION_FAILED', `--since "${opts.since}" is not a date.`);
      const map = opts.map ? parseMapOption(opts.map) : undefined;
      // Paths first, the input's then the outputs': a wrong one fails before a database is copied
      // or opened, and a missing input creates no output file.
      const { stream, size } = openInput(file);
      let outFile: OutputFile | null = null;
      let rejectsFile: OutputFile | null = null;
      try {
        outFile = opts.out ? new OutputFile(opts.out, '--out') : null;
        rejectsFile = opts.rejects ? new OutputFile(opts.rejects, '--rejects') : null;
      } catch (err) {
        outFile?.discard();
        if (file !== '-') stream.destroy();
        throw err;
      }
      let deskOpened = false;
      try {
        // --no-store scores on a throwaway copy of the database: nothing can reach the real one.
        await withDesk(ctx, { db: opts.db, scratch: opts.store === false, creates: true }, async (desk) => {
        deskOpened = true;
        const output = new OutputWriter(outFile, outFormat);
        const rejects = rejectsFile?.stream ?? null;
        rejects?.write(REJECTS_HEADER);
        const totals: Totals = { read: 0, stored: 0, duplicates: 0, rejected: 0, newClusters: 0, skipped: 0 };
        let bytes = 0;
        stream.on('data', (chunk: Buffer | string) => (bytes += chunk.length));
        const bar = ctx.io.isTty
          ? new SingleBar(
              {
                format: size ? ' {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}' : ' {rows} rows | {rate} rows/s',
                hideCursor: true,
              },
              Presets.shades_classic,
            )
          : null;
        const started = Date.now();
        bar?.start(size ?? 1, 0, { rows: 0, rate: 0 });

        const run = async () => {
          // Output rows in input order: a row waiting to be scored is its index in `pending`, a
          // reject or a skipped row is ready; both files are written at each flush.
          let pending: { line: number; row: unknown }[] = [];
          let ordered: (OutputRow | number)[] = [];
          const flush = () => {
            if (!ordered.length) return;
            const results = pending.length ? scoreChunk(desk, pending, totals, opts.store !== false) : [];
            const rows = ordered.map((entry) => (typeof entry === 'number' ? (results[entry] as OutputRow) : entry));
            for (const r of rows) if (r.status === 'rejected') rejects?.write(formatRejectLine({ line: r.row, reason: r.reason ?? 'rejected', ...(r.raw === undefined ? {} : { raw: r.raw }) }));
            output.write(rows);
            pending = [];
            ordered = [];
            const seconds = Math.max((Date.now() - started) / 1000, 0.001);
            bar?.update(size ? bytes : totals.read, { rows: totals.read, rate: Math.round(totals.read / seconds) });
          };
          for await (const item of readPosts(stream, {
            format: opts.format as InputFormat,
            platform: opts.platform,
            map,
            fileName: file === '-' ? undefined : basename(file),
            encoding: opts.encoding,
            sheet: opts.sheet,
            dateOrder: opts.dateOrder,
            onNotice: (message) => ctx.io.err(`notice: ${message}\n`),
          })) {
            totals.read += 1;
            if (item.kind === 'reject') {
              totals.rejected += 1;
              ordered.push(rejectedRow(item));
            } else {
              const postedAt = typeof item.row.posted_at === 'string' ? Date.parse(item.row.posted_at) : NaN;
              if (since !== null && Number.isFinite(postedAt) && postedAt < since) {
                totals.skipped += 1;
                ordered.push({ row: item.line, source: sourceKeys(item.row), status: 'skipped', reason: 'older than --since' });
              } else {
                ordered.push(pending.length);
                pending.push({ line: item.line, row: item.row });
              }
            }
            if (ordered.length >= CHUNK_ROWS) flush();
          }
          flush();
        };
        await run();
        bar?.stop();
        await output.close();
        await rejectsFile?.close();

        const seconds = (Date.now() - started) / 1000;
        const top = opts.store === false ? [] : desk.triage({ limit: 5 });
        const lines = [
          `Rows read: ${totals.read}  ${opts.store === false ? 'would store' : 'stored'}: ${totals.stored}  duplicates: ${totals.duplicates}  rejected: ${totals.rejected}${since !== null ? `  skipped (older than --since): ${totals.skipped}` : ''}  new clusters: ${totals.newClusters}  (${seconds.toFixed(1)} s${opts.store === false ? ', nothing stored' : ''})`,
        ];
        if (top.length) {
          lines.push('Top clusters by priority:');
          for (const c of top) lines.push(`  #${c.id} ${c.triage?.action} priority ${c.triage?.priority.toFixed(0)} (${c.postCount} posts): ${c.representativeText.replace(/\s+/g, ' ').slice(0, 90)}`);
        }
        ctx.io.out(lines.join('\n') + '\n');
        if (totals.rejected > 0) throw new BatchRejectedRows(totals.rejected);
        });
      } finally {
        if (!deskOpened) {
          outFile?.discard();
          rejectsFile?.discard();
        }
        if (file !== '-') stream.destroy();
      }
    });
}

/** Not a failure: the batch finished, but the exit code must say that rows were rejected. */
export class BatchRejectedRows extends Error {
  readonly exitCode = SOME_ROWS_REJECTED_EXIT_CODE;
  constructor(readonly count: number) {
    super(`${count} row(s) rejected`);
  }
}
