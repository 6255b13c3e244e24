import { csvLine } from '../../core/text/csv-line';
import type { ReaderReject } from './reader-types';

/** The first line of a rejects file, with its line break. */
export const REJECTS_HEADER = 'line,reason,raw\n';
/** Alias of `REJECTS_HEADER`. */
export const REJECTS_CSV_HEADER = REJECTS_HEADER;

/**
 * One rejects-file line, ending in `\n`: `line,reason,raw`, RFC 4180 quoted where needed
 * so reasons and raw text with commas, quotes or line breaks stay one CSV record, and defused
 * where a spreadsheet would run it as a formula.
 *
 * @example formatRejectLine({kind: 'reject', line: 7, reason: 'empty text', raw: '8,,"x"'}) // '7,empty text,"8,,""x"""\n'
 */
export function formatRejectLine(r: Pick<ReaderReject, 'line' | 'reason' | 'raw'>): string {
  return csvLine([r.line, r.reason, r.raw ?? '']);
}
