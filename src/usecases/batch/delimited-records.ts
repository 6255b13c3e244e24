import type { SourceLine } from './read-lines';
import { reject, type ReaderReject } from './reader-types';
import { feedDelimitedLine, newDelimitedState } from './delimited-line';
import { isFooterRow } from './sniff-table';

export interface DelimitedRecord {
  kind: 'record';
  line: number;
  fields: string[];
  /** The first line's text, for reject previews. */
  raw: string;
  /** True for the first record, the header. */
  header: boolean;
}

export interface DelimitedLimits {
  delimiter: string;
  /** A record (all its lines) longer than this many characters is rejected. */
  maxRecordChars: number;
  /** A quoted field still open after this many lines is taken as a stray quote. */
  maxRecordLines: number;
}

/**
 * Frames CSV/TSV records from lines and recovers from bad ones without losing the good rows
 * around them. csv-parse's `skip_records_with_error` cannot do this: an unclosed quote makes it
 * swallow the rest of the file, and after an invalid closing quote it loses the next records
 * (checked against csv-parse 7.0.3). Here, a record that fails (bad quote, wrong column count,
 * never-closing quote, too big) is rejected at its first line, and if it spanned several lines
 * the lines after the first are read again as records of their own. Memory is bounded by the
 * record limits, never by the file.
 *
 * @example for await (const r of delimitedRecords(readLines(stream, 1e6), {delimiter: ',', maxRecordChars: 2e6, maxRecordLines: 1000})) ...
 */
export async function* delimitedRecords(lines: AsyncIterable<SourceLine>, limits: DelimitedLimits): AsyncGenerator<DelimitedRecord | ReaderReject> {
  const source = lines[Symbol.asyncIterator]();
  const replay: SourceLine[] = [];
  let pending: SourceLine[] = [];
  let state = newDelimitedState();
  let columns = -1;

  const fail = (reason: string): ReaderReject => {
    const [first, ...rest] = pending;
    replay.unshift(...rest);
    pending = [];
    state = newDelimitedState();
    const why = rest.length > 0 ? `unclosed or stray quote: the record starting here spans ${rest.length + 1} lines and ${reason}` : reason;
    return reject(first.no, why, first.text);
  };

  for (;;) {
    let line = replay.shift();
    if (line === undefined) {
      const next = await source.next();
      if (next.done) {
        if (pending.length === 0) return;
        yield fail('never closes before the end of the file');
        continue;
      }
      line = next.value;
    }
    if (line.oversized) {
      // The huge line ends whatever record it belongs to; what follows it is read normally.
      pending.push(line);
      const first = pending[0];
      pending = [];
      state = newDelimitedState();
      yield reject(first.no, `record larger than ${limits.maxRecordChars} characters (line ${line.no} is over the line limit)`, first.text);
      continue;
    }
    if (pending.length === 0 && line.text.trim() === '') continue;
    pending.push(line);
    const outcome = feedDelimitedLine(state, line.text, limits.delimiter);
    if (outcome === 'open') {
      if (pending.length > limits.maxRecordLines || state.chars > limits.maxRecordChars) {
        yield fail(`is still open after ${pending.length} lines / ${state.chars} characters`);
      }
      continue;
    }
    if (outcome !== 'complete') {
      yield fail(outcome.error);
      continue;
    }
    if (state.chars > limits.maxRecordChars) {
      yield fail(`is larger than ${limits.maxRecordChars} characters`);
      continue;
    }
    const fields = state.fields;
    if (columns >= 0 && fields.length !== columns) {
      if (pending.length === 1 && isFooterRow(fields)) {
        // A totals or "report generated" line under the table is not a post, nor a bad one.
        pending = [];
        state = newDelimitedState();
        continue;
      }
      yield fail(`has ${fields.length} columns where the header has ${columns}`);
      continue;
    }
    const first = pending[0];
    const badUtf8 = pending.find((l) => l.badUtf8);
    pending = [];
    state = newDelimitedState();
    if (badUtf8) {
      yield reject(first.no, `invalid UTF-8 bytes on line ${badUtf8.no}`, first.text);
      continue;
    }
    const header = columns < 0;
    if (header) columns = fields.length;
    yield { kind: 'record', line: first.no, fields, raw: first.text, header };
  }
}
