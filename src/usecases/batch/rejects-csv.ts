import type { ReaderReject } from './reader-types';

/** The first line of a rejects file, with its line break. */
export const REJECTS_HEADER = 'line,reason,raw\n';
/** Alias of `REJECTS_HEADER`. */
export const REJECTS_CSV_HEADER = REJECTS_HEADER;

/**
 * One rejects-file line, ending in `\n`: `line,reason,raw`, RFC 4180 quoted where needed
 * so reasons and raw text with commas, quotes or line breaks stay one CSV record.
 *
 * @example formatRejectLine({kind: 'reject', line: 7, reason: 'empty text', raw: '8,,"x"'}) // '7,empty text,"8,,""x"""\n'
 */
export function formatRejectLine(r: Pick<ReaderReject, 'line' | 'reason' | 'raw'>): string {
  return [String(r.line), quoteCsv(r.reason), quoteCsv(r.raw ?? '')].join(',') + '\n';
}

function quoteCsv(value: string): string {
  // A leading = + - @ would run as a formula when the analyst opens the file in a spreadsheet.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
