import { RumorDeskError } from '../../core/errors';

/** How an input's bytes become text: passed through as UTF-8, or transcoded from another encoding. */
export interface DecodedInput {
  /** UTF-8 bytes, whatever the source encoding was. */
  chunks: AsyncIterable<Buffer>;
  /** The encoding read (WHATWG name), or `utf-8` when it is UTF-8 or not yet known. */
  encoding: string;
  /** True when the encoding is UTF-8 by default, so a Windows-1252 file may still be recognised line by line. */
  mayFallBack: boolean;
}

const SNIFF_BYTES = 1024;

/**
 * Normalises an input stream to UTF-8 bytes without holding more than one chunk. A byte-order mark
 * decides (UTF-8, UTF-16 LE/BE); without one, a sample where every other byte is zero is UTF-16
 * (ASCII text in UTF-16 has a zero high byte); `forced` (any WHATWG label Node's `TextDecoder`
 * knows, e.g. `windows-1252`, `utf-16le`, `latin1`) overrides detection. Everything else is
 * passed through as UTF-8, and `readLines` recognises a Windows-1252 file on its first bad line.
 *
 * @example const { chunks, encoding } = await decodeInput(fs.createReadStream('meltwater.tsv')); // encoding 'utf-16le'
 * @throws RumorDeskError UNKNOWN_FORMAT when `forced` is not an encoding name TextDecoder knows.
 */
export async function decodeInput(input: AsyncIterable<Buffer | string>, forced?: string): Promise<DecodedInput> {
  let forcedName: string | undefined;
  if (forced !== undefined && forced !== '') {
    try {
      forcedName = new TextDecoder(forced).encoding;
    } catch {
      throw new RumorDeskError('UNKNOWN_FORMAT', `unknown encoding "${forced}"; use a name such as utf-8, utf-16le, utf-16be, windows-1252, iso-8859-15`);
    }
  }
  const source = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < SNIFF_BYTES) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    const buf = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    head.push(Buffer.from(buf));
    size += buf.length;
  }
  const sample = Buffer.concat(head, size);
  const encoding = forcedName ?? sniffEncoding(sample);
  const all = (async function* (): AsyncGenerator<Buffer> {
    if (sample.length) yield sample;
    if (ended) return;
    for (let next = await source.next(); !next.done; next = await source.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    }
  })();
  if (encoding === 'utf-8') return { chunks: all, encoding, mayFallBack: forcedName === undefined };
  return { chunks: transcode(all, encoding), encoding, mayFallBack: false };
}

/**
 * The encoding a file's first bytes show: its BOM, else UTF-16 when zero bytes fill one of the two
 * byte positions, else `utf-8`.
 *
 * @example sniffEncoding(Buffer.from([0xff, 0xfe, 0x41, 0])) // 'utf-16le'
 */
export function sniffEncoding(sample: Buffer): string {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample.length >= 2 && sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample.length >= 2 && sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const pairs = Math.floor(Math.min(sample.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return 'utf-8';
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZero += 1;
    if (sample[i + 1] === 0) oddZero += 1;
  }
  if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}

async function* transcode(chunks: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<Buffer> {
  // TextDecoder drops the BOM and keeps a sequence split across chunks for the next call.
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest) yield Buffer.from(rest, 'utf8');
}
