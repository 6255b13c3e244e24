/**
 * Self-time per pipeline stage for bench:batch. Each port of the desk is wrapped so that a call
 * charges its own time to its stage and nested calls (a store write inside the clusterer's
 * callback) to theirs: the shares add up to the measured time instead of double counting.
 */
import { performance } from 'perf_hooks';

export type Stage = 'match' | 'cluster' | 'score' | 'store';

export class StageClock {
  readonly self = new Map<Stage, number>();
  readonly calls = new Map<string, number>();
  /** Self-time per port method, to say which calls a stage's share is made of. */
  readonly callSelf = new Map<string, number>();
  private readonly stack: { start: number; child: number }[] = [];

  /** Runs `work`, charging its time minus that of nested timed calls to `stage`. */
  time<T>(stage: Stage, name: string, work: () => T): T {
    const frame = { start: performance.now(), child: 0 };
    this.stack.push(frame);
    try {
      return work();
    } finally {
      this.stack.pop();
      const elapsed = performance.now() - frame.start;
      this.self.set(stage, (this.self.get(stage) ?? 0) + elapsed - frame.child);
      this.callSelf.set(name, (this.callSelf.get(name) ?? 0) + elapsed - frame.child);
      const parent = this.stack[this.stack.length - 1];
      if (parent) parent.child += elapsed;
      this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    }
  }

  /**
   * A view of `target` whose methods are timed under `stage`; other properties pass through.
   *
   * @example const posts = clock.wrap(new PostsRepo(db), 'store', 'posts');
   */
  wrap<T extends object>(target: T, stage: Stage, label: string): T {
    // One timed wrapper per method, made once: a closure and a name string per call would add
    // their own cost to every port call of a million-row run.
    const wrappers = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get: (obj, key, receiver) => {
        const value: unknown = Reflect.get(obj, key, receiver);
        if (typeof value !== 'function') return value;
        let wrapper = wrappers.get(key);
        if (!wrapper) {
          const fn = value as (...args: unknown[]) => unknown;
          const name = `${label}.${String(key)}`;
          wrapper = (...args: unknown[]) => this.time(stage, name, () => fn.apply(obj, args));
          wrappers.set(key, wrapper);
        }
        return wrapper;
      },
    });
  }

  total(): number {
    let sum = 0;
    for (const v of this.self.values()) sum += v;
    return sum;
  }
}
