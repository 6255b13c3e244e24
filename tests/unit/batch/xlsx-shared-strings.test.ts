import { SharedStrings } from '../../../src/usecases/batch/xlsx-shared-strings';

describe('SharedStrings (a workbook string table outside the JS heap)', () => {
  test('gives back each string as stored, accents, curly quotes and emoji included', () => {
    const table = new SharedStrings();
    const texts = ['id', 'Café “update” – boil water 🚰', '', '1853400000000000701'];
    texts.forEach((t, i) => table.set(i, t));
    expect(texts.map((_, i) => table.get(i))).toEqual(texts);
    expect(table.size).toBe(4);
  });

  test('strings spread over several arena blocks and a string larger than a block stay whole', () => {
    const table = new SharedStrings();
    const big = 'é'.repeat(9 * 1024 * 1024); // 18 MB of UTF-8: more than one 16 MB block
    const small = Array.from({ length: 5000 }, (_, i) => `post ${i} `.repeat(500));
    small.forEach((t, i) => table.set(i, t));
    table.set(small.length, big);
    table.set(small.length + 1, 'after the big one');
    expect(table.get(0)).toBe(small[0]);
    expect(table.get(4999)).toBe(small[4999]);
    expect(table.get(small.length)).toBe(big);
    expect(table.get(small.length + 1)).toBe('after the big one');
  });

  test('an index the table does not hold is undefined, not another string', () => {
    const table = new SharedStrings();
    table.set(0, 'zero');
    expect(table.get(1)).toBeUndefined();
    expect(table.get(-1)).toBeUndefined();
    expect(table.get(0.5)).toBeUndefined();
  });
});
