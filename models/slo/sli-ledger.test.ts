import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { evaluateSlo } from './evaluate';
import { buildLedger, totalsBetween } from './sli-ledger';
import { MINUTE_MS } from './window';

const T0 = Date.UTC(2026, 0, 1);
const slo: Slo = { id: 's', name: 's', service: 'x', description: '', objective: 0.999, window: { kind: 'rolling', days: 30 }, budgeting: 'occurrences', sli: { kind: 'bad-total', bad: 'bad', total: 'total' }, alerts: [] };

function pair(bad: number[], total: number[]): Map<string, Series> {
  const t = Float64Array.from(total, (_, i) => T0 + (i + 1) * MINUTE_MS);
  return new Map([
    ['bad', { id: 'bad', name: 'bad', labels: {}, unit: '', t, v: Float64Array.from(bad) }],
    ['total', { id: 'total', name: 'total', labels: {}, unit: '', t: t.slice(), v: Float64Array.from(total) }],
  ]);
}

const counts = fc.array(fc.record({ total: fc.integer({ min: 0, max: 1000 }), badShare: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 2, maxLength: 300 });

describe('the SLI ledger', () => {
  it('adds up: the bad of (a, c] is the bad of (a, b] plus the bad of (b, c]', () => {
    fc.assert(
      fc.property(counts, fc.nat(), fc.nat(), (rows, x, y) => {
        const built = buildLedger(slo, pair(rows.map((r) => Math.round(r.total * r.badShare)), rows.map((r) => r.total)));
        if (!built.ok) return false;
        const l = built.ledger;
        const span = rows.length * MINUTE_MS;
        const [b, c] = [T0 + (x % (span + 1)), T0 + (y % (span + 1))].sort((p, q) => p - q) as [number, number];
        const whole = totalsBetween(l, T0, c).bad;
        expect(totalsBetween(l, T0, b).bad + totalsBetween(l, b, c).bad).toBeCloseTo(whole, 6);
        return true;
      }),
    );
  });

  it('never throws on arbitrary numbers (NaN, infinities, negatives, bad above total)', () => {
    const anyNumber = fc.oneof(fc.double({ min: -1e12, max: 1e12 }), fc.constant(NaN), fc.constant(Infinity), fc.integer({ min: -10, max: 10 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(anyNumber, anyNumber), { minLength: 1, maxLength: 100 }), (rows) => {
        const r = evaluateSlo(slo, pair(rows.map(([b]) => b), rows.map(([, t]) => t)));
        if (r.ok) {
          const c = r.report.budget.consumedFraction;
          // Infinities are gaps, so the budget is a number or undefined (no traffic), never infinite.
          expect(Number.isNaN(c) || (c >= 0 && Number.isFinite(c))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
