/**
 * What /proc says about a running child: its peak resident memory (VmHWM, a high-water mark over
 * every thread of the process) and the CPU time it has used so far (utime + stime, all threads).
 * Benchmarks poll it while the child runs; the CPU time tells work from waiting on a shared machine.
 */
import { readFileSync } from 'fs';

/** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

export interface ProcSample {
  peakRssMb: number;
  cpuSeconds: number;
}

/**
 * One reading, or null once the process has gone.
 *
 * @example const s = sampleProc(child.pid); if (s) peak = Math.max(peak, s.peakRssMb);
 */
export function sampleProc(pid: number | undefined): ProcSample | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    // Fields after the parenthesised command name, which may itself hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    return { peakRssMb: hwm ? Number(hwm[1]) / 1024 : 0, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS };
  } catch {
    // The child has exited between two polls.
    return null;
  }
}
