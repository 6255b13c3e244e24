import { normalizeUnicode } from '../../../src/core/text/normalize';

describe('normalizeUnicode', () => {
  it.each([
    ['full-width and styled letters fold to plain ones', 'ＢＲＩＤＧＥ 𝐜𝐥𝐨𝐬𝐞𝐝', 'BRIDGE closed'],
    ['curly quotes and dashes become straight', '\u201CIt\u2019s closed\u201D \u2014 police', '"It\'s closed" - police'],
    ['zero-width characters go', 'bri\u200Bdge', 'bridge'],
    ['runs of spaces, tabs and newlines collapse, ends are trimmed', '  bridge \t closed\n\nnow ', 'bridge closed now'],
    ['a single tab or newline between words becomes a space', 'bridge\tclosed\nnow', 'bridge closed now'],
    ['a double space in otherwise plain ASCII collapses', 'bridge  closed', 'bridge closed'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUnicode(input)).toBe(expected);
  });

  it('returns plain single-spaced ASCII unchanged', () => {
    const plain = 'The Elm Street Bridge is closed (5:45 a.m.) - see https://x.example/a?b=1 #Ridgeport!';
    expect(normalizeUnicode(plain)).toBe(plain);
  });
});
