/**
 * What the JSON scanner reports. `item`: an element of a top-level array; `data`: an element of
 * an X v2 `data` array (or `data` itself when it is one object); `record`: an element of a
 * platform export's top-level list (`RECORD_ARRAYS`), mapped as soon as it is read; `user`: an element of
 * `includes.users`; `member`: any other top-level object member, so a plain object that is not
 * an X v2 envelope can be put back together.
 */
export type JsonRole = 'item' | 'data' | 'user' | 'member' | 'record';

export type JsonEvent =
  | { type: 'value'; role: JsonRole; key: string; line: number; text: string }
  | { type: 'bad-value'; role: JsonRole; line: number; reason: string; raw: string }
  | { type: 'doc-start'; line: number; kind: 'object' | 'array' }
  | { type: 'doc-end'; line: number }
  | { type: 'broken'; line: number; reason: string; raw: string };

type FrameRole = 'top-object' | 'top-array' | 'data-array' | 'records-array' | 'includes' | 'users-array' | 'skip';

/**
 * Top-level arrays of platform exports whose elements are records on their own: Telegram Desktop's
 * `messages`, Bluesky's `feed` (getTimeline, getAuthorFeed) and `posts` (searchPosts, getPosts),
 * YouTube's `items` (commentThreads.list).
 */
const RECORD_ARRAYS = new Set(['messages', 'feed', 'posts', 'items']);
interface Frame {
  kind: 'obj' | 'arr';
  role: FrameRole;
  expect: 'key' | 'colon' | 'value' | 'comma';
  key: string;
}
interface Capture {
  role: JsonRole;
  key: string;
  line: number;
  parts: string[];
  size: number;
  store: boolean;
  tooLarge: boolean;
  badUtf8: boolean;
  closers: string[];
  inString: boolean;
  escape: boolean;
  primitive: boolean;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const PRIMITIVE_END = new Set([',', ']', '}', ' ', '\t', '\n', '\r']);

/**
 * A streaming JSON splitter: fed one line at a time, it cuts the records out of a large array,
 * an X v2 response, or a stream of such documents (concatenated, one per line or pretty-printed),
 * and hands back each record's own text for `JSON.parse`. Only one record is held at a time, and
 * a record's syntax error or size stays a reject of that record. We scan structure ourselves
 * rather than use stream-json: v3 is ESM-only, which the CommonJS test runner here cannot load,
 * and its parser stops at the first syntax error where we want to reject one record and go on.
 * After a structural break (mismatched brackets outside records) the scanner resumes at the next
 * line that opens an object; records in between are reported lost in the `broken` event.
 *
 * @example const s = new JsonScanner(1e6); for (const e of s.feed('[{"text":"a"},{"text":"b"}]', 1, false)) console.log(e)
 */
export class JsonScanner {
  private stack: Frame[] = [];
  private capture: Capture | null = null;
  private resync = false;

  constructor(private readonly maxRecordChars: number) {}

  /** Scans one line (without its break); yields the events it completes. */
  *feed(text: string, line: number, badUtf8: boolean): Generator<JsonEvent> {
    if (this.resync) {
      const trimmed = text.trimStart();
      if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return;
      if (text[0] === '{' || text[0] === '[' || !this.recordArrayOnStack()) this.stack = [];
      else this.popToRecordArray();
      this.resync = false;
    }
    const input = text + '\n';
    let i = 0;
    while (i < input.length) {
      if (this.capture) {
        if (badUtf8) this.capture.badUtf8 = true;
        i = yield* this.continueCapture(input, i);
        continue;
      }
      const c = input[i];
      if (WS.has(c)) {
        i += 1;
        continue;
      }
      const frame = this.stack[this.stack.length - 1];
      if (!frame) {
        if (c === '{' || c === '[') {
          this.stack.push({ kind: c === '{' ? 'obj' : 'arr', role: c === '{' ? 'top-object' : 'top-array', expect: c === '{' ? 'key' : 'value', key: '' });
          yield { type: 'doc-start', line, kind: c === '{' ? 'object' : 'array' };
          i += 1;
          continue;
        }
        yield* this.broken(line, 'expected a JSON object or array', text);
        return;
      }
      if (frame.expect === 'key') {
        if (c === '}') {
          i = yield* this.close(frame, c, i, line, text);
          if (this.resync) return;
          continue;
        }
        const end = c === '"' ? stringEnd(input, i + 1) : -1;
        if (end === -1) {
          yield* this.broken(line, 'expected a quoted member name', text);
          return;
        }
        // A member name may hold a raw control character or a bad escape: a broken record, not a crash.
        let key: string;
        try {
          key = JSON.parse(input.slice(i, end + 1)) as string;
        } catch {
          yield* this.broken(line, 'invalid characters in a member name', text);
          return;
        }
        frame.key = key;
        frame.expect = 'colon';
        i = end + 1;
        continue;
      }
      if (frame.expect === 'colon') {
        if (c !== ':') {
          yield* this.broken(line, 'expected ":" after a member name', text);
          return;
        }
        frame.expect = 'value';
        i += 1;
        continue;
      }
      if (frame.expect === 'comma') {
        if (c === ',') {
          frame.expect = frame.kind === 'obj' ? 'key' : 'value';
          i += 1;
          continue;
        }
        if (c === '}' || c === ']') {
          i = yield* this.close(frame, c, i, line, text);
          if (this.resync) return;
          continue;
        }
        yield* this.broken(line, `expected "," or a closing bracket, found "${c}"`, text);
        return;
      }
      // expect === 'value'
      if (c === ']' && frame.kind === 'arr') {
        i = yield* this.close(frame, c, i, line, text);
        if (this.resync) return;
        continue;
      }
      i = this.startValue(frame, c, i, line);
    }
  }

