import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import { buildDemoTraffic, DEMO_INCIDENT_END, DEMO_SALE_START } from '../demo/demo-traffic';
import { incidentImpact } from './impact';
import { pickMetricRoles } from './metric-roles';

const S = 1000;
const series = (name: string, unit: string, f: (tSeconds: number) => number): Series => {
  const t = Float64Array.from({ length: 11 }, (_, i) => i * 60 * S);
  return { id: name, name, labels: {}, unit, t, v: t.map((x) => f(x / S)) };
};

describe('incident impact from metrics', () => {
  const requests = series('http_requests', 'req/s', () => 10);
  const errors = series('http_errors_5xx', 'req/s', (s) => (s >= 180 && s < 300 ? 1 : 0));
  const latency = series('latency_p95', 'ms', (s) => (s === 360 ? 2000 : 100));
  const roles = pickMetricRoles([latency, errors, requests]);
  const impact = incidentImpact({ start: 120 * S, end: 420 * S }, roles, {
    ordersPerMinute: 2,
    orderValue: 50,
    currency: 'EUR',
  });

  it('picks traffic, failures and latency by unit and name, and says why', () => {
    expect([roles.requests?.name, roles.errors?.name, roles.latency?.name]).toEqual([
      'http_requests',
      'http_errors_5xx',
      'latency_p95',
    ]);
    expect(impact.inputs).toHaveLength(3);
  });

  it('counts requests and failures as rate × time over the window', () => {
    // 10 req/s × 300 s; failures 1 req/s over the samples at 180 s and 240 s (120 s).
    expect(impact.requestsTotal!.value).toBe(3000);
    expect(impact.requestsFailed!.value).toBeCloseTo(120, 9);
    expect(impact.errorRate!.value).toBeCloseTo(0.04, 12);
    expect(impact.peakErrorRate!.value).toBeCloseTo(0.1, 12);
  });

  it('gives peak and time-weighted mean latency, and counts slow requests against 3× the day-before median', () => {
    expect(impact.peakLatencyMs!.value).toBe(2000);
    // (100 ms × 240 s + 2000 ms × 60 s) / 300 s.
    expect(impact.meanLatencyMs!.value).toBeCloseTo(480, 9);
    expect(impact.baselineLatencyMs!.value).toBe(100);
    // The 2000 ms sample holds 360–420 s: 600 requests slower than 300 ms.
    expect(impact.requestsSlow!.value).toBeCloseTo(600, 9);
    expect(impact.shareAffected!.value).toBeCloseTo(720 / 3000, 12);
  });

  it('estimates orders and revenue at risk from the order rate and value', () => {
    // 2 orders/min × 5 min × 24 % = 2.4 orders, × 50 EUR.
    expect(impact.lostOrders!.value).toBeCloseTo(2.4, 12);
    expect(impact.lostRevenue).toMatchObject({ unit: 'EUR' });
    expect(impact.lostRevenue!.value).toBeCloseTo(120, 9);
  });

  it('says what it could not measure instead of inventing it', () => {
    const only = incidentImpact({ start: 0, end: 60 * S }, pickMetricRoles([latency]), { ordersPerMinute: 1 });
    expect(only.requestsTotal).toBeUndefined();
    expect(only.notes.join(' ')).toMatch(/no request-rate series/);
    expect(only.notes.join(' ')).toMatch(/no revenue estimate/);
  });

  it('finds the demo sale outage in the demo metrics: slow pages and failures during the window', () => {
    const demo = incidentImpact(
      { start: DEMO_SALE_START, end: DEMO_INCIDENT_END },
      pickMetricRoles(buildDemoTraffic()),
    );
    expect(demo.peakLatencyMs!.value).toBeGreaterThan(3000);
    expect(demo.errorRate!.value).toBeGreaterThan(0.01);
    expect(demo.shareAffected!.value).toBeGreaterThan(demo.errorRate!.value);
  });
});
