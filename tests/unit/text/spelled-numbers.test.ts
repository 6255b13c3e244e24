import { composeSpelled, spelledNumbersToDigits } from '../../../src/core/text/spelled-numbers';

describe('spelled numbers', () => {
  const read = (text: string) => {
    const words = text.split(' ');
    return composeSpelled((i) => words[i], 0);
  };

  it.each([
    ['twenty five', 25, 1],
    ['six hundred fifty', 650, 2],
    ['six hundred and fifty', 650, 3],
    ['two thousand five hundred', 2500, 3],
    ['one hundred', 100, 1],
    ['ninety nine', 99, 1],
    ['one two', 1, 0],
    ['twenty twenty', 20, 0],
    ['a dozen', null, null],
  ])('%s', (text, value, to) => {
    const got = read(text);
    expect(got === null ? null : got.value).toBe(value);
    expect(got === null ? null : got.to).toBe(to);
  });

  it('rewrites compounds in digits and leaves single number words alone', () => {
    expect(spelledNumbersToDigits('kettering needs six hundred fifty poll workers')).toBe('kettering needs 650 poll workers');
    expect(spelledNumbersToDigits('came down to forty-one votes')).toBe('came down to 41 votes');
    expect(spelledNumbersToDigits('one of the two victims')).toBe('one of the two victims');
    expect(spelledNumbersToDigits('no numbers here')).toBe('no numbers here');
  });
});
