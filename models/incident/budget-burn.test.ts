import { describe, expect, it } from 'vitest';
import { buildDemoSlos } from '../demo/demo-slo';
import { buildDemoTraffic, DEMO_INCIDENT_END, DEMO_SALE_START } from '../demo/demo-traffic';
import { incidentBudgetBurn } from './budget-burn';

describe('error budget burned by an incident', () => {
  const series = buildDemoTraffic();
  const window = { start: DEMO_SALE_START, end: DEMO_INCIDENT_END };
  const { burns, skipped } = incidentBudgetBurn(window, buildDemoSlos(), series);

  it('gives one figure per SLO whose series exist', () => {
    expect(skipped).toEqual([]);
    expect(burns.map((b) => b.sloName)).toEqual([
      'Checkout availability during the sale',
      'Availability',
      'Page load under 2 s',
    ]);
  });

  it('burns the 30-day availability budget by the failed requests ÷ 0.1 % of the window’s requests', () => {
    // Independent count: 5-minute samples of errors (req/s × 300 s) inside the window, over 0.1 % of 30 days of requests;
    // the data start 26.6 days before the incident ends, so the window's requests are scaled up to 30 days (CLI.md).
    const [rps, errors] = [series.find((s) => s.id === 'demo-rps')!, series.find((s) => s.id === 'demo-errors')!];
    let bad = 0;
    let total = 0;
    for (let i = 0; i < rps.t.length; i++) {
      const t = rps.t[i]!;
      if (t > window.end - 30 * 86_400_000 && t <= window.end) total += rps.v[i]! * 300;
      if (t > window.start && t <= window.end) bad += errors.v[i]! * 300;
    }
    const coveredMs = window.end - Math.max(window.end - 30 * 86_400_000, rps.t[0]! - 300_000);
    const allowed = 0.001 * total * ((30 * 86_400_000) / coveredMs);
    const availability = burns.find((b) => b.sloName === 'Availability')!;
    expect(availability.fraction).toBeCloseTo(bad / allowed, 2);
    expect(availability.fraction).toBeGreaterThan(1);
    expect(availability.how).toMatch(/bad requests in the incident ÷ [\d,]+ allowed over/);
  });

  it('skips an SLO whose series are not in the study, saying why', () => {
    const r = incidentBudgetBurn(
      window,
      buildDemoSlos(),
      series.filter((s) => s.id !== 'demo-p95'),
    );
    expect(r.burns).toHaveLength(2);
    expect(r.skipped[0]).toMatch(/^Page load under 2 s: /);
  });
});
