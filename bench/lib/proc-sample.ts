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

/** CPU time the whole machine has spent busy, and the part the hypervisor gave to other guests. */
export interface MachineSample {
  /** All CPUs, all processes: user, nice, system, irq and softirq (idle, iowait and steal left out). */
  busySeconds: number;
  /** Time this machine's virtual CPUs waited while the host ran someone else (the `steal` column). */
  stealSeconds: number;
}

/**
 * The aggregate `cpu` line of /proc/stat (`cpu user nice system idle iowait irq softirq steal ...`,
 * in clock ticks; see proc(5)), or null when the text has none.
 *
 * @example parseProcStat('cpu  100 0 50 900 10 0 5 20 0 0\n').busySeconds // 1.55
 */
export function parseProcStat(text: string): MachineSample | null {
  const m = /^cpu\s+(.*)$/m.exec(text);
  if (!m) return null;
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = (m[1] as string).trim().split(/\s+/).map(Number);
  return { busySeconds: (user + nice + system + irq + softirq) / TICKS, stealSeconds: steal / TICKS };
}

/**
 * The machine's CPU time so far: a benchmark subtracts its child's CPU from the machine's to see
 * how busy the other processes kept the machine while it measured (two cores that share a chip
 * slow each other down, so another process's work inflates even the child's CPU time).
 *
 * @example const m = sampleMachine(); if (m) busy = m.busySeconds;
 */
export function sampleMachine(): MachineSample | null {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}
