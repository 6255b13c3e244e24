import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readAgainIfSheetNamesLost } from '../../../src/usecases/batch/xlsx-off-thread';

const FIXTURE = path.resolve(__dirname, '../../fixtures/exports/brandwatch-mentions.xlsx');
// What exceljs 4.4's streaming reader throws when it has lost xl/workbook.xml (exceljs #3064).
const LOST = "not a readable .xlsx workbook (tried exceljs's streaming reader): Cannot read properties of undefined (reading 'sheets')";

/** A reader that fails as exceljs does on its first `failures` reads, then yields the input's first bytes. */
function flakyReader(failures: number, failAfterYield = false) {
  const inputs: AsyncIterable<Buffer | string>[] = [];
  const read = async function* (input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
    inputs.push(input);
    if (failAfterYield) yield 'row';
    if (inputs.length <= failures) throw new Error(LOST);
    for await (const chunk of input) {
      yield `bytes:${chunk.length > 0}`;
      break;
    }
  };
  return { read, inputs };
}

async function collect(events: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const e of events) out.push(e);
  return out;
}

describe('readAgainIfSheetNamesLost', () => {
  it('reads a workbook file once more from its start when exceljs loses the sheet names', async () => {
    const { read, inputs } = flakyReader(1);
    expect(await collect(readAgainIfSheetNamesLost(fs.createReadStream(FIXTURE), read))).toEqual(['bytes:true']);
    expect(inputs).toHaveLength(2);
    expect((inputs[1] as fs.ReadStream).path).toBe(FIXTURE);
  });

  it('tries only once more, and not for a pipe, another error or a read already under way', async () => {
    await expect(collect(readAgainIfSheetNamesLost(fs.createReadStream(FIXTURE), flakyReader(2).read))).rejects.toThrow(LOST);
    await expect(collect(readAgainIfSheetNamesLost(Readable.from([Buffer.from('PK')]), flakyReader(1).read))).rejects.toThrow(LOST);
    const failsAfterARow = flakyReader(1, true);
    await expect(collect(readAgainIfSheetNamesLost(fs.createReadStream(FIXTURE), failsAfterARow.read))).rejects.toThrow(LOST);
    expect(failsAfterARow.inputs).toHaveLength(1);
    const other = async function* (): AsyncGenerator<string> {
      yield* [];
      throw new Error('not a zip file');
    };
    await expect(collect(readAgainIfSheetNamesLost(fs.createReadStream(FIXTURE), other))).rejects.toThrow('not a zip file');
  });
});
