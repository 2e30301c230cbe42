import { describe, expect, it } from 'vitest';
import { niceTicks } from './chart-svg';

describe('niceTicks', () => {
  it('picks steps of 1, 2, 2.5 or 5 × 10^k covering the range (Heckbert)', () => {
    expect(niceTicks(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-1.5, 1, 5)).toEqual([-1.5, -1, -0.5, 0, 0.5, 1]);
  });

  it('returns the one value of an empty range', () => {
    expect(niceTicks(3, 3)).toEqual([3]);
  });
});
