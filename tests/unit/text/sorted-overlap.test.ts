import { sharedSorted } from '../../../src/core/text/sorted-overlap';

describe('sharedSorted', () => {
  it('counts common values of two ascending arrays, repeated values as often as both hold them', () => {
    expect(sharedSorted(Uint32Array.of(1, 3, 5), Uint32Array.of(3, 4, 5))).toBe(2);
    expect(sharedSorted(Uint32Array.of(2, 2, 2, 7), Float64Array.of(2, 2, 9))).toBe(2);
    expect(sharedSorted([], [1, 2])).toBe(0);
  });
});
