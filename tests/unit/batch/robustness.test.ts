import { readChunks, rejects, rows } from './read-helpers';
import { formatRejectLine, REJECTS_HEADER } from '../../../src/usecases/batch';
import { parse as parseCsv } from 'csv-parse/sync';

const MB = 1024 * 1024;

describe('oversized fields', () => {
  test('a CSV field over 1 MB is rejected, the rows around it are kept', async () => {
    const big = 'x'.repeat(MB + 1);
    const csv = `id,text\n1,before\n2,${big}\n3,after\n`;
    const items = await readChunks([csv], { format: 'csv' });
    expect(rows(items).map((r) => r.row.id)).toEqual(['1', '3']);
    expect(rejects(items)).toEqual([expect.objectContaining({ line: 3, reason: expect.stringMatching(/larger than 1048576 bytes/) })]);
    expect(rejects(items)[0].raw?.length).toBeLessThanOrEqual(200);
  });

  test('a field counted in UTF-8 bytes, not characters', async () => {
    const text = 'é'.repeat(600); // 600 characters, 1200 bytes
    const items = await readChunks([`text\n${text}\nok\n`], { format: 'csv', maxFieldBytes: 1000 });
    expect(rejects(items).map((r) => r.line)).toEqual([2]);
    expect(rows(items).map((r) => r.row.text)).toEqual(['ok']);
  });

  test('a line far over the limit (JSONL, text) is skipped without being held, reading goes on', async () => {
    const huge = `{"text": "${'y'.repeat(3 * MB)}"}`;
    const items = await readChunks(['{"text": "a"}\n', huge.slice(0, MB), huge.slice(MB), '\n{"text": "b"}\n'], { format: 'jsonl' });
    expect(rows(items).map((r) => [r.line, r.row.text])).toEqual([[1, 'a'], [3, 'b']]);
    expect(rejects(items)).toEqual([expect.objectContaining({ line: 2, reason: 'line larger than the limit' })]);
  });

  test('a JSON array element over the limit is one reject', async () => {
    const json = `[\n{"text": "a"},\n{"text": "${'z'.repeat(5000)}"},\n{"text": "c"}\n]`;
    const items = await readChunks([json], { format: 'json', maxFieldBytes: 1000 });
    expect(rows(items).map((r) => r.row.text)).toEqual(['a', 'c']);
    expect(rejects(items).map((r) => r.line)).toEqual([3]);
  });
});

describe('invalid UTF-8', () => {
  test('undecodable bytes reject their line, even when a sequence is split across chunks', async () => {
    const good1 = Buffer.from('text\ncafé one\n');
    const euro = Buffer.from('€ two\n'); // E2 82 AC: split it across two chunks
    const bad = Buffer.from([0x62, 0x61, 0x64, 0x20, 0xc3, 0x28, 0x0a]); // "bad " + invalid 2-byte sequence
    const items = await readChunks([good1, euro.subarray(0, 1), euro.subarray(1), bad, Buffer.from('ok \uFFFD literal\n')], { format: 'csv' });
    expect(rows(items).map((r) => r.row.text)).toEqual(['café one', '€ two', 'ok \uFFFD literal']);
    expect(rejects(items)).toEqual([expect.objectContaining({ line: 4, reason: expect.stringMatching(/invalid UTF-8/) })]);
  });

  test('in JSON Lines and plain text too', async () => {
    const bad = Buffer.concat([Buffer.from('{"text": "x'), Buffer.from([0xff]), Buffer.from('"}\n{"text": "fine"}\n')]);
    expect(rejects(await readChunks([bad], { format: 'jsonl' })).map((r) => r.reason)).toEqual(['invalid UTF-8 bytes']);
    const text = Buffer.concat([Buffer.from('a claim\n'), Buffer.from([0xfe, 0x41]), Buffer.from('\nanother\n')]);
    const items = await readChunks([text], { format: 'text' });
    expect(rows(items).map((r) => r.line)).toEqual([1, 3]);
    expect(rejects(items).map((r) => r.line)).toEqual([2]);
  });
});

describe('JSON Lines and JSON errors', () => {
  test('syntax errors and non-objects are per line', async () => {
    const jsonl = ['{"text": "one"}', '{"text": "two",', '[1, 2]', '"just a string"', 'null', '{"text": "six"}'].join('\n');
    const items = await readChunks([jsonl], { format: 'jsonl' });
    expect(rows(items).map((r) => r.line)).toEqual([1, 6]);
    expect(rejects(items).map((r) => [r.line, r.reason.split(':')[0]])).toEqual([
      [2, 'JSON syntax error'],
      [3, 'line is not a JSON object (found an array)'],
      [4, 'line is not a JSON object (found string)'],
      [5, 'line is not a JSON object (found null)'],
    ]);
  });

  test('a broken element in a JSON array is rejected; the scan resumes at the next object', async () => {
    const json = ['[', '  {"text": "a"},', '  {"text": "b" "oops": 1},', '  {"text": "c", "x": [1, 2}},', '  {"text": "d"},', '  42', ']'].join('\n');
    const items = await readChunks([json], { format: 'json' });
    expect(rows(items).map((r) => [r.line, r.row.text])).toEqual([[2, 'a'], [5, 'd']]);
    expect(rejects(items).map((r) => [r.line, r.reason])).toEqual([
      [3, expect.stringMatching(/^JSON syntax error/)],
      [4, 'JSON syntax error: mismatched brackets'],
      [6, 'JSON record is not an object'],
    ]);
  });

  test('a truncated X v2 file keeps the tweets it has and reports the cut', async () => {
    const json = '{"data": [{"id": "1", "text": "first", "author_id": "9"},\n{"id": "2", "text": "sec';
    const items = await readChunks([json], { format: 'x-v2' });
    expect(rows(items).map((r) => r.row.id)).toEqual(['1']);
    expect(rejects(items).length).toBeGreaterThanOrEqual(1);
  });
});

describe('rejects file lines', () => {
  test('quote commas, quotes and line breaks, and neutralise spreadsheet formulas', () => {
    const lines = [
      formatRejectLine({ line: 7, reason: 'empty text', raw: '8,,"x"' }),
      formatRejectLine({ line: 9, reason: 'a, b', raw: 'two\nlines' }),
      formatRejectLine({ line: 10, reason: 'r', raw: '=HYPERLINK("http://evil")' }),
      formatRejectLine({ line: 11, reason: 'no raw' }),
    ];
    expect(lines[0]).toBe('7,empty text,"8,,""x"""\n');
    const parsed = parseCsv(REJECTS_HEADER + lines.join(''), { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([
      { line: '7', reason: 'empty text', raw: '8,,"x"' },
      { line: '9', reason: 'a, b', raw: 'two\nlines' },
      { line: '10', reason: 'r', raw: "'=HYPERLINK(\"http://evil\")" },
      { line: '11', reason: 'no raw', raw: '' },
    ]);
  });
});
