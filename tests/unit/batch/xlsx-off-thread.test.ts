import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { RumorDeskError } from '../../../src/core/errors';
import { xlsxRows, type XlsxEvent } from '../../../src/usecases/batch/xlsx-rows';
import { xlsxRowsOffThread } from '../../../src/usecases/batch/xlsx-off-thread';
import { BATCHES_AHEAD, ROWS_PER_BATCH } from '../../../src/usecases/batch/xlsx-worker-protocol';

const FIXTURE = path.resolve(__dirname, '../../fixtures/exports/brandwatch-mentions.xlsx');
/** More rows than the worker may send ahead, so the reader's acknowledgements are needed to finish. */
const MANY = ROWS_PER_BATCH * BATCHES_AHEAD * 2 + 7;
let dir: string;
let many: string;

/** This process's OS threads (Linux): a worker thread is one more while it runs. */
function threads(): number {
  return Number(/Threads:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]);
}

async function collect(events: AsyncIterable<XlsxEvent>): Promise<XlsxEvent[]> {
  const out: XlsxEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-off-thread-'));
  many = path.join(dir, 'many.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: many, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Posts');
  sheet.addRow(['id', 'text']).commit();
  for (let i = 1; i <= MANY; i++) sheet.addRow([`p${i}`, `Café “${i}” – post`]).commit();
  sheet.commit();
  await workbook.commit();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('xlsxRowsOffThread (exceljs on a worker thread)', () => {
  test('yields the same sheet and rows as reading on this thread', async () => {
    const here = await collect(xlsxRows(fs.createReadStream(FIXTURE)));
    const there = await collect(xlsxRowsOffThread(fs.createReadStream(FIXTURE, { highWaterMark: 512 }), undefined, 0));
    expect(there).toEqual(here);
    expect(there[0]).toEqual({ kind: 'sheet', name: 'Mentions' });
  });

  test('every row of a sheet larger than the worker may send ahead arrives once, in order, through a slow reader', async () => {
    const lines: number[] = [];
    for await (const e of xlsxRowsOffThread(fs.createReadStream(many), undefined, 0)) {
      if (e.kind !== 'row') continue;
      lines.push(e.line);
      if (e.line % 1000 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      if (e.line === MANY + 1) expect(e.fields).toEqual([`p${MANY}`, `Café “${MANY}” – post`]);
    }
    expect(lines).toEqual(Array.from({ length: MANY + 1 }, (_, i) => i + 1));
  });

  test('a stream that also feeds a progress listener is read whole', async () => {
    const stream = fs.createReadStream(FIXTURE);
    let bytes = 0;
    stream.on('data', (chunk) => (bytes += chunk.length));
    const events = await collect(xlsxRowsOffThread(stream, undefined, 0));
    expect(events.filter((e) => e.kind === 'row').length).toBeGreaterThan(3);
    expect(bytes).toBe(fs.statSync(FIXTURE).size);
  });

  test('stopping early ends the worker thread, and a missing sheet names the sheets', async () => {
    const before = threads();
    let during = 0;
    for await (const e of xlsxRowsOffThread(fs.createReadStream(many), undefined, 0)) {
      during = threads();
      if (e.kind === 'row') break;
    }
    expect(during).toBeGreaterThan(before);
    expect(threads()).toBe(before);
    await expect(collect(xlsxRowsOffThread(fs.createReadStream(FIXTURE), 'Nope', 0))).rejects.toThrow(/no sheet "Nope" in the workbook \(sheets: Mentions, Notes\)/);
  });

  test('a workbook under minBytes is read on this thread, with the same rows', async () => {
    const before = threads();
    let most = before;
    const events: XlsxEvent[] = [];
    for await (const e of xlsxRowsOffThread(fs.createReadStream(FIXTURE))) {
      most = Math.max(most, threads());
      events.push(e);
    }
    expect(most).toBe(before);
    expect(events).toEqual(await collect(xlsxRows(fs.createReadStream(FIXTURE))));
  });

  test('bytes that are not a workbook fail with UNKNOWN_FORMAT, as on this thread', async () => {
    const notXlsx = path.resolve(__dirname, '../../fixtures/exports/sprout-posts.csv');
    const err = await collect(xlsxRowsOffThread(fs.createReadStream(notXlsx), undefined, 0)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RumorDeskError);
    expect((err as RumorDeskError).code).toBe('UNKNOWN_FORMAT');
    expect((err as RumorDeskError).message).toMatch(/not a readable .xlsx workbook/);
  });
});
