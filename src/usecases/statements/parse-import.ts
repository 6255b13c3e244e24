import { parse as parseCsv } from 'csv-parse/sync';
import { RumorDeskError } from '../../core/errors';

export interface ImportRow {
  line: number;
  value: unknown;
}

export interface RowProblem {
  line: number;
  reason: string;
}

/**
 * Splits an import file into rows with their line numbers. JSON Lines: one object a line,
 * blank lines skipped. CSV: a header row, then one statement a row (quoted fields may span lines;
 * the reported line is where the record starts).
 */
export function parseImportFile(content: string, format: 'jsonl' | 'csv'): { rows: ImportRow[]; problems: RowProblem[] } {
  return format === 'jsonl' ? parseJsonLines(content) : parseCsvRows(content);
}

function parseJsonLines(content: string): { rows: ImportRow[]; problems: RowProblem[] } {
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  content.split(/\r?\n/).forEach((text, index) => {
    if (!text.trim()) return;
    try {
      rows.push({ line: index + 1, value: JSON.parse(text) as unknown });
    } catch {
      problems.push({ line: index + 1, reason: 'not valid JSON' });
    }
  });
  return { rows, problems };
}

function parseCsvRows(content: string): { rows: ImportRow[]; problems: RowProblem[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(content, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    throw new RumorDeskError('IMPORT_FAILED', `CSV is malformed near line ${line}: ${(err as Error).message}`, {
      problems: [{ line, reason: (err as Error).message }],
    });
  }
  const rows = records.map(({ record, info }) => ({
    line: info.lines,
    // Empty CSV cells mean "no value", not an empty string.
    value: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === '' ? null : v])),
  }));
  return { rows, problems: [] };
}

export function formatFromName(fileName: string): 'jsonl' | 'csv' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}
