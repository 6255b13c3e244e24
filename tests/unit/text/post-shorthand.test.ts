import { expandShorthand } from '../../../src/core/text/post-shorthand';

describe('post shorthand', () => {
  it.each([
    ['no drones w/o a permit', 'no drones without a permit'],
    ['free shuttle w/ lights', 'free shuttle with lights'],
    ['w/the kids', 'with the kids'],
    ['closed b/c of ice', 'closed because of ice'],
    ['24/7 w/o fail', '24/7 without fail'],
  ])('%s', (text, expected) => {
    expect(expandShorthand(text)).toBe(expected);
  });

  it.each(['I-47 n/b closed', 'see http://a.example/w/o', 'and/or', 'no slash at all'])('leaves %s as it is', (text) => {
    expect(expandShorthand(text)).toBe(text);
  });
});
