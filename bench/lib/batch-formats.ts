/**
 * The export formats bench:batch --format compares with plain UTF-8 CSV: the same generated posts
 * written as UTF-16 LE TSV (with BOM, as Meltwater writes), Windows-1252 semicolon CSV (as Excel
 * saves it in many locales) and an .xlsx workbook. Files are written a batch of rows at a time.
 */
import { closeSync, openSync, writeSync } from 'fs';
import type { DemoPost } from '../generate-demo';
import { writeXlsx } from './write-xlsx';

export const BENCH_FORMATS = ['utf16-tsv', 'cp1252-csv', 'xlsx'] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number] | 'utf8-csv';

const HEADER = ['id', 'platform', 'author', 'text', 'created_at', 'likes', 'url'];

function cells(p: DemoPost, i: number): string[] {
  // Every tenth post carries Windows-1252 letters and punctuation, so no format is pure ASCII.
  const text = i % 10 === 1 ? `Café “update” – ${p.text}` : p.text;
  return [p.id, p.platform, p.author.handle ?? '', text, p.posted_at, String(p.engagement.likes), p.url ?? ''];
}

function quote(value: string, delimiter: string): string {
  return value.includes('"') || value.includes(delimiter) || value.includes('\n') ? `"${value.replace(/"/g, '""')}"` : value;
}

const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99 };

function encode1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 63;
    out[n++] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (CP1252[ch] ?? 0x3f);
  }
  return out.subarray(0, n);
}

/** Writes `posts` to `file` in `format`. */
export async function writeBenchFile(format: BenchFormat, file: string, posts: Iterable<DemoPost>): Promise<void> {
  if (format === 'xlsx') {
    const rows = (function* () {
      yield HEADER;
      let i = 0;
      for (const p of posts) yield cells(p, i++);
    })();
    await writeXlsx(file, [{ name: 'Posts', rows }]);
    return;
  }
  const delimiter = format === 'utf16-tsv' ? '\t' : format === 'cp1252-csv' ? ';' : ',';
  const encode = (s: string): Buffer => (format === 'utf16-tsv' ? Buffer.from(s, 'utf16le') : format === 'cp1252-csv' ? encode1252(s) : Buffer.from(s, 'utf8'));
  const fd = openSync(file, 'w');
  if (format === 'utf16-tsv') writeSync(fd, Buffer.from([0xff, 0xfe]));
  let batch: string[] = [HEADER.join(delimiter)];
  let i = 0;
  const flush = () => {
    writeSync(fd, encode(batch.join('\r\n') + '\r\n'));
    batch = [];
  };
  for (const p of posts) {
    // A TSV field cannot hold a tab or line break; the generated texts have neither.
    batch.push(cells(p, i++).map((c) => quote(c, delimiter)).join(delimiter));
    if (batch.length >= 10_000) flush();
  }
  if (batch.length) flush();
  closeSync(fd);
}
