/**
 * What /proc says about a running child: its peak resident memory (VmHWM, a high-water mark over
 * every thread of the process), the CPU time it has used so far (utime + stime, all threads), the
 * part of it spent in the kernel, and its read and write system calls (/proc/PID/io). Benchmarks
 * poll it while the child runs; the CPU time tells work from waiting on a shared machine, and the
 * kernel time and system calls tell SQLite's page reads and writes from the process's own work.
 */
import { readFileSync } from 'fs';

/** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

export interface ProcSample {
  peakRssMb: number;
  cpuSeconds: number;
  /** Of cpuSeconds, the time spent in the kernel on the process's behalf (stime). */
  systemSeconds: number;
  /** read / write system calls so far (syscr / syscw); NaN where /proc/PID/io cannot be read. */
  readCalls: number;
  writeCalls: number;
}

function ioCounter(io: string, name: string): number {
  const m = new RegExp(`^${name}: (\\d+)$`, 'm').exec(io);
  return m ? Number(m[1]) : NaN;
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
    let io = '';
    try {
      io = readFileSync(`/proc/${pid}/io`, 'utf8');
    } catch {
      // Some kernels hide /proc/PID/io; the call counts are then unknown, not zero.
    }
    return {
      peakRssMb: hwm ? Number(hwm[1]) / 1024 : 0,
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS,
      systemSeconds: Number(fields[12]) / TICKS,
      readCalls: ioCounter(io, 'syscr'),
      writeCalls: ioCounter(io, 'syscw'),
    };
  } catch {
    // The child has exited between two polls.
    return null;
  }
}
