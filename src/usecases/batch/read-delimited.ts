import { RumorDeskError } from '../../core/errors';
import type { ColumnBinding } from './column-map';
import { bindWithPreset, presetContext, type ColumnPreset } from './presets';
import { delimitedRecords } from './delimited-records';
import type { SourceLine } from './read-lines';
import { reject, type ReaderItem } from './reader-types';
import { isFooterRow } from './sniff-table';
import { toCanonical, type CanonicalContext } from './to-canonical';

/** How many lines a quoted field may span before its opening quote is taken as stray. */
const MAX_RECORD_LINES = 1000;

/**
 * CSV or TSV with a header row: columns are recognised by name (see `bindColumns`), `--map`
 * overriding. Every record becomes a row or a reject with its first line's number; a totals or
 * footer line (`isFooterRow`) with no text is neither. `tried` says, in the no-text-column error,
 * which encodings and delimiters were looked at.
 *
 * @example for await (const item of readDelimited(readLines(stream, 2e6), ',', {}, ctx)) ...
 * @throws RumorDeskError UNKNOWN_FORMAT when no column can be the text (the file is unusable as posts).
 */
export async function* readDelimited(
  lines: AsyncIterable<SourceLine>,
  delimiter: string,
  map: Record<string, string>,
  ctx: CanonicalContext,
  tried = '',
  forcedPreset: ColumnPreset | null = null,
): AsyncGenerator<ReaderItem> {
  let binding: ColumnBinding = {};
  let index = new Map<string, number>();
  const limits = { delimiter, maxRecordChars: ctx.maxFieldBytes * 2, maxRecordLines: MAX_RECORD_LINES };
  for await (const rec of delimitedRecords(lines, limits)) {
    if (rec.kind === 'reject') {
      yield rec;
      continue;
    }
    if (rec.header) {
      const header = rec.fields.map((f) => f.trim());
      const bound = bindWithPreset(header, map, true, forcedPreset);
      binding = bound.binding;
      ctx = presetContext(ctx, bound.preset);
      // First of a repeated header name wins, as in bindColumns.
      index = new Map();
      header.forEach((h, i) => {
        if (!index.has(h)) index.set(h, i);
      });
      if (binding.text === undefined) {
        throw new RumorDeskError('UNKNOWN_FORMAT', `no text column among the headers (${header.slice(0, 20).join(', ')}); name it with --map text=COLUMN${tried ? `; tried ${tried}` : ''}`);
      }
      continue;
    }
    const fields = rec.fields;
    const r = toCanonical((k) => fields[index.get(k) ?? -1], binding, ctx);
    if (!r.ok && /^(empty|missing) text$/.test(r.reason) && isFooterRow(fields)) continue;
    yield r.ok ? { kind: 'row', line: rec.line, row: r.row } : reject(rec.line, r.reason, rec.raw);
  }
}