  /** Call at the end of input: a record or document still open is reported. */
  *end(line: number): Generator<JsonEvent> {
    if (this.capture) {
      const cap = this.capture;
      this.capture = null;
      yield { type: 'bad-value', role: cap.role, line: cap.line, reason: 'JSON syntax error: the record is not closed before the end of the input', raw: cap.parts.join('') };
    }
    if (this.stack.length > 0) yield { type: 'broken', line, reason: 'JSON document not closed before the end of the input', raw: '' };
    this.stack = [];
  }

  private startValue(frame: Frame, c: string, i: number, line: number): number {
    frame.expect = 'comma';
    const child = childRole(frame, c);
    if (typeof child === 'string') {
      this.stack.push({ kind: c === '{' ? 'obj' : 'arr', role: child, expect: c === '{' ? 'key' : 'value', key: '' });
      return i + 1;
    }
    this.capture = {
      role: child.role, key: frame.key, line, parts: [], size: 0, store: child.store, tooLarge: false, badUtf8: false,
      closers: [], inString: false, escape: false, primitive: c !== '{' && c !== '[' && c !== '"',
    };
    return i;
  }

  /** Scans the current record from `i`; returns where scanning stopped. */
  private *continueCapture(input: string, start: number): Generator<JsonEvent, number> {
    const cap = this.capture as Capture;
    let i = start;
    let done = false;
    let mismatch = false;
    for (; i < input.length; i++) {
      const c = input[i];
      if (cap.inString) {
        if (cap.escape) cap.escape = false;
        else if (c === '\\') cap.escape = true;
        else if (c === '"') {
          cap.inString = false;
          if (cap.closers.length === 0) {
            i += 1;
            done = true;
            break;
          }
        }
        continue;
      }
      if (cap.primitive) {
        if (PRIMITIVE_END.has(c)) {
          done = true;
          break;
        }
        continue;
      }
      if (c === '"') cap.inString = true;
      else if (c === '{') cap.closers.push('}');
      else if (c === '[') cap.closers.push(']');
      else if (c === '}' || c === ']') {
        if (cap.closers.pop() !== c) {
          mismatch = true;
          i += 1;
          break;
        }
        if (cap.closers.length === 0) {
          i += 1;
          done = true;
          break;
        }
      }
    }
    this.append(cap, input.slice(start, i));
    if (mismatch) {
      this.capture = null;
      yield { type: 'bad-value', role: cap.role, line: cap.line, reason: 'JSON syntax error: mismatched brackets', raw: cap.parts.join('') };
      this.resync = true;
      return input.length;
    }
    if (!done) return i;
    this.capture = null;
    if (!cap.store) return i;
    if (cap.tooLarge) yield { type: 'bad-value', role: cap.role, line: cap.line, reason: `JSON record larger than ${this.maxRecordChars} characters`, raw: cap.parts.join('') };
    else if (cap.badUtf8) yield { type: 'bad-value', role: cap.role, line: cap.line, reason: 'invalid UTF-8 bytes in the record', raw: cap.parts.join('') };
    else yield { type: 'value', role: cap.role, key: cap.key, line: cap.line, text: cap.parts.join('') };
    return i;
  }

  private append(cap: Capture, piece: string): void {
    if (!cap.store) return;
    if (cap.tooLarge) return;
    if (cap.size + piece.length > this.maxRecordChars) {
      cap.tooLarge = true;
      // Keep a preview only; the rest is scanned but not stored.
      cap.parts = [cap.parts.join('').slice(0, 200)];
      return;
    }
    cap.parts.push(piece);
    cap.size += piece.length;
  }

  private *close(frame: Frame, c: string, i: number, line: number, text: string): Generator<JsonEvent, number> {
    if ((c === '}') !== (frame.kind === 'obj')) {
      yield* this.broken(line, 'JSON syntax error: mismatched brackets', text);
      return i + 1;
    }
    this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    if (!parent) yield { type: 'doc-end', line };
    return i + 1;
  }

  private *broken(line: number, reason: string, raw: string): Generator<JsonEvent> {
    yield { type: 'broken', line, reason: `${reason}; skipped to the next line that opens an object`, raw };
    this.resync = true;
  }

  private recordArrayOnStack(): boolean {
    return this.stack.some((f) => f.role === 'top-array' || f.role === 'data-array' || f.role === 'records-array' || f.role === 'users-array');
  }

  private popToRecordArray(): void {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      if (top.role === 'top-array' || top.role === 'data-array' || top.role === 'records-array' || top.role === 'users-array') {
        top.expect = 'value';
        return;
      }
      this.stack.pop();
    }
  }
}

/** Either a frame role to descend into, or how to capture the value. */
function childRole(frame: Frame, c: string): FrameRole | { role: JsonRole; store: boolean } {
  switch (frame.role) {
    case 'top-array':
      return { role: 'item', store: true };
    case 'data-array':
      return { role: 'data', store: true };
    case 'users-array':
      return { role: 'user', store: true };
    case 'records-array':
      return { role: 'record', store: true };
    case 'top-object':
      if (RECORD_ARRAYS.has(frame.key) && c === '[') return 'records-array';
      if (frame.key === 'data') return c === '[' ? 'data-array' : { role: 'data', store: true };
      if (frame.key === 'includes' && c === '{') return 'includes';
      return { role: 'member', store: true };
    case 'includes':
      if (frame.key === 'users' && c === '[') return 'users-array';
      return { role: 'member', store: false };
    default:
      return { role: 'member', store: false };
  }
}

/** Index of the quote closing a string that starts at `from`, or -1 within this line. */
function stringEnd(input: string, from: number): number {
  for (let i = from; i < input.length; i++) {
    if (input[i] === '\\') i += 1;
    else if (input[i] === '"') return i;
  }
  return -1;
}
