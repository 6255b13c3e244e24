import { isUtf8 } from 'node:buffer';

/** One physical line of the input, decoded, without its line break. */
export interface SourceLine {
  /** 1-based. */
  no: number;
  text: string;
  /** The line's bytes are not valid UTF-8 (the text then holds U+FFFD replacements). */
  badUtf8: boolean;
  /** The line was longer than the cap; `text` holds only its start. */
  oversized: boolean;
}

const NEWLINE = 0x0a;
const OVERSIZED_KEEP_BYTES = 1024;
/** Codes Windows-1252 leaves undefined, and the FE/FF of a stray byte-order mark: not Windows-1252 text. */
const NOT_CP1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xfe, 0xff]);

export interface ReadLinesOptions {
  /**
   * Called once if the input turns out to be Windows-1252 (the first undecodable line comes before
   * any multi-byte UTF-8 and its high bytes are all Windows-1252 text); without it, undecodable
   * lines are only marked `badUtf8`.
   */
  onWindows1252?: (line: number) => void;
}

/**
 * Splits a byte (or string) stream into lines without ever holding more than one capped line.
 * We split on bytes rather than decoded text because 0x0A never occurs inside a UTF-8 sequence,
 * which lets us validate each line's bytes exactly: a U+FFFD that was really in the source stays
 * valid, only undecodable bytes mark the line as bad. A UTF-8 byte-order mark on line 1 is dropped;
 * a trailing `\r` (CRLF files) is removed. With `onWindows1252`, a file saved by Excel in
 * Windows-1252 is recognised on its first non-ASCII line: every line before it was ASCII (the same
 * in both encodings), so reading it and all later lines as Windows-1252 reads the whole file so.
 *
 * @example for await (const l of readLines(fs.createReadStream(f), 2 ** 21)) console.log(l.no, l.text)
 */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxLineBytes: number, options: ReadLinesOptions = {}): AsyncGenerator<SourceLine> {
  let parts: Buffer[] = [];
  let canFallBack = options.onWindows1252 !== undefined;
  let cp1252 = false;
  let size = 0;
  let oversized = false;
  let no = 0;

  const finish = (): SourceLine => {
    no += 1;
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, Math.min(size, oversized ? OVERSIZED_KEEP_BYTES : size));
    if (no === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    let text = cp1252 ? decode1252(bytes) : bytes.toString('utf8');
    // isUtf8 only runs on the rare lines that decoded with a replacement character.
    let badUtf8 = !cp1252 && text.includes('\uFFFD') && !isUtf8(bytes);
    if (canFallBack) {
      if (badUtf8 && !oversized && bytes.every((b) => !NOT_CP1252.has(b))) {
        cp1252 = true;
        text = decode1252(bytes);
        badUtf8 = false;
        options.onWindows1252?.(no);
        canFallBack = false;
      } else if (badUtf8 || text.length !== bytes.length) {
        // Real UTF-8 (or a line of garbage) came first: the file is UTF-8, bad lines are rejects.
        canFallBack = false;
      }
    }
    const line: SourceLine = { no, text, badUtf8, oversized };
    parts = [];
    size = 0;
    oversized = false;
    return line;
  };

  const append = (piece: Buffer): void => {
    if (oversized) return;
    if (size + piece.length > maxLineBytes) {
      oversized = true;
      const room = Math.max(0, OVERSIZED_KEEP_BYTES - size);
      if (room > 0) parts.push(Buffer.from(piece.subarray(0, room)));
      size = Math.min(size + piece.length, OVERSIZED_KEEP_BYTES);
      return;
    }
    parts.push(piece);
    size += piece.length;
  };

  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
      append(buf.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    // Copy the tail: the caller's chunk buffer may be reused once we return to the loop.
    if (start < buf.length) append(Buffer.from(buf.subarray(start)));
  }
  if (size > 0 || parts.length > 0 || oversized) yield finish();
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F. The table for those 32 bytes is taken once
 * from TextDecoder's streaming path (Node 20's one-shot `decode()` for windows-1252 takes a Latin-1
 * fast path: 0x93 would become U+0093, not a curly quote); a line is decoded as Latin-1 natively
 * and only the rare C1 characters are swapped, which keeps this about as fast as UTF-8.
 */
const C1_TO_1252 = new TextDecoder('windows-1252').decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), { stream: true });
const C1 = /[\u0080-\u009f]/g;
const HAS_C1 = /[\u0080-\u009f]/;

function decode1252(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  return HAS_C1.test(text) ? text.replace(C1, (c) => C1_TO_1252[c.charCodeAt(0) - 0x80] ?? c) : text;
}
