import fs from 'node:fs';
import path from 'node:path';
import { readPosts, type ReadOptions, type ReaderItem } from '../../../src/usecases/batch';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/batch');

/** All items a reader yields for a fixture file, streamed from disk in small chunks. */
export async function readFixture(name: string, options: Partial<ReadOptions> = {}): Promise<ReaderItem[]> {
  const stream = fs.createReadStream(path.join(FIXTURES, name), { highWaterMark: 64 });
  return collect(readPosts(stream, { format: 'auto', fileName: name, ...options }));
}

/** All items for in-memory input, given as chunks (strings or bytes). */
export async function readChunks(chunks: (string | Buffer)[], options: ReadOptions): Promise<ReaderItem[]> {
  async function* source(): AsyncGenerator<string | Buffer> {
    yield* chunks;
  }
  return collect(readPosts(source(), options));
}

export async function collect(gen: AsyncIterable<ReaderItem>): Promise<ReaderItem[]> {
  const out: ReaderItem[] = [];
  for await (const item of gen) out.push(item);
  return out;
}

export const rows = (items: ReaderItem[]) => items.flatMap((i) => (i.kind === 'row' ? [i] : []));
export const rejects = (items: ReaderItem[]) => items.flatMap((i) => (i.kind === 'reject' ? [i] : []));
