import { parse as parseCsv } from 'csv-parse/sync';
import { RumorDeskError } from '../../core/errors';
import type { ImportRow, RowProblem } from './import-row';

const LINE_BREAK = /\r\n|\r|\n/g;
/** The blank lines csv-parse skips before a record; they come first in the record's bytes. */
const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\r|\n))*/;

const lineBreaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/** A record as csv-parse gives it with `info: true` (its typings return plain records). */
type CsvRecord = { record: string[]; info: { bytes: number } };

/**
 * CSV with a header row, one statement a record, each with the line it starts on: a quoted
 * body may span lines, and an officer looks for the record where it begins. csv-parse's own
 * `info.lines` is where a record ends (and counts a CRLF inside quotes twice), so lines are
 * counted here from its byte offsets. Empty cells mean "not given", not an empty string.
 */
export function parseCsvRows(content: string): { rows: ImportRow[]; problems: RowProblem[] } {
  let records: CsvRecord[];
  try {
    records = parseCsv(content, { bom: true, skip_empty_lines: true, trim: true, info: true }) as unknown as CsvRecord[];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    throw new RumorDeskError('IMPORT_FAILED', `CSV is malformed near line ${line}: ${(err as Error).message}`, {
      problems: [{ line, reason: (err as Error).message }],
    });
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], problems: [] };
  // Byte offsets: UTF-8 bytes of the text as given, BOM included. A line break is ASCII, so
  // reading the bytes as latin1 counts them without decoding every character.
  const bytes = Buffer.from(content, 'utf8');
  let offset = header.info.bytes;
  let line = 1 + lineBreaks(bytes.subarray(0, offset).toString('latin1'));
  const rows = data.map(({ record, info }) => {
    const text = bytes.subarray(offset, info.bytes).toString('latin1');
    const start = line + lineBreaks(LEADING_BLANK_LINES.exec(text)?.[0] ?? '');
    line += lineBreaks(text);
    offset = info.bytes;
    return { line: start, value: Object.fromEntries(header.record.map((name, i) => [name, record[i] === '' ? null : record[i]])) };
  });
  return { rows, problems: [] };
}
