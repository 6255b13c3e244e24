/** Bytes per arena block: large enough that a million-row table needs only a handful. */
const BLOCK_BYTES = 16 * 1024 * 1024;

/**
 * A workbook's shared-string table held as UTF-8 bytes outside the JavaScript heap. An export
 * written the way Excel writes it keeps almost every cell (ids, dates, URLs, texts) in this table,
 * several strings per row, and the table comes before any row can be read. Kept as JavaScript
 * strings, a million-row sheet's table was several million small strings, each pinning the
 * UTF-16 XML chunk it was sliced from, and every full GC walked them all. Here each string is
 * its bytes in an arena block and three numbers; it becomes a string again only when a row asks.
 *
 * @example
 * const table = new SharedStrings();
 * table.set(0, 'Café “update”');
 * table.get(0); // 'Café “update”'
 */
export class SharedStrings {
  private readonly blocks: Buffer[] = [];
  private used = BLOCK_BYTES;
  /** Per index: block, start and end offsets, packed three numbers an entry (blocks are < 4 GB). */
  private spans = new Uint32Array(3 * 1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Stores string `index`; exceljs hands them over in index order, but gaps are tolerated. */
  set(index: number, text: string): void {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (this.used + bytes > BLOCK_BYTES) {
      this.blocks.push(Buffer.allocUnsafe(Math.max(BLOCK_BYTES, bytes)));
      this.used = 0;
    }
    const block = this.blocks.length - 1;
    const start = this.used;
    this.used += (this.blocks[block] as Buffer).write(text, start, 'utf8');
    this.reserve(index + 1);
    this.spans[3 * index] = block;
    this.spans[3 * index + 1] = start;
    this.spans[3 * index + 2] = this.used;
    this.count = Math.max(this.count, index + 1);
  }

  /** String `index`, or undefined when the table has none (a damaged workbook). */
  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const at = 3 * index;
    const block = this.blocks[this.spans[at] as number];
    return block?.toString('utf8', this.spans[at + 1], this.spans[at + 2]);
  }

  private reserve(entries: number): void {
    if (3 * entries <= this.spans.length) return;
    const grown = new Uint32Array(Math.max(3 * entries, this.spans.length * 2));
    grown.set(this.spans);
    this.spans = grown;
  }
}
