/**
 * A growable array of numbers in a typed array: 4 or 8 bytes an entry, where a JS array of
 * numbers the clusterer keeps per post costs 12 or more once it has grown (its slack and, for
 * values past 2^30, boxed doubles). At a million posts that is tens of megabytes (issue 17).
 *
 * @example const v = new TypedVector(Int32Array); v.push(7); v.get(0) === 7; v.set(0, 8);
 */
export class TypedVector<T extends Int32Array | Float64Array> {
  private data: T;
  private used = 0;

  constructor(private readonly make: new (length: number) => T, capacity = 1024) {
    this.data = new make(capacity);
  }

  get length(): number {
    return this.used;
  }

  push(value: number): void {
    if (this.used === this.data.length) {
      const grown = new this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.used++] = value;
  }

  /** The value at `index`; undefined past the end, as a JS array would give. */
  get(index: number): number | undefined {
    return index >= 0 && index < this.used ? this.data[index] : undefined;
  }

  set(index: number, value: number): void {
    if (index < 0 || index >= this.used) throw new RangeError(`index ${index} outside 0..${this.used - 1}`);
    this.data[index] = value;
  }
}
