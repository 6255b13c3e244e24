import { TypedVector } from './typed-vector';

const REMOVED = -1;

/**
 * Post key → the clusterer's dense index for it. Store ids are integers that only grow, so such
 * keys are kept in two typed arrays (key, index) in increasing order and found by bisection:
 * 12 bytes a post where a Map entry took about 65, the largest single part of the clusterer's
 * memory at a million posts. A key that is not a plain integer, or arrives out of order, goes
 * to an ordinary Map instead.
 *
 * @example const m = new PostKeyMap(); m.set('41', 0); m.set('x-7', 1); m.get('41') === 0;
 */
export class PostKeyMap {
  private readonly sortedKeys = new TypedVector(Float64Array);
  private readonly sortedIndex = new TypedVector(Int32Array);
  private sortedLive = 0;
  private readonly other = new Map<string | number, number>();

  /** The key as a number when it is a plain integer string that round-trips, else the string. */
  static compact(key: string): string | number {
    if (key.length > 0 && key.length <= 15 && /^(0|[1-9]\d*)$/.test(key)) return Number(key);
    return key;
  }

  get size(): number {
    return this.sortedLive + this.other.size;
  }

  get(key: string): number | undefined {
    const k = PostKeyMap.compact(key);
    if (typeof k === 'number') {
      const at = this.find(k);
      if (at >= 0) {
        const index = this.sortedIndex.get(at) as number;
        return index === REMOVED ? undefined : index;
      }
    }
    return this.other.get(k);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, index: number): void {
    const k = PostKeyMap.compact(key);
    if (typeof k === 'number') {
      const at = this.find(k);
      if (at >= 0) {
        if (this.sortedIndex.get(at) === REMOVED) this.sortedLive += 1;
        this.sortedIndex.set(at, index);
        return;
      }
      const n = this.sortedKeys.length;
      if (!this.other.has(k) && (n === 0 || k > (this.sortedKeys.get(n - 1) as number))) {
        this.sortedKeys.push(k);
        this.sortedIndex.push(index);
        this.sortedLive += 1;
        return;
      }
    }
    this.other.set(k, index);
  }

  delete(key: string): void {
    const k = PostKeyMap.compact(key);
    if (typeof k === 'number') {
      const at = this.find(k);
      if (at >= 0) {
        if (this.sortedIndex.get(at) !== REMOVED) this.sortedLive -= 1;
        this.sortedIndex.set(at, REMOVED);
        return;
      }
    }
    this.other.delete(k);
  }

  /** Position of `key` among the ordered keys, or -1. */
  private find(key: number): number {
    let lo = 0;
    let hi = this.sortedKeys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.sortedKeys.get(mid) as number;
      if (at === key) return mid;
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
