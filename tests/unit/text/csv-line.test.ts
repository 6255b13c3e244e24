import { parse } from 'csv-parse/sync';
import { csvLine } from '../../../src/core/text/csv-line';

describe('csvLine, the one CSV writer', () => {
  it('quotes commas, quotes and line breaks so a field stays one field', () => {
    const line = csvLine([7, 'a, b', 'say "hi"', 'two\nlines', null, undefined]);
    expect(parse(line)).toEqual([['7', 'a, b', 'say "hi"', 'two\nlines', '', '']]);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const formula of ['=HYPERLINK("http://evil")', '+cmd|x', '-2+3', '@SUM(A1)']) {
      const [[cell]] = parse(csvLine([formula])) as string[][];
      expect(cell).toBe(`'${formula}`);
    }
  });

  it('leaves numbers and plain signed numerals as they are, so ids and scores join back', () => {
    expect(csvLine([-0.25, '-100123', '+44', 'x-1'])).toBe('-0.25,-100123,+44,x-1\n');
  });
});
