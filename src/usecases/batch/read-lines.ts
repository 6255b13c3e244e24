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

/**
 * Splits a byte (or string) stream into lines without ever holding more than one capped line.
 * We split on bytes rather than decoded text because 0x0A never occurs inside a UTF-8 sequence,
 * which lets us validate each line's bytes exactly: a U+FFFD that was really in the source stays
 * valid, only undecodable bytes mark the line as bad. A UTF-8 byte-order mark on line 1 is dropped;
 * a trailing `\r` (CRLF files) is removed.
 *
 * @example for await (const l of readLines(fs.createReadStream(f), 2 ** 21)) console.log(l.no, l.text)
 */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<SourceLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  let no = 0;

  const finish = (): SourceLine => {
    no += 1;
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, Math.min(size, oversized ? OVERSIZED_KEEP_BYTES : size));
    if (no === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const text = bytes.toString('utf8');
    // isUtf8 only runs on the rare lines that decoded with a replacement character.
    const badUtf8 = text.includes('\uFFFD') && !isUtf8(bytes);
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
