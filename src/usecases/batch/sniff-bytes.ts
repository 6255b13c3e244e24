import { RumorDeskError } from '../../core/errors';
import { prepend } from './prepend';

/** What an input's first bytes say before any decoding: nothing, a zip (an .xlsx), or text. */
export type ByteKind = 'empty' | 'zip' | 'text';

export interface SniffedInput {
  kind: ByteKind;
  /** The same input, its first bytes put back. */
  input: AsyncIterable<Buffer | string>;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: Excel 97–2003 `.xls` (and other Office files of that age). */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Reads an input's first bytes to tell an empty input and a workbook from text, whatever the file
 * is called or wherever it comes from (stdin, a renamed file). An `.xls` workbook is refused here:
 * exceljs reads only `.xlsx`.
 *
 * @example (await sniffBytes(fs.createReadStream('mentions.csv'))).kind // 'zip' when it is really an .xlsx
 * @throws RumorDeskError UNKNOWN_FORMAT for an Excel 97–2003 workbook.
 */
export async function sniffBytes(input: AsyncIterable<Buffer | string>): Promise<SniffedInput> {
  const source = input[Symbol.asyncIterator]();
  const head: (Buffer | string)[] = [];
  let bytes = Buffer.alloc(0);
  while (bytes.length < OLE2.length) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
    bytes = Buffer.concat([bytes, typeof next.value === 'string' ? Buffer.from(next.value) : next.value]);
  }
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) {
    throw new RumorDeskError('UNKNOWN_FORMAT', 'this is an Excel 97–2003 workbook (.xls), which Rumor Desk does not read: save it as .xlsx or CSV');
  }
  const kind: ByteKind = bytes.length === 0 ? 'empty' : bytes.subarray(0, ZIP.length).equals(ZIP) ? 'zip' : 'text';
  return { kind, input: prepend(head, source) };
}
