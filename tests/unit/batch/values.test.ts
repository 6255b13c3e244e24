import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDate } from '../../../src/usecases/batch/parse-date';
import { parseCount } from '../../../src/usecases/batch/parse-count';
import { feedDelimitedLine, newDelimitedState } from '../../../src/usecases/batch/delimited-line';

describe('parseDate', () => {
  test.each([
    ['2026-11-03T15:20:00Z', '2026-11-03T15:20:00.000Z'],
    ['2026-11-03T10:20:00-05:00', '2026-11-03T15:20:00.000Z'],
    ['2026-11-03 15:20:00', '2026-11-03T15:20:00.000Z'],
    ['2026-11-03 15:20:00.0', '2026-11-03T15:20:00.000Z'],
    ['2026-11-03', '2026-11-03T00:00:00.000Z'],
    ['Tue Nov 03 15:20:00 +0000 2026', '2026-11-03T15:20:00.000Z'],
    ['Tue, 03 Nov 2026 16:20:00 +0100', '2026-11-03T15:20:00.000Z'],
    ['03 Nov 2026 15:20 GMT', '2026-11-03T15:20:00.000Z'],
    ['1793719200', '2026-11-03T15:20:00.000Z'],
    ['1793719200000', '2026-11-03T15:20:00.000Z'],
  ])('%s -> %s', (input, iso) => {
    expect(parseDate(input)).toEqual({ ok: true, iso });
  });

  test.each(['', '  ', null, undefined])('%j is no date', (input) => {
    expect(parseDate(input)).toEqual({ ok: true, iso: null });
  });

  test.each([
    ['1/9/2025 9:46 am', 'mdy', '2025-01-09T09:46:00.000Z'],
    ['11/3/2026 12:05 PM', 'mdy', '2026-11-03T12:05:00.000Z'],
    ['11/3/2026 12:05 a.m.', 'mdy', '2026-11-03T00:05:00.000Z'],
    ['03/11/2026 15:20:05', 'dmy', '2026-11-03T15:20:05.000Z'],
    ['3/11/2026', 'dmy', '2026-11-03T00:00:00.000Z'],
  ] as const)('%s read %s -> %s (a tool preset says the order)', (input, order, iso) => {
    expect(parseDate(input, order)).toEqual({ ok: true, iso });
  });

  test.each([['13/3/2026 3:30 pm', 'mdy'], ['3/13/2026', 'dmy'], ['11/3/2026 13:05 pm', 'mdy'], ['2/30/2026', 'mdy']] as const)('%s read %s is an invalid date', (input, order) => {
    expect(parseDate(input, order)).toEqual({ ok: false, reason: `invalid date "${input}"` });
  });

  test.each(['03/11/2026', 'yesterday', '2026-13-01', '2026-02-29 10:00:00', '17937192000', '2026', 'Tue Foo 03 15:20:00 +0000 2026'])('%j is an error', (input) => {
    expect(parseDate(input).ok).toBe(false);
  });
});

describe('parseCount', () => {
  test.each([
    ['1,204', 1204], ['1.2K', 1200], ['3.4M', 3_400_000], ['12k+', 12000], [' 7 ', 7], [42, 42], ['-', null], ['N/A', null], ['', null],
  ])('%j -> %j', (input, value) => {
    expect(parseCount(input, 'likes')).toEqual({ ok: true, value });
  });

  test.each(['lots', '-3', '1,2', '1.2X', -1])('%j is an error', (input) => {
    expect(parseCount(input, 'likes').ok).toBe(false);
  });
});

describe('delimited line parser', () => {
  // Fields without line breaks (those are the record framer's job) but with quotes, commas and spaces.
  const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', 'é', '1') , maxLength: 8 });
  const quote = (f: string) => (/[",]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);

  test('reads well-formed RFC 4180 lines exactly as csv-parse does', () => {
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), (fields) => {
        const line = fields.map(quote).join(',');
        const state = newDelimitedState();
        expect(feedDelimitedLine(state, line, ',')).toBe('complete');
        const [expected] = parseCsv(line, { relax_quotes: true }) as string[][];
        expect(state.fields).toEqual(expected);
        expect(state.fields).toEqual(fields);
      }),
      { numRuns: 500 },
    );
  });
});
