import { describe, expect, it } from 'vitest';
import { studentTQuantile } from './student-t';

describe('studentTQuantile', () => {
  // Two-sided 95 % critical values, Student-t table (NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2)
  const published: [number, number][] = [
    [1, 12.706],
    [2, 4.303],
    [4, 2.776],
    [5, 2.571],
    [10, 2.228],
    [30, 2.042],
  ];
  it.each(published)('gives the published 97.5 %% quantile for %i degrees of freedom', (df, t) => {
    expect(studentTQuantile(0.95, df)).toBeCloseTo(t, 3);
  });

  it('gives the published 90 %% two-sided value for 4 degrees of freedom (2.132)', () => {
    expect(studentTQuantile(0.9, 4)).toBeCloseTo(2.132, 3);
  });
});
