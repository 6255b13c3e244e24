import { probeCostBetween } from '../../../bench/lib/speed-probe';

describe('probeCostBetween', () => {
  const readings = [
    { at: 1000, cpuUs: 15_000 },
    { at: 2000, cpuUs: 90_000 }, // a probe a collection or a context switch hit
    { at: 3000, cpuUs: 16_000 },
    { at: 4000, cpuUs: 30_000 },
  ];

  it('takes the median of the readings inside the window, so one slow probe does not move it', () => {
    expect(probeCostBetween(readings, 1000, 3500)).toBe(16_000);
  });

  it('counts a reading at the window start, not at its end', () => {
    expect(probeCostBetween(readings, 2000, 4000)).toBe(53_000);
  });

  it('has no figure for a window without readings', () => {
    expect(probeCostBetween(readings, 5000, 6000)).toBeNaN();
  });
});
