import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { RumorDeskError } from '../../core/errors';
import { SharedStrings } from './xlsx-shared-strings';

/** A sheet's name, then its rows: each row's cells as text, numbered by its Excel row. */
export type XlsxEvent = { kind: 'sheet'; name: string } | { kind: 'row'; line: number; fields: string[] };

/**
 * What WorkbookReader.parse() yields (its typings say only `any`): in exceljs 4.4.0 a shared
 * string comes as a bare `{index, text}`, not wrapped like the other events (its own `read()`
 * therefore never emits them).
 */
type WorkbookEvent = { eventType: string; value: unknown } | { index: number; text: unknown };

/**
 * The rows of one sheet of an `.xlsx` workbook (the first, or `sheet`), streamed through exceljs's
 * `WorkbookReader`: the zip and XML are its business, rows arrive one at a time. Date cells become
 * ISO 8601 UTC, formulas their cached result, rich text its plain text.
 *
 * @example for await (const e of xlsxRows(fs.createReadStream('mentions.xlsx'))) if (e.kind === 'row') console.log(e.line, e.fields);
 * @throws RumorDeskError UNKNOWN_FORMAT when the workbook cannot be read or has no such sheet.
 */
export async function* xlsxRows(input: AsyncIterable<Buffer | string> | Readable, sheet?: string): AsyncGenerator<XlsxEvent> {
  // sharedStrings 'emit': the table goes into SharedStrings (off the JS heap) instead of exceljs's
  // array of sliced strings; exceljs then defers every sheet to a temp file until the table is read,
  // as it does anyway for Excel's own entry order (sheets before sharedStrings.xml).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input instanceof Readable ? input : Readable.from(input), {
    worksheets: 'emit', sharedStrings: 'emit', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore',
  });
  const strings = new SharedStrings();
  const seen: string[] = [];
  try {
    // parse() is an async generator; its typings declare only an iterator.
    for await (const event of reader.parse() as unknown as AsyncIterable<WorkbookEvent>) {
      if ('index' in event) {
        strings.set(event.index, cellText(event.text, strings, () => `shared string ${event.index}`));
        continue;
      }
      if (event.eventType !== 'worksheet') continue;
      const rows = event.value as AsyncIterable<ExcelJS.Row> & { name?: string };
      const name = rows.name ?? `Sheet${seen.length + 1}`;
      seen.push(name);
      if (sheet !== undefined && name !== sheet) {
        for await (const row of rows) void row;
        continue;
      }
      yield { kind: 'sheet', name };
      for await (const row of rows) yield { kind: 'row', line: row.number, fields: cellsOf(row, strings, name) };
      return;
    }
  } catch (err) {
    if (err instanceof RumorDeskError) throw err;
    throw new RumorDeskError('UNKNOWN_FORMAT', `not a readable .xlsx workbook (tried exceljs's streaming reader): ${(err as Error).message}`);
  }
  throw new RumorDeskError('UNKNOWN_FORMAT', sheet !== undefined ? `no sheet "${sheet}" in the workbook (sheets: ${seen.join(', ')})` : 'the workbook has no sheet');
}

/** The row's cells as text, position for position (row.values is 1-based and sparse). */
function cellsOf(row: ExcelJS.Row, strings: SharedStrings, sheet: string): string[] {
  const values = row.values as unknown[];
  const out: string[] = [];
  const where = () => `sheet "${sheet}", row ${row.number}`;
  for (let i = 1; i < values.length; i += 1) out.push(cellText(values[i], strings, where));
  return out;
}

/**
 * The text of shared string `index`. A cell whose string the table lacks is not read as empty
 * text: that would lose the post's words without a word. The workbook is damaged, or its strings
 * were not read before its sheet (seen once under load in the test suite).
 */
export function sharedStringText(strings: SharedStrings, index: number, where: () => string): string {
  const text = strings.get(index);
  if (text === undefined) throw new RumorDeskError('UNKNOWN_FORMAT', `a cell's text is missing from the workbook's shared strings (${where()}, string ${index}): the workbook may be damaged; open and save it again in Excel, or export it as CSV`);
  return text;
}

function cellText(value: unknown, strings: SharedStrings, where: () => string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // A whole number past 2^53 is a rounded one (an id Excel stored as a number): written in
  // scientific notation, as Excel shows it, so it is not mistaken for the exact id it lost.
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value) ? value.toExponential() : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : '';
  if (typeof value === 'object') {
    const v = value as { sharedString?: unknown; richText?: { text?: string | null }[]; text?: unknown; result?: unknown; error?: unknown };
    if (typeof v.sharedString === 'number') return sharedStringText(strings, v.sharedString, where);
    if (Array.isArray(v.richText)) return v.richText.map((p) => p.text ?? '').join('');
    if ('text' in v) return cellText(v.text, strings, where);
    if ('result' in v) return cellText(v.result, strings, where);
  }
  return '';
}
