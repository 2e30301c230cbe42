import { describe, expect, it } from 'vitest';
import { conformalHalfWidths } from './conformal';
import { fitEts, forecastEts, type EtsFit } from './holt-winters';
import { nelderMead } from './nelder-mead';

describe('Holt-Winters / ETS', () => {
  it('forecasts from its states as the damped-trend formula says', () => {
    // ŷ(h) = (l + (φ + … + φ^h) b) · s_h: with l = 100, b = 2, φ = 0.5, s = (1.1, 0.9):
    // h=1: (100 + 1)·1.1 = 111.1; h=2: (100 + 1.5)·0.9 = 91.35; h=3: (100 + 1.75)·1.1 = 111.925.
    const fit: EtsFit = { spec: { trend: 'damped', season: 'multiplicative', m: 2 }, alpha: 0.5, beta: 0.1, gamma: 0.1, phi: 0.5, level: 100, slope: 2, season: Float64Array.from([1.1, 0.9]), sse: 0, n: 10, parameterCount: 5, raw: new Float64Array(4) };
    const f = forecastEts(fit, 3);
    expect(f[0]).toBeCloseTo(111.1, 10);
    expect(f[1]).toBeCloseTo(91.35, 10);
    expect(f[2]).toBeCloseTo(111.925, 10);
  });

  it('continues a noiseless multiplicative season on a linear trend almost exactly', () => {
    const m = 12;
    const shape = (i: number) => 1 + 0.3 * Math.sin((2 * Math.PI * i) / m);
    const truth = (i: number) => (50 + 0.5 * i) * shape(i);
    const y = Float64Array.from({ length: 20 * m }, (_, i) => truth(i));
    const fit = fitEts(y, { trend: 'additive', season: 'multiplicative', m });
    const f = forecastEts(fit, 2 * m);
    for (let k = 0; k < 2 * m; k++) expect(Math.abs(f[k]! / truth(y.length + k) - 1)).toBeLessThan(0.01);
  });

  it('finds the Rosenbrock minimum with Nelder–Mead', () => {
    const r = nelderMead((x) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2, [-1.2, 1], { maxEvals: 2000, tolerance: 1e-14 });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
  });
});

describe('split-conformal intervals', () => {
  it('takes the ⌈(N+1)(1−α)⌉-th smallest absolute error of the pooled steps', () => {
    // Step 0 pools steps 0..1 of both folds (window 1): |e| = 1, 2, 3, 4 → N = 4, rank ⌈5 · 0.5⌉ = 3 → 3.
    const residuals = [Float64Array.from([1, -2, 5]), Float64Array.from([-3, 4, 6])];
    const w = conformalHalfWidths(residuals, 3, 0.5);
    expect(w[0]).toBe(3);
    // Step 1 pools steps 0..2: 1, 2, 3, 4, 5, 6 → rank ⌈7 · 0.5⌉ = 4 → 4; step 2 pools 1..2: 2, 4, 5, 6 → rank 3 → 5.
    expect(w[1]).toBe(4);
    expect(w[2]).toBe(5);
  });

  it('never narrows with the horizon and widens like a random walk past the backtested steps', () => {
    const residuals = [Float64Array.from([2, 1]), Float64Array.from([2, 1])];
    const w = conformalHalfWidths(residuals, 4, 0.8);
    expect(w[1]).toBeGreaterThanOrEqual(w[0]!);
    expect(w[3]! / w[1]!).toBeCloseTo(Math.sqrt(4 / 2), 10);
  });
});
