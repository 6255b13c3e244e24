import { RumorDeskError } from '../../core/errors';
import type { Platform } from '../../core/types';
import { decodeInput } from './decode-input';
import { detectFormat } from './detect-format';
import { ObjectMapper } from './map-object';
import { platformFromName } from './platform-name';
import { presetByName } from './presets';
import { readDelimited } from './read-delimited';
import { readJson } from './read-json';
import { readJsonLines } from './read-jsonl';
import { readLines, type SourceLine } from './read-lines';
import { readTextLines } from './read-text';
import { readXlsx } from './read-xlsx';
import { sniffBytes } from './sniff-bytes';
import { readWhatsApp } from './read-whatsapp';
import { DELIMITERS, findHeader } from './sniff-table';
import { DEFAULT_MAX_FIELD_BYTES, INPUT_FORMATS, type ReadOptions, type ReaderItem } from './reader-types';
import type { CanonicalContext } from './to-canonical';
import { prepend } from './prepend';

/** How much of the input format detection may look at. */
const SNIFF_LINES = 40;
const SNIFF_CHARS = 64 * 1024;

/**
 * Streams any supported export into canonical post rows and rejects, in source order. The bytes
 * are decoded first (`decodeInput`: BOM, UTF-16, `--encoding`; Windows-1252 recognised by
 * `readLines`), and a delimited file's header row and delimiter are found in its first lines
 * (`findHeader`), a report preamble above it skipped. Memory
 * stays flat whatever the file size: lines are read one at a time and only one record (or one
 * X v2 page) is held. Bad records become `reject` items; the only throws are for unusable input:
 * an unknown format or platform, a bad `--map` (synchronously), or a CSV with no text column
 * (on the first `next()`).
 *
 * @example
 * for await (const item of readPosts(fs.createReadStream('posts.csv'), {format: 'auto', fileName: 'posts.csv'})) {
 *   if (item.kind === 'row') postInputSchema.parse(item.row); else console.log(item.line, item.reason);
 * }
 * @throws RumorDeskError UNKNOWN_FORMAT / VALIDATION_FAILED
 */
export function readPosts(input: AsyncIterable<Buffer | string>, options: ReadOptions): AsyncGenerator<ReaderItem> {
  if (!(INPUT_FORMATS as readonly string[]).includes(options.format)) {
    throw new RumorDeskError('UNKNOWN_FORMAT', `unknown input format "${String(options.format)}"; use one of ${INPUT_FORMATS.join(', ')}`);
  }
  let platform: Platform | null = null;
  if (options.dateOrder !== undefined && options.dateOrder !== 'dmy' && options.dateOrder !== 'mdy') {
    throw new RumorDeskError('VALIDATION_FAILED', `--date-order is dmy or mdy, not "${String(options.dateOrder)}"`);
  }
  if (options.platform !== undefined && options.platform !== '') {
    platform = platformFromName(options.platform);
    if (!platform) throw new RumorDeskError('VALIDATION_FAILED', `unknown platform "${options.platform}"`);
  }
  const maxFieldBytes = options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES;
  if (!Number.isInteger(maxFieldBytes) || maxFieldBytes < 1) throw new RumorDeskError('VALIDATION_FAILED', 'maxFieldBytes must be a positive integer');
  const ctx: CanonicalContext = { platform, maxFieldBytes };
  return dispatch(input, options, options.map ?? {}, ctx);
}

