import { PostKeyMap } from '../../../src/core/clustering/post-key-map';
import { TypedVector } from '../../../src/core/clustering/typed-vector';

describe('PostKeyMap', () => {
  it('finds increasing store ids, ids out of order and keys that are not integers alike', () => {
    const m = new PostKeyMap();
    const keys = ['5', '9', '12', '7', 'x-1', '012', '100000000000000001', '30'];
    keys.forEach((k, i) => m.set(k, i));
    keys.forEach((k, i) => expect(m.get(k)).toBe(i));
    expect(m.size).toBe(keys.length);
    // '012' is not the integer 12: leading zeros keep it a string key of its own.
    expect(m.get('12')).toBe(2);
    expect(m.get('11')).toBeUndefined();
    expect(m.has('99')).toBe(false);
  });

  it('forgets a deleted key, and takes it back with a new index', () => {
    const m = new PostKeyMap();
    ['1', '2', '3'].forEach((k, i) => m.set(k, i));
    m.set('0', 3);
    m.delete('2');
    m.delete('0');
    expect(m.get('2')).toBeUndefined();
    expect(m.get('0')).toBeUndefined();
    expect(m.size).toBe(2);
    m.set('2', 7);
    expect(m.get('2')).toBe(7);
    expect(m.size).toBe(3);
    m.set('3', 8);
    expect(m.get('3')).toBe(8);
    expect(m.size).toBe(3);
  });

  it('agrees with a Map over many keys in mixed order', () => {
    const m = new PostKeyMap();
    const reference = new Map<string, number>();
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let next = 1;
    for (let i = 0; i < 20_000; i++) {
      const r = rand();
      const key = r < 0.8 ? String((next += 1 + Math.floor(rand() * 3))) : r < 0.9 ? String(Math.floor(rand() * next)) : `k${Math.floor(rand() * 500)}`;
      if (rand() < 0.05) {
        m.delete(key);
        reference.delete(key);
      } else {
        m.set(key, i);
        reference.set(key, i);
      }
    }
    expect(m.size).toBe(reference.size);
    for (const [key, index] of reference) expect(m.get(key)).toBe(index);
    for (let k = 0; k < next; k += 97) expect(m.get(String(k))).toBe(reference.get(String(k)));
  });
});

describe('TypedVector', () => {
  it('grows past its first capacity and reads back what was pushed and set', () => {
    const v = new TypedVector(Float64Array, 2);
    const big = 4294967296 * 2097150 + 12345;
    for (let i = 0; i < 10; i++) v.push(i === 9 ? big : i);
    v.set(3, -1);
    expect(v.length).toBe(10);
    expect([0, 3, 8, 9].map((i) => v.get(i))).toEqual([0, -1, 8, big]);
    expect(v.get(10)).toBeUndefined();
    expect(() => v.set(10, 1)).toThrow(RangeError);
  });
});
