import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { RumorDeskError } from '../../core/errors';
import type { ColumnBinding } from './column-map';
import { bindWithPreset, type ColumnPreset } from './presets';
import { reject, type ReaderItem } from './reader-types';
import { isFooterRow } from './sniff-table';
import { toCanonical, type CanonicalContext } from './to-canonical';

/** How many rows from the top of the sheet may be a report preamble before the header. */
const HEADER_SEARCH_ROWS = 40;

export interface XlsxOptions {
  /** `--sheet NAME`; the first sheet when absent. */
  sheet?: string;
  map: Record<string, string>;
  preset: ColumnPreset | null;
}

/**
 * Reads one sheet of an Excel workbook (`.xlsx`) as a table, streamed through exceljs's
 * `WorkbookReader` (the zip and XML are its business; rows arrive one at a time). The header is the
 * first of the top 40 rows naming a text column (a report preamble above it is skipped), as in CSV;
 * each later row is a post or a reject numbered by its Excel row. Date cells become ISO 8601 UTC.
 *
 * @example for await (const item of readXlsx(fs.createReadStream('mentions.xlsx'), {map: {}, preset: null}, ctx)) ...
 * @throws RumorDeskError UNKNOWN_FORMAT when the workbook cannot be read, the sheet is missing, or no header is found.
 */
export async function* readXlsx(input: AsyncIterable<Buffer | string>, options: XlsxOptions, ctx: CanonicalContext): AsyncGenerator<ReaderItem> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(input), {
    worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'emit',
  });
  const seen: string[] = [];
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name ?? `Sheet${seen.length + 1}`;
      seen.push(name);
      if (options.sheet !== undefined && name !== options.sheet) {
        for await (const row of sheet) void row;
        continue;
      }
      yield* readSheet(sheet as AsyncIterable<ExcelJS.Row>, name, options, ctx);
      return;
    }
  } catch (err) {
    if (err instanceof RumorDeskError) throw err;
    throw new RumorDeskError('UNKNOWN_FORMAT', `not a readable .xlsx workbook (tried exceljs's streaming reader): ${(err as Error).message}`);
  }
  throw new RumorDeskError('UNKNOWN_FORMAT', options.sheet !== undefined ? `no sheet "${options.sheet}" in the workbook (sheets: ${seen.join(', ')})` : 'the workbook has no sheet');
}

async function* readSheet(rows: AsyncIterable<ExcelJS.Row>, name: string, options: XlsxOptions, ctx: CanonicalContext): AsyncGenerator<ReaderItem> {
  let binding: ColumnBinding | null = null;
  let index = new Map<string, number>();
  let searched = 0;
  let sheetCtx = ctx;
  for await (const row of rows) {
    const fields = cellsOf(row);
    if (fields.every((f) => f.trim() === '')) continue;
    if (!binding) {
      searched += 1;
      const header = fields.map((f) => f.trim());
      const bound = bindWithPreset(header, options.map, false, options.preset);
      if (bound.binding.text === undefined) {
        if (searched >= HEADER_SEARCH_ROWS) break;
        continue;
      }
      // Strict now: a --map column missing from the header found is the user's mistake.
      binding = bindWithPreset(header, options.map, true, bound.preset).binding;
      if (bound.preset?.platform) sheetCtx = { ...ctx, platformHint: bound.preset.platform };
      index = new Map();
      header.forEach((h, i) => {
        if (!index.has(h)) index.set(h, i);
      });
      continue;
    }
    const r = toCanonical((k) => fields[index.get(k) ?? -1], binding, sheetCtx);
    if (!r.ok && /^(empty|missing) text$/.test(r.reason) && isFooterRow(fields)) continue;
    yield r.ok ? { kind: 'row', line: row.number, row: r.row } : reject(row.number, r.reason, fields.join(','));
  }
  if (!binding) {
    throw new RumorDeskError('UNKNOWN_FORMAT', `no text column in the first ${HEADER_SEARCH_ROWS} rows of sheet "${name}"; name it with --map text=COLUMN (or pick a sheet with --sheet)`);
  }
}

/** The row's cells as text, position for position (row.values is 1-based and sparse). */
function cellsOf(row: ExcelJS.Row): string[] {
  const values = row.values as unknown[];
  const out: string[] = [];
  for (let i = 1; i < values.length; i += 1) out.push(cellText(values[i]));
  return out;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : '';
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((p) => p.text ?? '').join('');
    if ('text' in v) return cellText(v.text);
    if ('result' in v) return cellText(v.result);
  }
  return '';
}
