import { JsonScanner } from './json-scanner';
import type { ObjectMapper, JsonObject } from './map-object';
import type { SourceLine } from './read-lines';
import { reject, type ReaderItem } from './reader-types';
import { indexUsers, type XUser } from './x-v2';
import { previewJson } from './preview-json';
import { platformRows } from './platform-json';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One open top-level object: an X v2 page (tweets wait for `includes.users`) or a plain post. */
interface OpenDocument {
  line: number;
  tweets: { line: number; value: JsonObject }[];
  users: Map<string, XUser>;
  members: JsonObject;
  sawUsers: boolean;
  /** Records of a platform export's list were read: the other members are its metadata, not a post. */
  sawRecords: boolean;
}

/**
 * Reads a JSON document stream: a top-level array of post objects (streamed element by
 * element), X API v2 responses (one or many, one per line or pretty-printed), or plain post
 * objects one after another. An X v2 page's tweets are held until the page ends, because
 * `includes.users` follows `data` in X's responses; a page is at most a few hundred tweets.
 *
 * @example for await (const item of readJson(readLines(stream, 2e6), mapper, 2e6)) ...
 */
export async function* readJson(lines: AsyncIterable<SourceLine>, mapper: ObjectMapper, maxRecordChars: number): AsyncGenerator<ReaderItem> {
  const scanner = new JsonScanner(maxRecordChars);
  let doc: OpenDocument | null = null;
  let last = 0;
  for await (const line of lines) {
    last = line.no;
    if (line.oversized) {
      yield reject(line.no, `line larger than the limit; its JSON record is skipped`, line.text);
      continue;
    }
    for (const ev of scanner.feed(line.text, line.no, line.badUtf8)) {
      if (ev.type === 'doc-start') {
        doc = ev.kind === 'object' ? { line: ev.line, tweets: [], users: new Map(), members: {}, sawUsers: false, sawRecords: false } : null;
      } else if (ev.type === 'doc-end') {
        if (doc) yield* finishDocument(doc, mapper);
        doc = null;
      } else if (ev.type === 'bad-value' || ev.type === 'broken') {
        yield reject(ev.line, ev.reason, ev.raw);
      } else {
        let value: unknown;
        try {
          value = JSON.parse(ev.text);
        } catch (err) {
          yield reject(ev.line, `JSON syntax error: ${(err as Error).message}`, ev.text);
          continue;
        }
        if (ev.role === 'item') yield* mapItem(value, ev.line, mapper);
        else if (ev.role === 'record') {
          if (doc) doc.sawRecords = true;
          yield* mapItem(value, ev.line, mapper);
        }
        else if (doc && ev.role === 'member') doc.members[ev.key] = value;
        else if (doc && ev.role === 'user') {
          doc.sawUsers = true;
          if (isObject(value)) indexUsers([value], doc.users);
        } else if (doc && ev.role === 'data') {
          if (isObject(value)) doc.tweets.push({ line: ev.line, value });
          else yield reject(ev.line, 'X v2 data entry is not an object', ev.text);
        }
      }
    }
  }
  for (const ev of scanner.end(last)) {
    if (ev.type === 'bad-value' || ev.type === 'broken') yield reject(ev.line, ev.reason, ev.raw);
  }
  // A truncated last page still has tweets worth keeping.
  if (doc && doc.tweets.length > 0) yield* finishDocument(doc, mapper);
}

/**
 * One JSON record's rows: a platform's own record (platformRows), a whole X v2 page, or a plain
 * post object through the column mapper.
 */
export function* mapItem(value: unknown, line: number, mapper: ObjectMapper): Generator<ReaderItem> {
  if (!isObject(value)) {
    yield reject(line, 'JSON record is not an object', previewJson(value));
    return;
  }
  const platform = platformRows(value);
  if (platform) {
    for (const row of platform) {
      const r = mapper.map(row);
      yield r.ok ? { kind: 'row', line, row: r.row } : reject(line, r.reason, previewJson(row));
    }
    return;
  }
  if (Array.isArray(value.data) || isObject(value.data)) {
    yield* xPageItems(value, line, mapper);
    return;
  }
  const r = mapper.map(value);
  yield r.ok ? { kind: 'row', line, row: r.row } : reject(line, r.reason, previewJson(value));
}

/** The rows of a whole X v2 response held as one object (a JSON Lines line, an array element). */
export function* xPageItems(page: JsonObject, line: number, mapper: ObjectMapper): Generator<ReaderItem> {
  const includes = isObject(page.includes) ? page.includes : {};
  const users = indexUsers(Array.isArray(includes.users) ? includes.users : []);
  const data = Array.isArray(page.data) ? page.data : [page.data];
  for (const tweet of data) {
    if (!isObject(tweet)) {
      yield reject(line, 'X v2 data entry is not an object', previewJson(tweet));
      continue;
    }
    const r = mapper.map(tweet, users);
    yield r.ok ? { kind: 'row', line, row: r.row } : reject(line, r.reason, previewJson(tweet));
  }
}

function* finishDocument(doc: OpenDocument, mapper: ObjectMapper): Generator<ReaderItem> {
  if (doc.sawRecords) return;
  if (doc.members.kind === 'Listing' && doc.tweets.length > 0) {
    // A Reddit listing: its `data` object (children and all) was read as one record.
    for (const t of doc.tweets) yield* mapItem({ kind: 'Listing', data: t.value }, t.line, mapper);
    return;
  }
  const envelope = doc.tweets.length > 0 || doc.sawUsers || 'meta' in doc.members || 'errors' in doc.members;
  if (!envelope) {
    yield* mapItem(doc.members, doc.line, mapper);
    return;
  }
  for (const t of doc.tweets) {
    const r = mapper.map(t.value, doc.users);
    yield r.ok ? { kind: 'row', line: t.line, row: r.row } : reject(t.line, r.reason, previewJson(t.value));
  }
}
