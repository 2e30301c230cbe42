import { describe, expect, it } from 'vitest';
import { fitThroughputRegression, rpsAtUtilization } from './throughput-regression';

describe('fitThroughputRegression', () => {
  // Anscombe's quartet, data set I (Anscombe 1973, "Graphs in Statistical Analysis", The American Statistician 27):
  // published fit y = 3.00 + 0.500x, r² = 0.67. Here x is requests/s per instance and y is CPU %.
  const anscombeX = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
  const anscombeY = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
  const anscombe = anscombeX.map((x, i) => ({ rpsPerInstance: x, cpuPercent: anscombeY[i]! }));

  it("reproduces Anscombe's published line and r²", () => {
    const outcome = fitThroughputRegression(anscombe);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.fit.interceptPercent).toBeCloseTo(3.0, 2);
    expect(outcome.fit.slopePercentPerRps).toBeCloseTo(0.5, 3);
    expect(outcome.fit.r2).toBeCloseTo(0.67, 2);
    // 100 % CPU at (100 − 3.0001)/0.5001 ≈ 193.96 req/s; 70 % at (70 − 3.0001)/0.5001 ≈ 133.97 req/s.
    expect(outcome.fit.rpsAtFullCpu).toBeCloseTo(193.96, 1);
    expect(rpsAtUtilization(outcome.fit, 0.7)).toBeCloseTo(133.97, 1);
    expect(outcome.fit.maxObservedRps).toBe(14);
  });

  it('extrapolates a clean line exactly: 10 % idle plus 0.2 % per req/s is full at 450 req/s', () => {
    const pts = [50, 100, 150, 200].map((r) => ({ rpsPerInstance: r, cpuPercent: 10 + 0.2 * r }));
    const outcome = fitThroughputRegression(pts);
    expect(outcome.ok && outcome.fit.rpsAtFullCpu).toBeCloseTo(450, 9);
    expect(outcome.ok && outcome.fit.r2).toBeCloseTo(1, 12);
  });

  it('refuses a metric that does not rise with load, saying why', () => {
    const outcome = fitThroughputRegression([
      { rpsPerInstance: 10, cpuPercent: 50 },
      { rpsPerInstance: 20, cpuPercent: 40 },
      { rpsPerInstance: 30, cpuPercent: 30 },
    ]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(/does not rise with load/);
  });
});
