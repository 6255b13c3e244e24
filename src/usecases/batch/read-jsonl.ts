import type { ObjectMapper } from './map-object';
import type { SourceLine } from './read-lines';
import { mapItem } from './read-json';
import { reject, type ReaderItem } from './reader-types';

/**
 * JSON Lines: one object a line, blank lines skipped. A line holding a whole X v2 response
 * (as twarc2 and similar collectors write them) yields that page's tweets joined with its users;
 * a platform's own record a line (Reddit things, Bluesky post views, Telegram messages, YouTube
 * comment threads) is read as that platform's export is.
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
    yield* mapItem(value, line.no, mapper);
  }
}
