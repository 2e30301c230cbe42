import { describe, expect, it } from 'vitest';
import { withRedundancy } from './redundancy';

describe('withRedundancy', () => {
  it('adds one spare for N+1', () => {
    expect(withRedundancy(7, { kind: 'n-plus-1' }).instances).toBe(8);
  });

  it('spreads over K zones so that K − 1 of them carry the load', () => {
    // 10 for the load over 3 zones: 5 per zone (two zones hold 10), 15 in all.
    expect(withRedundancy(10, { kind: 'zones', zones: 3 }).instances).toBe(15);
    // 9 over 4 zones: 3 per zone (three zones hold 9), 12 in all.
    expect(withRedundancy(9, { kind: 'zones', zones: 4 }).instances).toBe(12);
  });

  it('needs nothing when there is no load, and exactly the load without a rule', () => {
    expect(withRedundancy(0, { kind: 'n-plus-1' }).instances).toBe(0);
    expect(withRedundancy(4, { kind: 'none' }).instances).toBe(4);
  });
});