async function* dispatch(input: AsyncIterable<Buffer | string>, options: ReadOptions, map: Record<string, string>, ctx: CanonicalContext): AsyncGenerator<ReaderItem> {
  // A record may be up to two maximal fields plus the rest of its columns.
  const maxLineBytes = ctx.maxFieldBytes * 2 + 64 * 1024;
  const forcedPreset = presetByName(options.format);
  const xlsxByName = (options.format === 'auto' || forcedPreset !== null) && /\.xlsx$/i.test(options.fileName ?? '');
  if (options.format === 'xlsx' || xlsxByName) return yield* readXlsx(input, { sheet: options.sheet, map, preset: forcedPreset }, ctx);
  const sniffed = await sniffBytes(input);
  if (sniffed.kind === 'empty') throw new RumorDeskError('UNKNOWN_FORMAT', 'the input is empty (0 bytes): nothing to score');
  // A workbook on stdin or under another name: read as one, not as lines of zip bytes.
  if (sniffed.kind === 'zip' && (options.format === 'auto' || forcedPreset !== null)) return yield* readXlsx(sniffed.input, { sheet: options.sheet, map, preset: forcedPreset }, ctx);
  const decoded = await decodeInput(sniffed.input, options.encoding);
  let encoding = decoded.encoding;
  const notice = options.onNotice ?? (() => undefined);
  if (encoding !== 'utf-8') notice(`read as ${encoding}${options.encoding ? ' (--encoding)' : ' (detected)'}`);
  const onWindows1252 = decoded.mayFallBack
    ? (line: number) => {
        encoding = 'windows-1252';
        notice(`not valid UTF-8 (first at line ${line}): the whole file is read as Windows-1252; force another with --encoding`);
      }
    : undefined;
  const source = readLines(decoded.chunks, maxLineBytes, { onWindows1252 });
  let format = forcedPreset ? 'auto' : options.format;
  let peeked: SourceLine[] | null = null;
  if (format === 'auto' || format === 'csv' || format === 'tsv') {
    peeked = await peek(source);
    const odd = binaryShare(peeked);
    if (odd > BINARY_SHARE) {
      throw new RumorDeskError('UNKNOWN_FORMAT', `not a text export: ${Math.round(odd * 100)}% of the first ${peeked.length} lines are control characters or bytes that are not ${encoding}; if it is text in another encoding, name it with --encoding NAME`);
    }
    if (format === 'auto') format = detectFormat(peeked.map((l) => l.text), options.fileName, map, forcedPreset);
  }
  const mapper = new ObjectMapper(map, ctx, forcedPreset);
  if ((format === 'csv' || format === 'tsv') && peeked) {
    const delimiters = format === 'tsv' ? ['\t'] : DELIMITERS;
    const header = findHeader(peeked.map((l) => l.text), delimiters, map, forcedPreset);
    const tried = `delimiters ${delimiters.map((d) => (d === '\t' ? 'tab' : d)).join(' ')} on the first ${peeked.length} lines, read as ${encoding}`;
    // Lines above the header are a report preamble: dropped here, before any record framing.
    const lines = prepend(header ? peeked.slice(header.index) : peeked, source);
    return yield* readDelimited(lines, header?.delimiter ?? delimiters[0], map, ctx, tried, forcedPreset);
  }
  const lines: AsyncIterable<SourceLine> = peeked ? prepend(peeked, source) : source;
  switch (format) {
    case 'jsonl':
      return yield* readJsonLines(lines, mapper);
    case 'json':
    case 'x-v2':
    case 'telegram':
    case 'reddit':
    case 'bluesky':
    case 'youtube':
      return yield* readJson(lines, mapper, maxLineBytes);
    case 'text':
      return yield* readTextLines(lines, ctx);
    case 'whatsapp':
      return yield* readWhatsApp(lines, ctx, { dateOrder: options.dateOrder, onNotice: notice });
    default:
      throw new RumorDeskError('UNKNOWN_FORMAT', `unknown input format "${String(format)}"`);
  }
}

/** Above this share of odd characters a sample is binary data (random bytes: about 60%), not an export. */
const BINARY_SHARE = 0.1;

/** The share of a sample's characters that no text export holds: NUL and other C0 controls, undecodable bytes. */
function binaryShare(lines: SourceLine[]): number {
  let all = 0;
  let odd = 0;
  for (const line of lines) {
    all += line.text.length;
    // Control characters are what this looks for.
    // eslint-disable-next-line no-control-regex
    odd += line.text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  }
  return all >= 16 ? odd / all : 0;
}

async function peek(source: AsyncIterator<SourceLine>): Promise<SourceLine[]> {
  const taken: SourceLine[] = [];
  let chars = 0;
  while (taken.length < SNIFF_LINES && chars < SNIFF_CHARS) {
    const next = await source.next();
    if (next.done) break;
    taken.push(next.value);
    chars += next.value.text.length;
  }
  return taken;
}

