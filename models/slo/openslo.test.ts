import { describe, expect, it } from 'vitest';
import type { Slo } from '../../shared/slo';
import { parseOpenSlo, toOpenSlo } from './openslo';
import { HOUR_MS, MINUTE_MS } from './window';

// Two documents from the OpenSLO repository (Apache-2.0): examples/budgeting-method/occurences-slo.yaml and
// schema-test/spec-files/v1/slo/slo-no-indicatorref-calendar-no-alerts.yaml, copied as published.
const SEARCH_SLO = `# SLO that measures the time of searching for an item in an online shop.
apiVersion: openslo/v1
kind: SLO
metadata:
  name: search-slo
  displayName: Searching time
spec:
  description: Regardless of the number of paraller searches it never should be more than 500ms.
  service: web-shop
  indicator:
    metadata:
      name: search-latency
      displayName: Latency of user searches
    spec:
      thresholdMetric:
        metricSource:
          type: Any # Here put any service that holds information you need.
          spec:
            # Fields needed to query service for latency data.
  timeWindow:
    - duration: 2w  # Two weeks is a good choice in most cases.
      isRolling: true # Rolling timewindow give us better view if service starts to working better.
  budgetingMethod: Occurrences # As said in README.md, occurrences are great for measuring all searches the same way.
  objectives:
    - displayName: Good experience
      op: lt
      value: 500
      target: 0.99
  alertPolicies: # Doesn't matter in this example but you should have something in here.
`;

const CALENDAR_SLO = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: test-slo
  displayName: Test SLO
spec:
  description: This is a great description
  service: the-service-name
  indicator:
    metadata:
      name: foo-error
      displayName: Foo Error
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            metricSourceRef: datadog-datasource
            type: Datadog
            spec:
              query: sum:trace.http.request.hits.by_http_status{http.status_code:200}.as_count()
        total:
          metricSource:
            metricSourceRef: datadog-datasource
            type: Datadog
            spec:
              query: sum:trace.http.request.hits.by_http_status{*}.as_count()
  timeWindow:
    - duration: 1d
      calendar:
        startTime: 2020-01-21 12:30:00
        timeZone: America/New_York
      isRolling: false
  budgetingMethod: Occurrences
  objectives:
    - displayName: Foo Total Errors
      target: 0.98
`;

describe('OpenSLO v1', () => {
  it('reads the OpenSLO example of a latency threshold over a rolling two weeks', () => {
    const r = parseOpenSlo(SEARCH_SLO);
    if (!r.ok) throw new Error(r.reason);
    const s = r.value.slo;
    expect(s.objective).toBe(0.99);
    expect(s.window).toEqual({ kind: 'rolling', days: 14 });
    expect(s.sli).toEqual({ kind: 'latency', series: 'search-latency', thresholdMs: 500 });
    expect(s.service).toBe('web-shop');
    expect(s.name).toBe('Searching time');
    expect(r.value.notes.join('\n')).toContain('no query');
  });

  it('reads a calendar-day ratio SLO and says what it could not honour', () => {
    const r = parseOpenSlo(CALENDAR_SLO);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.slo.window).toEqual({ kind: 'calendar', unit: 'day' });
    expect(r.value.slo.sli).toEqual({
      kind: 'good-total',
      good: 'sum:trace.http.request.hits.by_http_status{http.status_code:200}.as_count()',
      total: 'sum:trace.http.request.hits.by_http_status{*}.as_count()',
    });
    expect(r.value.slo.objective).toBe(0.98);
    expect(r.value.notes.join('\n')).toContain('America/New_York');
  });

  it('takes targetPercent as a percentage and an indicatorRef to an SLI document in the same file', () => {
    const text = `apiVersion: openslo/v1
kind: SLI
metadata: { name: errors }
spec:
  ratioMetric:
    counter: true
    bad: { metricSource: { type: Prometheus, spec: { query: 'http_requests_total{code=~"5.."}' } } }
    total: { metricSource: { type: Prometheus, spec: { query: http_requests_total } } }
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: checkout }
spec:
  service: shop
  indicatorRef: errors
  timeWindow: [{ duration: 28d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ targetPercent: 99.95 }]
`;
    const r = parseOpenSlo(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.slo.objective).toBeCloseTo(0.9995, 12);
    expect(r.value.slo.sli).toEqual({ kind: 'bad-total', bad: 'http_requests_total{code=~"5.."}', total: 'http_requests_total' });
    expect(r.value.slo.window).toEqual({ kind: 'rolling', days: 28 });
  });

  it('rejects another apiVersion and reports YAML errors with their line', () => {
    const wrong = parseOpenSlo(CALENDAR_SLO.replace('openslo/v1', 'openslo/v1alpha'));
    expect(wrong).toMatchObject({ ok: false });
    const broken = parseOpenSlo('apiVersion: openslo/v1\nkind: SLO\nspec:\n  service: [unclosed\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.line).toBeGreaterThan(1);
  });

  const base: Omit<Slo, 'sli' | 'window'> = { id: 'page-load', name: 'Page load under 2 s', service: 'shop', description: 'p95', objective: 0.99, budgeting: 'timeslices', alerts: [] };
  const roundTrips: Slo[] = [
    { ...base, window: { kind: 'rolling', days: 30 }, sli: { kind: 'latency', series: 'page_load_p95', thresholdMs: 2000 } },
    { ...base, budgeting: 'occurrences', window: { kind: 'calendar', unit: 'month' }, sli: { kind: 'bad-total', bad: 'errors', total: 'requests' } },
    { ...base, window: { kind: 'calendar', unit: 'quarter' }, sli: { kind: 'probe', up: 'up' } },
    {
      ...base,
      objective: 0.9999,
      window: { kind: 'event', start: Date.UTC(2026, 10, 27, 10), end: Date.UTC(2026, 10, 27, 22) },
      sli: { kind: 'probe', up: 'up' },
      alerts: [{ severity: 'page', burnRate: 10, longWindowMs: HOUR_MS, shortWindowMs: 5 * MINUTE_MS }],
    },
    { ...base, budgeting: 'occurrences', window: { kind: 'rolling', days: 7 }, sli: { kind: 'good-total', good: 'ok', total: 'all' } },
  ];
  it.each(roundTrips.map((s) => [s.window.kind, s.sli.kind, s] as const))('writes and reads back a %s %s SLO unchanged', (_w, _k, slo) => {
    const r = parseOpenSlo(toOpenSlo(slo));
    if (!r.ok) throw new Error(r.reason);
    const { queries: _q, ...back } = r.value.slo;
    expect(back).toEqual(slo);
  });

  it('writes the event as a calendar window of its length from its start', () => {
    const text = toOpenSlo(roundTrips[3]!);
    expect(text).toContain('duration: 12h');
    expect(text).toContain('startTime: 2026-11-27 10:00:00');
  });
});
