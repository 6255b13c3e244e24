import type { JsonObject, ObjectMapper } from './map-object';
import type { SourceLine } from './read-lines';
import { xPageItems } from './read-json';
import { reject, type ReaderItem } from './reader-types';

/**
 * JSON Lines: one object a line, blank lines skipped. A line holding a whole X v2 response
 * (as twarc2 and similar collectors write them) yields that page's tweets joined with its users.
 *
 * @example for await (const item of readJsonLines(readLines(stream, 2e6), mapper)) ...
 */
export async function* readJsonLines(lines: AsyncIterable<SourceLine>, mapper: ObjectMapper): AsyncGenerator<ReaderItem> {
  for await (const line of lines) {
    const text = line.text.trim();
    if (text === '' && !line.oversized) continue;
    if (line.oversized) {
      yield reject(line.no, 'line larger than the limit', line.text);
      continue;
    }
    if (line.badUtf8) {
      yield reject(line.no, 'invalid UTF-8 bytes', line.text);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield reject(line.no, `JSON syntax error: ${(err as Error).message}`, line.text);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield reject(line.no, `line is not a JSON object (found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value})`, line.text);
      continue;
    }
    const obj = value as JsonObject;
    if (Array.isArray(obj.data)) {
      yield* xPageItems(obj, line.no, mapper);
      continue;
    }
    const r = mapper.map(obj);
    yield r.ok ? { kind: 'row', line: line.no, row: r.row } : reject(line.no, r.reason, line.text);
  }
}
