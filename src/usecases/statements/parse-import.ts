import { parseCsvRows } from './csv-rows';
import type { ImportRow, RowProblem } from './import-row';

export type { ImportRow, RowProblem };

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

export function formatFromName(fileName: string): 'jsonl' | 'csv' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}
