/**
 * How fast this machine is at each moment of a long benchmark: a fixed workload, run once a second
 * in the benchmark's own process, timed in CPU time. On the shared 2-core machine these figures
 * were measured on, the same million rows through the same code rose from 491 to 814 µs a row over
 * one run and stayed at 678-680 in another (nineteenth session), with nothing else running in the
 * machine that /proc could see: the host's other guests slow a virtual CPU without showing as
 * steal. Run beside a million-row score, this probe's cost followed the score's CPU per row
 * (correlation 0.63-0.66 over 50,000- and 100,000-row windows): slow minutes are slow for both. bench/lib/cost-trend.ts takes the probe's cost per window as a covariate,
 * so a rise in a run's per-row cost can be told from a slower machine.
 *
 * The workload touches 8 MB at random, more than this machine's caches, as SQLite's page cache and
 * V8's heap do, and allocates nothing, so its own garbage collection cannot move it. One probe
 * costs about 15-25 ms of CPU, 2% of a core.
 */

export interface ProbeReading {
  /** Wall clock, ms since the epoch. */
  at: number;
  /** CPU time the fixed workload took, µs. */
  cpuUs: number;
}

const SIZE = 2 * 1024 * 1024;

function makeArena(): Int32Array {
  const arena = new Int32Array(SIZE);
  for (let i = 0; i < SIZE; i++) arena[i] = (i * 2654435761) >>> 8;
  return arena;
}

/** The fixed workload: pseudo-random reads and writes over the arena (the writes keep it from being optimised away). */
function work(arena: Int32Array): void {
  let h = 0;
  let j = 1;
  for (let i = 0; i < 400_000; i++) {
    j = (Math.imul(j, 1103515245) + 12345) & (SIZE - 1);
    h = (h + Math.imul(arena[j] as number, 31) + i) | 0;
    arena[(j + 64) & (SIZE - 1)] = h;
  }
}

/**
 * Starts probing every `everyMs`; `stop()` ends it and returns the readings.
 *
 * @example const probe = startSpeedProbe(); await run(); const readings = probe.stop();
 */
export function startSpeedProbe(everyMs = 1000): { stop: () => ProbeReading[] } {
  const arena = makeArena();
  const readings: ProbeReading[] = [];
  // Warm-up: the first calls run before V8 has optimised the loop.
  for (let i = 0; i < 30; i++) work(arena);
  const timer = setInterval(() => {
    const before = process.cpuUsage();
    for (let i = 0; i < 3; i++) work(arena);
    const spent = process.cpuUsage(before);
    readings.push({ at: Date.now(), cpuUs: spent.user + spent.system });
  }, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return readings;
    },
  };
}

/**
 * The median probe cost between two wall-clock times (NaN when no reading fell inside): the
 * machine's speed over one window of a run, robust to a probe that a collection or a context
 * switch happened to hit.
 *
 * @example probeCostBetween(readings, t0, t1) // 18532
 */
export function probeCostBetween(readings: readonly ProbeReading[], from: number, to: number): number {
  const inside = readings.filter((r) => r.at >= from && r.at < to).map((r) => r.cpuUs).sort((a, b) => a - b);
  if (inside.length === 0) return NaN;
  const mid = inside.length >> 1;
  return inside.length % 2 ? (inside[mid] as number) : ((inside[mid - 1] as number) + (inside[mid] as number)) / 2;
}
