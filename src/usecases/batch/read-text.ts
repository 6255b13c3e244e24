import type { SourceLine } from './read-lines';
import { reject, type ReaderItem } from './reader-types';
import { toCanonical, type CanonicalContext } from './to-canonical';

/**
 * Plain text, one claim a line: blank lines are skipped, each other line is a post with no id
 * (the pipeline identifies it by content hash) on the `--platform` given, else `other`.
 *
 * @example for await (const item of readTextLines(readLines(stream, 2e6), ctx)) ...
 */
export async function* readTextLines(lines: AsyncIterable<SourceLine>, ctx: CanonicalContext): AsyncGenerator<ReaderItem> {
  for await (const line of lines) {
    if (line.oversized) {
      yield reject(line.no, 'line larger than the limit', line.text);
      continue;
    }
    const text = line.text.trim();
    if (text === '') continue;
    if (line.badUtf8) {
      yield reject(line.no, 'invalid UTF-8 bytes', line.text);
      continue;
    }
    const r = toCanonical(() => text, { text: 'text' }, ctx);
    yield r.ok ? { kind: 'row', line: line.no, row: r.row } : reject(line.no, r.reason, line.text);
  }
}
