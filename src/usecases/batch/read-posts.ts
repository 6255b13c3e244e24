import { RumorDeskError } from '../../core/errors';
import type { Platform } from '../../core/types';
import { detectFormat } from './detect-format';
import { ObjectMapper } from './map-object';
import { platformFromName } from './platform-name';
import { readDelimited } from './read-delimited';
import { readJson } from './read-json';
import { readJsonLines } from './read-jsonl';
import { readLines, type SourceLine } from './read-lines';
import { readTextLines } from './read-text';
import { DEFAULT_MAX_FIELD_BYTES, INPUT_FORMATS, type InputFormat, type ReadOptions, type ReaderItem } from './reader-types';
import type { CanonicalContext } from './to-canonical';

/** How much of the input format detection may look at. */
const SNIFF_LINES = 40;
const SNIFF_CHARS = 64 * 1024;

/**
 * Streams any supported export into canonical post rows and rejects, in source order. Memory
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
  if (options.platform !== undefined && options.platform !== '') {
    platform = platformFromName(options.platform);
    if (!platform) throw new RumorDeskError('VALIDATION_FAILED', `unknown platform "${options.platform}"`);
  }
  const maxFieldBytes = options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES;
  if (!Number.isInteger(maxFieldBytes) || maxFieldBytes < 1) throw new RumorDeskError('VALIDATION_FAILED', 'maxFieldBytes must be a positive integer');
  const ctx: CanonicalContext = { platform, maxFieldBytes };
  return dispatch(input, options.format, options.map ?? {}, options.fileName, ctx);
}

async function* dispatch(
  input: AsyncIterable<Buffer | string>,
  requested: InputFormat,
  map: Record<string, string>,
  fileName: string | undefined,
  ctx: CanonicalContext,
): AsyncGenerator<ReaderItem> {
  // A record may be up to two maximal fields plus the rest of its columns.
  const maxLineBytes = ctx.maxFieldBytes * 2 + 64 * 1024;
  const source = readLines(input, maxLineBytes);
  let lines: AsyncIterable<SourceLine> = source;
  let format = requested;
  if (format === 'auto') {
    const peeked = await peek(source);
    format = detectFormat(peeked.map((l) => l.text), fileName, map);
    lines = prepend(peeked, source);
  }
  const mapper = new ObjectMapper(map, ctx);
  switch (format) {
    case 'csv':
      return yield* readDelimited(lines, ',', map, ctx);
    case 'tsv':
      return yield* readDelimited(lines, '\t', map, ctx);
    case 'jsonl':
      return yield* readJsonLines(lines, mapper);
    case 'json':
    case 'x-v2':
      return yield* readJson(lines, mapper, maxLineBytes);
    case 'text':
      return yield* readTextLines(lines, ctx);
    default:
      throw new RumorDeskError('UNKNOWN_FORMAT', `unknown input format "${String(format)}"`);
  }
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

async function* prepend(head: SourceLine[], rest: AsyncIterator<SourceLine>): AsyncGenerator<SourceLine> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
