import { parseProcStat } from '../../../bench/lib/proc-sample';

describe('parseProcStat', () => {
  it('adds the busy columns of the aggregate cpu line and keeps steal apart', () => {
    // user nice system idle iowait irq softirq steal guest guest_nice, in ticks of 1/100 s
    const text = 'cpu  1000 20 300 90000 400 0 50 70 0 0\ncpu0 500 10 150 45000 200 0 25 35 0 0\nintr 1 2 3\n';
    expect(parseProcStat(text)).toEqual({ busySeconds: 13.7, stealSeconds: 0.7 });
  });

  it('reads a kernel that prints no steal column as no steal', () => {
    expect(parseProcStat('cpu 10 0 10 100 0 0 0\n')).toEqual({ busySeconds: 0.2, stealSeconds: 0 });
  });

  it('says nothing for text without the aggregate line', () => {
    expect(parseProcStat('cpu0 1 2 3 4\n')).toBeNull();
  });
});
