import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import { typicalDailyPeak } from './typical-peak';

function hourly(dailyMaxima: number[]): Series {
  const t: number[] = [];
  const v: number[] = [];
  dailyMaxima.forEach((max, d) => {
    for (let h = 0; h < 24; h++) {
      t.push(Date.UTC(2026, 9, 1 + d, h));
      v.push(h === 20 ? max : max / 3);
    }
  });
  return { id: 's', name: 'requests', labels: {}, unit: 'req/s', t: Float64Array.from(t), v: Float64Array.from(v) };
}

describe('typicalDailyPeak', () => {
  it('takes the median daily maximum, so one sale day at 3.5× does not move it', () => {
    // maxima 400, 410, …, 460 and one 1500 sale day: sorted middle of 8 values = (430 + 440) / 2 = 435
    const s = hourly([400, 410, 420, 1500, 430, 440, 450, 460]);
    const p = typicalDailyPeak(s)!;
    expect(p.rps).toBe(435);
    expect(p.highestDailyMax).toBe(1500);
    expect(p.days).toBe(8);
  });

  it('looks only at the last N days', () => {
    const p = typicalDailyPeak(hourly([100, 100, 100, 300, 300, 300]), 3)!;
    expect(p.rps).toBe(300);
  });

  it('skips gaps and has no answer for a series without numbers', () => {
    const s = hourly([200, 200]);
    s.v.fill(NaN);
    expect(typicalDailyPeak(s)).toBeNull();
  });
});
