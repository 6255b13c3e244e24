import { RumorDeskError } from '../../core/errors';
import type { ColumnBinding } from './column-map';
import { bindWithPreset, presetContext, type ColumnPreset } from './presets';
import { reject, type ReaderItem } from './reader-types';
import { isFooterRow } from './sniff-table';
import { toCanonical, type CanonicalContext } from './to-canonical';
import { xlsxRowsOffThread } from './xlsx-off-thread';

/** How many rows from the top of the sheet may be a report preamble before the header. */
const HEADER_SEARCH_ROWS = 40;

export interface XlsxOptions {
  /** `--sheet NAME`; the first sheet when absent. */
  sheet?: string;
  map: Record<string, string>;
  preset: ColumnPreset | null;
}

/**
 * Reads one sheet of an Excel workbook (`.xlsx`) as a table. The workbook is streamed through
 * exceljs's `WorkbookReader` on a worker thread (xlsxRowsOffThread; the zip and XML are its
 * business, rows arrive one at a time). The header is the first of the top 40 rows naming a text
 * column (a report preamble above it is skipped), as in CSV; each later row is a post or a reject
 * numbered by its Excel row. Date cells become ISO 8601 UTC.
 *
 * @example for await (const item of readXlsx(fs.createReadStream('mentions.xlsx'), {map: {}, preset: null}, ctx)) ...
 * @throws RumorDeskError UNKNOWN_FORMAT when the workbook cannot be read, the sheet is missing, or no header is found.
 */
export async function* readXlsx(input: AsyncIterable<Buffer | string>, options: XlsxOptions, ctx: CanonicalContext): AsyncGenerator<ReaderItem> {
  let binding: ColumnBinding | null = null;
  let index = new Map<string, number>();
  let searched = 0;
  let sheetCtx = ctx;
  let name = '';
  for await (const event of xlsxRowsOffThread(input, options.sheet)) {
    if (event.kind === 'sheet') {
      name = event.name;
      continue;
    }
    const fields = event.fields;
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
      sheetCtx = presetContext(ctx, bound.preset);
      index = new Map();
      header.forEach((h, i) => {
        if (!index.has(h)) index.set(h, i);
      });
      continue;
    }
    const r = toCanonical((k) => fields[index.get(k) ?? -1], binding, sheetCtx);
    if (!r.ok && /^(empty|missing) text$/.test(r.reason) && isFooterRow(fields)) continue;
    yield r.ok ? { kind: 'row', line: event.line, row: r.row } : reject(event.line, r.reason, fields.join(','));
  }
  if (!binding) {
    throw new RumorDeskError('UNKNOWN_FORMAT', `no text column in the first ${HEADER_SEARCH_ROWS} rows of sheet "${name}"; name it with --map text=COLUMN (or pick a sheet with --sheet)`);
  }
}
