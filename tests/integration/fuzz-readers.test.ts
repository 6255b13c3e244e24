import { Readable } from 'stream';
import { ERROR_CATALOGUE, isRumorDeskError } from '../../src/core/errors';
import { INPUT_FORMATS, readPosts, type InputFormat, type ReaderItem } from '../../src/usecases/batch';
import { postInputSchema } from '../../src/usecases/posts/post-input';
import { memoryDesk } from '../helpers/desk';
import { hostileFile, randomChunks } from '../helpers/fuzz-files';
import { Rng } from '../helpers/fuzz-values';

const SEED = Number(process.env.FUZZ_SEED ?? 7_2026);
const CASES = Number(process.env.FUZZ_READER_CASES ?? 2500);
/** Small, so that the fuzzer's long lines and fields hit the size limits often. */
const MAX_FIELD_BYTES = 4096;
/** Every how many inputs the rows also go through the real ingest pipeline. */
const INGEST_EVERY = 25;
const ORDERED = new Set<string>(['csv', 'tsv', 'jsonl', 'text']);

async function readAll(rng: Rng, bytes: Buffer, format: InputFormat): Promise<ReaderItem[]> {
  const items: ReaderItem[] = [];
  const fileName = rng.chance(0.2) ? rng.pick(['posts.csv', 'x.json', 'a.txt', 'noext', 'evil.jsonl\u0000.csv']) : undefined;
  for await (const item of readPosts(Readable.from(randomChunks(rng, bytes)), { format, fileName, maxFieldBytes: MAX_FIELD_BYTES })) items.push(item);
  return items;
}

describe('fuzzing the batch readers', () => {
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  it(`reads ${CASES} hostile files in every format into rows and rejects, never crashing`, async () => {
    const rng = new Rng(SEED);
    const failures: string[] = [];
    const handle = memoryDesk();
    let rows = 0;
    let rejects = 0;
    let refused = 0;
    try {
      for (let i = 0; i < CASES; i++) {
        const format = INPUT_FORMATS[i % INPUT_FORMATS.length] as InputFormat;
        const bytes = hostileFile(rng, format);
        const where = `case ${i} (seed ${SEED}, ${format}, ${bytes.length} bytes: ${JSON.stringify(bytes.subarray(0, 80).toString('latin1'))})`;
        let items: ReaderItem[];
        try {
          items = await readAll(rng, bytes, format);
        } catch (err) {
          // The documented throws: unusable input as a whole (e.g. a CSV with no text column).
          if (isRumorDeskError(err) && err.code in ERROR_CATALOGUE) {
            refused += 1;
            continue;
          }
          failures.push(`${where}: threw ${(err as Error)?.stack?.split("\n").slice(0, 4).join(" | ") ?? String(err)}`);
          continue;
        }
        let lastLine = 0;
        for (const item of items) {
          if (!Number.isInteger(item.line) || item.line < 1) failures.push(`${where}: line ${item.line}`);
          // An X v2 page's tweets wait for the page's users, so only line-by-line formats keep strict order.
          if (ORDERED.has(format) && item.line < lastLine) failures.push(`${where}: line ${item.line} after ${lastLine}`);
          lastLine = item.line;
          if (item.kind === 'reject') {
            rejects += 1;
            if (typeof item.reason !== 'string' || !item.reason) failures.push(`${where}: reject without a reason`);
            if (item.raw !== undefined && item.raw.length > 200) failures.push(`${where}: raw preview of ${item.raw.length} chars`);
          } else {
            rows += 1;
            if (Object.getPrototypeOf(item.row) !== Object.prototype && Object.getPrototypeOf(item.row) !== null) failures.push(`${where}: row with a foreign prototype`);
            postInputSchema.safeParse(item.row);
          }
        }
        if (i % INGEST_EVERY === 0) {
          const batch = items.filter((it) => it.kind === 'row').map((it) => (it.kind === 'row' ? it.row : null));
          if (batch.length) {
            try {
              handle.desk.ingestPosts(batch);
            } catch (err) {
              failures.push(`${where}: ingest threw ${String(err)}`);
            }
          }
        }
        if (failures.length >= 25) break;
      }
      expect(failures).toEqual([]);
      expect(handle.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      handle.close();
    }
    // Not vacuous: hostile files produce both rows and rejects.
    expect(rows).toBeGreaterThan(CASES / 2);
    expect(rejects).toBeGreaterThan(CASES / 4);
    expect(refused).toBeLessThan(CASES / 2);
  }, 120_000);

  it('leaves Object.prototype unpolluted', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
