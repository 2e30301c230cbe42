import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seasonalityTest90 } from './acf';
import { classicalSeasonalIndices } from './classical-decomposition';
import { maseScale, mase, owa, smape, coverage } from './metrics';
import { naive2, seasonalNaive } from './naive';

const fixture = (name: string) => fileURLToPath(new URL(`../../../shared/fixtures/m4/${name}`, import.meta.url));

function readM4(name: string): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const line of readFileSync(fixture(name), 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const cells = line.split(',').map((c) => c.replace(/"/g, ''));
    out.set(cells[0]!, Float64Array.from(cells.slice(1).filter((c) => c !== '' && c !== 'NA').map(Number)));
  }
  return out;
}

describe('accuracy metrics', () => {
  it('computes sMAPE, MASE and coverage as written out by hand', () => {
    const actual = [10, 20, 30];
    const fc = [12, 20, 24];
    // 200·2/22, 0, 200·6/54
    expect(smape(actual, fc)).toBeCloseTo((400 / 22 + 0 + 1200 / 54) / 3, 10);
    // In-sample seasonal differences with m = 2 of [1, 3, 2, 6]: |2−1|, |6−3| → mean 2.
    expect(maseScale([1, 3, 2, 6], 2)).toBe(2);
    // MAE (2 + 0 + 6) / 3 over scale 2.
    expect(mase(actual, fc, 2)).toBeCloseTo(8 / 3 / 2, 12);
    expect(owa(9, 1.2, 18, 2.4)).toBeCloseTo(0.5, 12);
    expect(coverage([1, 2, 3, 4], [0, 2.5, 2, 0], [2, 3, 4, 3])).toBe(0.5);
  });

  it('repeats the last season for seasonal naive', () => {
    const y = Float64Array.from([1, 2, 3, 4, 5, 6, 7]);
    expect(Array.from(seasonalNaive(y, 3, 5))).toEqual([5, 6, 7, 5, 6]);
  });

  it('builds Naive2 from classical multiplicative indices computed by hand', () => {
    // Period 2, 20 points alternating 8, 12: r1 = −19/20, r2 = 18/20, limit 1.645·√((1 + 2·0.9025)/20) ≈ 0.616 < 0.9.
    const y = Float64Array.from({ length: 20 }, (_, i) => (i % 2 ? 12 : 8));
    expect(seasonalityTest90(y, 2)).toBe(true);
    // With 8 points the limit is 1.645·√((1 + 2·(7/8)²)/8) ≈ 0.925 > r2 = 0.75: not seasonal.
    expect(seasonalityTest90(y.subarray(0, 8), 2)).toBe(false);
    // Centred 2×2 moving average is 10 everywhere inside, so y/trend alternates 0.8 and 1.2, mean 1.
    const idx = classicalSeasonalIndices(y, 2, 'multiplicative');
    expect(idx[0]).toBeCloseTo(0.8, 12);
    expect(idx[1]).toBeCloseTo(1.2, 12);
    // Last deseasonalised value 12 / 1.2 = 10, then 10 × index of the next phases (0, 1, 0).
    expect(Array.from(naive2(y, 2, 3)).map((v) => Number(v.toFixed(9)))).toEqual([8, 12, 8]);
  });

  it('reproduces the published M4 Hourly scores of seasonal naive and Naive2', () => {
    const train = readM4('Hourly-train.csv');
    const test = readM4('Hourly-test.csv');
    expect(train.size).toBe(414);
    let sn = [0, 0];
    let n2 = [0, 0];
    for (const [id, y] of train) {
      const a = test.get(id)!;
      const scale = maseScale(y, 24);
      const f1 = seasonalNaive(y, 24, 48);
      const f2 = naive2(y, 24, 48);
      sn = [sn[0]! + smape(a, f1), sn[1]! + mase(a, f1, scale)];
      n2 = [n2[0]! + smape(a, f2), n2[1]! + mase(a, f2, scale)];
    }
    // Organisers' table (fixtures/m4 README): sNaive 13.912 / 1.193, Naive2 18.383 / 2.395.
    expect(sn[0]! / 414).toBeCloseTo(13.912, 2);
    expect(sn[1]! / 414).toBeCloseTo(1.193, 2);
    expect(n2[0]! / 414).toBeCloseTo(18.383, 2);
    expect(n2[1]! / 414).toBeCloseTo(2.395, 2);
  });
});
