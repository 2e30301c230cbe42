import { describe, expect, it } from 'vitest';
import { evaluateSlo } from '../slo/evaluate';
import { buildDemoWorkspace } from './demo-study';
import { DEMO_SALE_END } from './demo-slo';
import { DEMO_INCIDENT_END, DEMO_SALE_START } from './demo-traffic';

const ws = buildDemoWorkspace();
const byId = new Map(ws.series.map((s) => [s.id, s]));
const rps = byId.get('demo-rps')!;
const errors = byId.get('demo-errors')!;

/** Error ratio over (from, to] straight from the raw columns: both are req/s on the same 5-minute grid. */
function errorRatio(from: number, to: number): number {
  let bad = 0;
  let all = 0;
  for (let i = 0; i < rps.t.length; i++) {
    if (rps.t[i]! <= from || rps.t[i]! > to) continue;
    bad += errors.v[i]!;
    all += rps.v[i]!;
  }
  return bad / all;
}

describe('the demo study’s SLOs', () => {
  it('holds the seed’s two objectives: 99.99 % availability during the sale and page load under 2 s', () => {
    const slos = ws.slos ?? [];
    expect(slos.find((s) => s.window.kind === 'event')?.objective).toBe(0.9999);
    expect(slos.find((s) => s.sli.kind === 'latency')).toMatchObject({ sli: { thresholdMs: 2000 } });
  });

  it('spends the 30-day availability budget as the raw error ratio says', () => {
    const slo = ws.slos!.find((s) => s.id === 'demo-slo-availability-30d')!;
    const r = evaluateSlo(slo, byId);
    if (!r.ok) throw new Error(r.reason);
    const end = rps.t[rps.t.length - 1]!;
    // The data covers the whole window, so consumed = error ratio ÷ (1 − objective).
    expect(r.report.budget.consumedFraction).toBeCloseTo(errorRatio(end - 30 * 86_400_000, end) / 0.001, 9);
    expect(r.report.budget.allowedMinutes).toBeCloseTo(43.2, 9);
  });

  it('shows the sale-day outage blowing the event budget many times over, and pages within the hour', () => {
    const slo = ws.slos!.find((s) => s.id === 'demo-slo-sale-availability')!;
    const r = evaluateSlo(slo, byId);
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.budget.consumedFraction).toBeCloseTo(errorRatio(DEMO_SALE_START, DEMO_SALE_END) / 0.0001, 6);
    expect(r.report.budget.consumedFraction).toBeGreaterThan(100);
    const firstPage = r.report.alerts.find((a) => a.severity === 'page')!;
    expect(firstPage.start).toBeGreaterThanOrEqual(DEMO_SALE_START);
    expect(firstPage.start).toBeLessThan(DEMO_INCIDENT_END);
    expect(r.report.exhaustion.alreadyExhausted).toBe(true);
  });
});
